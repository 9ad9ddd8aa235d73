import { describe, expect, it } from '@jest/globals'
import { ConfigError, lintOptions, parseConfig } from '../../src/config/parse.js'
import { settingsYaml } from '../../src/report/rule-text.js'
import { lint, levelOf } from '../../src/lint.js'
import { rules } from '../../src/rules/index.js'

const own = (text: string) => parseConfig(text, '.dockerfile-guard.yml', rules)
const hadolint = (text: string) => parseConfig(text, '.hadolint.yaml', rules)
const rule = (id: string) => rules.find((r) => r.id === id)!

/** The message of the ConfigError `fn` throws: `file:line:column: reason`. */
function error(fn: () => unknown): string {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError)
    return (e as Error).message
  }
  throw new Error('no error was thrown')
}

const ROOT = 'FROM alpine:3.20\nUSER root\n'

describe('.dockerfile-guard.yml', () => {
  it('sets rule levels that the engine applies', () => {
    const config = own('rules:\n  no-root-user: warning\n  pin-image-digest: error\n')
    expect(config.levels).toEqual({ 'no-root-user': 'warning', 'pin-image-digest': 'error' })
    const findings = lint({ path: 'Dockerfile', text: ROOT }, { levels: config.levels })
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['pin-image-digest', 'error'],
      ['no-root-user', 'warning']
    ])
  })

  it('turns a rule off, also when written as YAML false', () => {
    expect(own('rules:\n  no-root-user: off\n').levels).toEqual({ 'no-root-user': 'off' })
    expect(own('rules:\n  no-root-user: false\n').levels).toEqual({ 'no-root-user': 'off' })
    expect(lint({ path: 'Dockerfile', text: ROOT }, { levels: { 'no-root-user': 'off' } })).toEqual([])
  })

  it('reads the presets: strict runs every rule, security only the security rules', () => {
    const strict = own('extends: strict\n')
    const security = own('extends: security\n')
    expect(strict.preset).toBe('strict')
    expect(levelOf(rule('healthcheck'), strict)).toBe('note')
    expect(levelOf(rule('healthcheck'), own(''))).toBe('off')
    const nonSecurity = rules.find((r) => !r.tags.includes('security') && r.enabledByDefault !== false && r.id !== 'parse-error')!
    expect(levelOf(nonSecurity, security)).toBe('off')
    expect(levelOf(rule('no-root-user'), security)).toBe('error')
    // A level set for a rule wins over the preset.
    expect(levelOf(nonSecurity, own(`extends: security\nrules:\n  ${nonSecurity.id}: note\n`))).toBe('note')
  })

  it('reads ignore-paths and trusted-registries', () => {
    const config = own("ignore-paths: ['test/fixtures/**', legacy/Dockerfile]\ntrusted-registries:\n  - docker.io\n  - ghcr.io/acme\n")
    expect(config.ignorePaths).toEqual(['test/fixtures/**', 'legacy/Dockerfile'])
    expect(config.settings.trustedRegistries).toEqual(['docker.io', 'ghcr.io/acme'])
  })

  it('reads label-schema and strict-labels', () => {
    const config = own('label-schema:\n  org.opencontainers.image.source: url\n  org.opencontainers.image.version: semver\n  maintainer: email\nstrict-labels: true\n')
    expect(config.settings).toEqual({
      labelSchema: { 'org.opencontainers.image.source': 'url', 'org.opencontainers.image.version': 'semver', maintainer: 'email' },
      strictLabels: true
    })
    expect(own('label-schema: {}\nstrict-labels: false\n').settings).toEqual({ labelSchema: {}, strictLabels: false })
  })

  it('names the line of a wrong label-schema or strict-labels', () => {
    expect(error(() => own('label-schema:\n  maintainer: mail\n'))).toBe(
      '.dockerfile-guard.yml:2:15: label-schema.maintainer: expected one of text, url, semver, hash, rfc3339, spdx, email, not `mail`'
    )
    expect(error(() => own('label-schema:\n  maintainer:\n'))).toBe('.dockerfile-guard.yml:2:3: label-schema.maintainer: needs a type, one of text, url, semver, hash, rfc3339, spdx, email')
    expect(error(() => own('label-schema: [maintainer]\n'))).toMatch(/^\.dockerfile-guard\.yml:1:15: label-schema: expected a mapping of label names to types/)
    expect(error(() => own('strict-labels: 1\n'))).toBe('.dockerfile-guard.yml:1:16: strict-labels: expected true or false')
  })

  it("renders every rule's example settings as configuration that reads back the same", () => {
    for (const r of rules.filter((r) => r.examples.settings)) {
      // Digests are looked up by `resolve-digests` and today's date comes from the adapter's clock, not configured: they have no YAML.
      const { digests: _, today: _today, ...configured } = r.examples.settings!
      expect([r.id, own(settingsYaml(r.examples.settings)).settings]).toEqual([r.id, configured])
    }
    const settings = { trustedRegistries: ['*.example.com'], labelSchema: { "o'brien": 'text' as const, 'a: b': 'url' as const, '#x': 'email' as const }, strictLabels: false }
    expect(own(settingsYaml(settings)).settings).toEqual(settings)
  })

  it('is the defaults when empty or only comments', () => {
    for (const text of ['', '# nothing yet\n', '---\n']) {
      expect(own(text)).toMatchObject({ preset: 'recommended', levels: {}, ignorePaths: [], settings: {}, notes: [] })
    }
  })

  it('names the file, line, column and key of each mistake', () => {
    expect(error(() => own('rules:\n  no-rot-user: off\n'))).toBe('.dockerfile-guard.yml:2:3: rules.no-rot-user: unknown rule; did you mean no-root-user?')
    expect(error(() => own('rules:\n  no-root-user: critical\n'))).toBe(
      '.dockerfile-guard.yml:2:17: rules.no-root-user: expected one of off, note, warning, error, not `critical`'
    )
    expect(error(() => own('extend: strict\n'))).toBe(
      '.dockerfile-guard.yml:1:1: extend: unknown key; did you mean extends?; the keys are extends, rules, ignore-paths, trusted-registries, label-schema, strict-labels, shellcheck'
    )
    expect(error(() => own('extends: paranoid\n'))).toMatch(/^\.dockerfile-guard\.yml:1:10: extends: expected one of recommended, security, strict, hadolint, not `paranoid`$/)
    expect(error(() => own('ignore-paths: test/**\n'))).toMatch(/^\.dockerfile-guard\.yml:1:15: ignore-paths: expected a list/)
    expect(error(() => own('trusted-registries: [docker.io, {a: 1}]\n'))).toMatch(/^\.dockerfile-guard\.yml:1:33: trusted-registries\[1\]: expected a non-empty string$/)
    expect(error(() => own('rules: [no-root-user]\n'))).toMatch(/^\.dockerfile-guard\.yml:1:8: rules: expected a mapping/)
    expect(error(() => own('- rules\n'))).toMatch(/^\.dockerfile-guard\.yml:1:1: expected a mapping/)
    expect(error(() => own('rules:\n  parse-error: off\n'))).toMatch(/rules\.parse-error: cannot be configured/)
  })

  it('points a hadolint key in our file to ours', () => {
    expect(error(() => own('rules: {}\nignored: [DL3002]\n'))).toMatch(/^\.dockerfile-guard\.yml:2:1: ignored: unknown key \(`ignored` is hadolint's: in this file use `rules: \{ rule-id: off \}`\)/)
  })

  it('reports invalid YAML and duplicate keys where they are', () => {
    expect(error(() => own('rules:\n  no-root-user: off\n  no-root-user: error\n'))).toMatch(/^\.dockerfile-guard\.yml:3:3: not valid YAML: Map keys must be unique/)
    expect(error(() => own('rules: [unclosed\n'))).toMatch(/^\.dockerfile-guard\.yml:\d+:\d+: not valid YAML: /)
  })
})

