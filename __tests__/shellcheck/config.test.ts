// ShellCheck's codes in suppressions and configuration files, as a user writes them.
import { describe, expect, it } from '@jest/globals'
import { lintOptions, parseConfig } from '../../src/config/parse.js'
import { rules } from '../../src/rules/index.js'
import { shellcheck } from './helpers.js'

const RUN = 'RUN echo $x'
const codes = async (text: string, options = {}) => (await shellcheck(text, options)).map((f) => `${f.ruleId} ${f.line} ${f.severity}`)

describe('suppressions', () => {
  it('takes # hadolint ignore= and # dockerfile-guard ignore= with SC codes, for the next instruction only', async () => {
    const text = ['FROM debian', '# hadolint ignore=SC2086', RUN, '# dockerfile-guard ignore=sc2154,SC2086', RUN, RUN, ''].join('\n')
    expect(await codes(text)).toEqual(['SC2154 3 warning', 'SC2086 6 note', 'SC2154 6 warning'])
  })

  it('covers every line of a multi-line RUN', async () => {
    const text = ['FROM debian', '# dockerfile-guard ignore=SC2086', 'RUN true \\', '    && echo $x \\', '    && echo $y', ''].join('\n')
    expect(await codes(text)).toEqual(['SC2154 4 warning', 'SC2154 5 warning'])
  })

  it('takes global ignores anywhere in the file', async () => {
    const text = ['FROM debian', RUN, '# hadolint global ignore=SC2154', '# dockerfile-guard global ignore=SC2086', ''].join('\n')
    expect(await codes(text)).toEqual([])
  })
})

describe('configuration', () => {
  it('sets the level of an SC code in `rules:` of .dockerfile-guard.yml, style codes included', async () => {
    const config = parseConfig('rules:\n  SC2086: off\n  SC2154: error\n  SC2006: warning\n', '.dockerfile-guard.yml', rules)
    expect(config.levels).toEqual({ SC2086: 'off', SC2154: 'error', SC2006: 'warning' })
    expect(await codes(`FROM debian\n${RUN}\nRUN touch "/tmp/\`date\`"\n`, lintOptions(config))).toEqual(['SC2154 2 error', 'SC2006 3 warning'])
  })

  it('still stops on an id that is neither a rule nor a ShellCheck code', () => {
    expect(() => parseConfig('rules:\n  SC20: off\n', '.dockerfile-guard.yml', rules)).toThrow('.dockerfile-guard.yml:2:3: rules.SC20: unknown rule')
  })

  it('turns ShellCheck off with `shellcheck: false`, and says what else is allowed', () => {
    expect(parseConfig('shellcheck: false\n', '.dockerfile-guard.yml', rules).shellcheck).toBe(false)
    expect(parseConfig('extends: strict\n', '.dockerfile-guard.yml', rules).shellcheck).toBeUndefined()
    expect(() => parseConfig('shellcheck: off\n', '.dockerfile-guard.yml', rules)).toThrow('shellcheck: expected true or false')
  })

  it("reads .hadolint.yaml's ignored and override with SC codes, without calling them unmapped", async () => {
    const config = parseConfig('ignored: [SC2086]\noverride:\n  error: [SC2154]\n  style: [SC2006]\n', '.hadolint.yaml', rules)
    expect(config.levels).toMatchObject({ SC2086: 'off', SC2154: 'error', SC2006: 'note' })
    expect(config.notes).toEqual([])
    expect(await codes(`FROM debian\n${RUN}\nRUN touch "/tmp/\`date\`"\n`, lintOptions(config))).toEqual(['SC2154 2 error', 'SC2006 3 note'])
  })

  it('lets hadolint’s ignored win over its override, as for its own codes', () => {
    const config = parseConfig('ignored: [SC2086]\noverride:\n  error: [SC2086]\n', '.hadolint.yaml', rules)
    expect(config.levels.SC2086).toBe('off')
  })
})
