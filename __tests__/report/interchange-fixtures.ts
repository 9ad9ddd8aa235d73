// Findings the tests of the reports for other tools share: real ones from the engine over a small
// Dockerfile, and the awkward ones every renderer must survive (a rule nobody knows, a path and a
// message full of markup, control characters and non-ASCII text, Windows paths).
import type { Finding } from '../../src/lint.js'
import { lint } from '../../src/lint.js'
import { sampleRules } from './sample-rules.js'

export const DOCKERFILE = 'from alpine:3.20\nRUN adduser -D app\nUSER root\nrun id\n'

export const lintAll = (path: string, text: string): Finding[] => lint({ path, text }, { rules: sampleRules, allRules: true })

/** upper-case-keyword (1:1), no-root-user (3:1), upper-case-keyword (4:1). */
export const findings = lintAll('services/api/Dockerfile', DOCKERFILE)

/** A file that does not parse: one `parse-error` finding. */
export const unparsable = lintAll('bin/Dockerfile', 'FROM alpine\u0000\n')

export const at = (path: string, line: number, ruleId: string, message: string, overrides: Partial<Finding> = {}): Finding => ({
  path,
  ruleId,
  severity: 'warning',
  message,
  line,
  column: 1,
  endLine: line,
  endColumn: 5,
  ...overrides
})

/** Markup, every kind of control character, a lone surrogate, U+FFFE, a bidi override and non-ASCII text. */
export const HOSTILE_MESSAGE = 'Quote "q" \'a\' <b>&amp; ]]> \u0000\u0001\u0008\u000b\u000c\u001b[31m\ttab\r\nnew\u007f \ud800 \ufffe \u202e 🐳 Ünïcödé'
export const HOSTILE_PATH = 'dir "a" <b> & \u0007bell\n/Dockerfile.ü🐳'

/** A finding of a rule no rule list has (another tool's, or a newer version's). */
export const unknown = at('legacy/Dockerfile', 2, 'not-a-known-rule', 'Something only an unknown rule says.')
export const hostile = at(HOSTILE_PATH, 1, 'no-root-user', HOSTILE_MESSAGE, { severity: 'error' })
export const windows = at('docker\\web\\Dockerfile', 3, 'no-root-user', 'Runs as root.', { severity: 'error' })
export const windowsAbsolute = at('C:\\repo\\app\\Dockerfile', 1, 'upper-case-keyword', 'Write FROM.', { severity: 'note' })
