// The adapters' one clock (src/clock.ts), and the CLI handing its date to the engine.
import { describe, expect, it } from '@jest/globals'
import { main } from '../src/cli.js'
import { currentDate } from '../src/clock.js'

describe('currentDate', () => {
  it("is today's date in UTC", () => {
    expect(currentDate({}, new Date('2026-12-03T23:59:59-05:00'))).toBe('2026-12-04')
  })

  it('is the date DOCKERFILE_GUARD_TODAY holds, when it holds one', () => {
    const now = new Date('2026-12-03T12:00:00Z')
    expect(currentDate({ DOCKERFILE_GUARD_TODAY: '2023-01-15' }, now)).toBe('2023-01-15')
    expect(currentDate({ DOCKERFILE_GUARD_TODAY: 'yesterday' }, now)).toBe('2026-12-03')
  })
})

describe('the CLI', () => {
  const lintStdin = async (env: Record<string, string>): Promise<string> => {
    let stdout = ''
    await main(['--format', 'json', '-'], {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: () => true },
      stdin: (async function* () {
        yield Buffer.from('FROM python:3.7-slim\nUSER 10001\nCMD ["python"]\n')
      })(),
      cwd: process.cwd(),
      env
    })
    return stdout
  }

  it('judges base images by the date of its clock', async () => {
    expect(await lintStdin({ DOCKERFILE_GUARD_TODAY: '2026-12-03' })).toContain('"ruleId": "no-eol-base-image"')
    expect(await lintStdin({ DOCKERFILE_GUARD_TODAY: '2023-01-15' })).not.toContain('eol')
  })
})
