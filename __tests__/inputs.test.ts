import { describe, expect, it } from '@jest/globals'
import { parseInputs, type InputReader } from '../src/inputs.js'

/** A reader over the given values, trimming like core.getInput; anything else reads as ''. */
const reader = (values: Record<string, string> = {}): InputReader => (name) => (values[name] ?? '').trim()

describe('parseInputs', () => {
  it('gives the defaults of action.yml when nothing is set', () => {
    expect(parseInputs(reader())).toEqual({
      token: '',
      patterns: ['**/Dockerfile', '**/Dockerfile.*', '**/*.Dockerfile', '**/*.dockerfile', '**/Containerfile', '**/Containerfile.*'],
      scope: 'auto',
      filter: 'added',
      config: '',
      comment: 'review',
      suggestions: true,
      annotations: true,
      sarifFile: '',
      uploadSarif: false,
      category: 'dockerfile-guard',
      resolveDigests: false,
      failOn: 'error',
      shellcheck: 'auto'
    })
  })

  it('reads every input', () => {
    const inputs = parseInputs(
      reader({
        'github-token': 'ghs_secret',
        patterns: 'docker/*.df\n\n  build/Dockerfile  \r\n',
        scope: 'changed',
        filter: 'none',
        config: '.github/dockerfile-guard.yml',
        comment: 'off',
        suggestions: 'false',
        annotations: 'FALSE',
        'sarif-file': 'out/guard.sarif',
        'upload-sarif': 'True',
        category: 'docker/prod',
        'resolve-digests': 'true',
        'fail-on': 'never',
        shellcheck: '/opt/shellcheck/bin/shellcheck'
      })
    )
    expect(inputs).toEqual({
      token: 'ghs_secret',
      patterns: ['docker/*.df', 'build/Dockerfile'],
      scope: 'changed',
      filter: 'none',
      config: '.github/dockerfile-guard.yml',
      comment: 'off',
      suggestions: false,
      annotations: false,
      sarifFile: 'out/guard.sarif',
      uploadSarif: true,
      category: 'docker/prod',
      resolveDigests: true,
      failOn: 'never',
      shellcheck: { path: '/opt/shellcheck/bin/shellcheck' }
    })
  })

  it.each([
    ['auto', 'auto'],
    ['off', 'off'],
    ['Off', 'off'],
    ['false', 'off'],
    ['true', 'auto'],
    ['tools/shellcheck', { path: 'tools/shellcheck' }],
    ['shellcheck-0.9', { path: 'shellcheck-0.9' }]
  ])('reads shellcheck: %s as %j (a YAML boolean as on or off, not as /usr/bin/false)', (value, expected) => {
    expect(parseInputs(reader({ shellcheck: value })).shellcheck).toEqual(expected)
  })

  it.each([
    ['fail-on', 'erorr', 'fail-on must be one of error, warning, note, never; got "erorr"'],
    ['fail-on', 'Error', 'fail-on must be one of error, warning, note, never; got "Error"'],
    ['scope', 'everything', 'scope must be one of auto, changed, all; got "everything"'],
    ['filter', 'lines', 'filter must be one of added, diff, file, none; got "lines"'],
    ['comment', 'inline', 'comment must be one of review, summary, off; got "inline"'],
    ['suggestions', 'yes', 'suggestions must be true or false; got "yes"'],
    ['annotations', '1', 'annotations must be true or false; got "1"'],
    ['upload-sarif', 'on', 'upload-sarif must be true or false; got "on"'],
    ['resolve-digests', 'yes', 'resolve-digests must be true or false; got "yes"']
  ])('rejects %s: %s, naming the input and the allowed values', (name, value, message) => {
    expect(() => parseInputs(reader({ [name]: value }))).toThrow(message)
  })

  it('keeps the config path as given: the file is read, and checked, when the run starts', () => {
    expect(parseInputs(reader({ config: 'ci/dockerfile-guard.yml' })).config).toBe('ci/dockerfile-guard.yml')
    expect(parseInputs(reader({})).config).toBe('')
  })
})
