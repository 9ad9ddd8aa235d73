import { parseShell } from '../../src/shell/parse.js'
import { runBodies } from '../../scripts/spike-corpus.js'

const invalid = new Set(['echo "unterminated', 'powershell -Command "$ErrorActionPreference = \'Stop\'; Invoke-WebRequest -Uri https://example.com/x.zip -OutFile x.zip"'])

describe('the spike corpus', () => {
  it.each(runBodies.filter((b) => !invalid.has(b)))('parses %s', (body) => {
    const script = parseShell(body, { dockerEscape: '\\' })
    expect(script.error).toBeUndefined()
    expect(script.commands.length).toBeGreaterThan(0)
  })
})