describe('.hadolint.yaml', () => {
  const equivalent = (code: string) => rules.filter((r) => r.equivalents?.hadolint?.includes(code)).map((r) => r.id)

  it('maps ignored and override codes to our rules, and says which codes map to nothing', () => {
    expect(equivalent('DL3004')).toEqual(['no-sudo'])
    // DL3031 was retired from hadolint: nothing stands for it.
    const config = hadolint('ignored:\n  - DL3004\n  - DL3031\noverride:\n  error: [DL4006]\n  info: [DL3020]\n')
    expect(config.format).toBe('hadolint')
    expect(config.levels).toEqual({ 'no-sudo': 'off', 'use-pipefail': 'error', 'prefer-copy': 'note' })
    expect(config.notes).toEqual(['DL3031: no dockerfile-guard rule matches or relates to this code, so it changes nothing'])
  })

  it('lets error win when a code is in several override lists, and ignored win over any override', () => {
    expect(hadolint('override:\n  style: [DL4006]\n  error: [DL4006]\n  warning: [DL4006]\n').levels).toEqual({ 'use-pipefail': 'error' })
    expect(hadolint('override:\n  error: [DL3004]\nignored: [DL3004]\n').levels).toEqual({ 'no-sudo': 'off' })
  })

  it('reads a code as a `# hadolint ignore=` pragma does: for the rules that match it or relate to it', () => {
    expect(rule('no-root-user').related?.hadolint).toContain('DL3002')
    expect(hadolint('ignored: [DL3002]\n').levels).toEqual({ 'no-root-user': 'off' })
    const pragma = lint({ path: 'Dockerfile', text: 'FROM alpine:3.20\n# hadolint ignore=DL3002\nUSER root\n' })
    expect(pragma.map((f) => f.ruleId)).not.toContain('no-root-user')
  })

  it('reads trustedRegistries (a list, or one string) and failure-threshold', () => {
    expect(hadolint('trustedRegistries: [docker.io, my-company.com:5000]\n').settings.trustedRegistries).toEqual(['docker.io', 'my-company.com:5000'])
    expect(hadolint('trustedRegistries: docker.io\n').settings.trustedRegistries).toEqual(['docker.io'])
    expect(hadolint('failure-threshold: warning\n').failOn).toBe('warning')
    expect(hadolint('failure-threshold: style\n').failOn).toBe('note')
    // hadolint's `none` and `ignore` fail on everything, not on nothing.
    expect(hadolint('failure-threshold: none\n').failOn).toBe('note')
    expect(hadolint('no-fail: true\n').failOn).toBe('never')
  })

  it('says which settings it cannot honour, and ignores the ones about output', () => {
    const config = hadolint('disable-ignore-pragma: true\nformat: json\nno-color: true\n')
    expect(config.notes).toEqual(['disable-ignore-pragma is not supported by dockerfile-guard and has no effect'])
  })

  it('reads label-schema and strict-labels, next to the other settings', () => {
    const config = hadolint('trustedRegistries: [docker.io]\nlabel-schema:\n  author: text\n  org.opencontainers.image.source: url\n  version: ""\nstrict-labels: true\n')
    expect(config.settings).toEqual({ trustedRegistries: ['docker.io'], labelSchema: { author: 'text', 'org.opencontainers.image.source': 'url', version: 'text' }, strictLabels: true })
    expect(config.notes).toEqual([])
    // Its label rules run with them.
    const findings = lint({ path: 'Dockerfile', text: 'FROM alpine:3.20\nLABEL author=jane org.opencontainers.image.source=github.com/acme/app extra=1\n' }, lintOptions(config))
    expect(findings.map((f) => f.ruleId)).toEqual(['required-labels', 'label-url', 'no-unlisted-labels'])
    expect(error(() => hadolint('label-schema:\n  author: string\n'))).toBe('.hadolint.yaml:2:11: label-schema.author: expected one of text, url, semver, hash, rfc3339, spdx, email, not `string`')
    expect(error(() => hadolint('strict-labels: yes please\n'))).toMatch(/^\.hadolint\.yaml:1:16: strict-labels: expected true or false$/)
  })

  it('names the line of a mistake', () => {
    expect(error(() => hadolint('override:\n  fatal: [DL3004]\n'))).toBe(".hadolint.yaml:2:3: override.fatal: unknown severity; hadolint's are error, warning, info, style")
    expect(error(() => hadolint('failure-threshold: high\n'))).toMatch(/^\.hadolint\.yaml:1:20: failure-threshold: expected one of error, warning, info, style, ignore, none, not `high`$/)
  })

  it('is recognised by its keys under another name', () => {
    expect(parseConfig('ignored: [DL3004]\n', 'ci/lint.yml', rules)).toMatchObject({ format: 'hadolint', levels: { 'no-sudo': 'off' } })
    expect(parseConfig('rules: {no-sudo: off}\n', 'ci/lint.yml', rules)).toMatchObject({ format: 'dockerfile-guard', levels: { 'no-sudo': 'off' } })
  })
})
