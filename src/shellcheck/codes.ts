// What a ShellCheck code (`SC2086`) means here: the rule id of ShellCheck's findings, the level it
// runs at under a configuration, the codes left out, and the few words every report shows for it
// (ShellCheck's wiki explains each code; we do not copy it). Pure: no I/O.
import type * as sarif from 'sarif'
import type { Finding, LintOptions } from '../lint.js'
import type { Level, Severity } from '../rules/types.js'

/** `SC2086`, in any case: how pragmas and configuration files name a ShellCheck check. */
export const isShellcheckCode = (id: string): boolean => /^SC\d{4}$/i.test(id)

/** ShellCheck's own page for the code: why it matters, how to fix it, and its exceptions. */
export const shellcheckUrl = (code: string): string => `https://www.shellcheck.net/wiki/${code.toUpperCase()}`

/**
 * Codes left out of every run, as hadolint leaves them out: SC2187 (ash is checked as dash) and
 * SC1090 (a `source` of a computed path needs a directive). Also SC1091, which hadolint reports: a
 * sourced file lives in the image, never beside the Dockerfile, so ShellCheck can never follow it.
 */
export const EXCLUDED_CODES: readonly number[] = [1090, 1091, 2187]

/** ShellCheck's severities, as json1 names them. */
export type ShellcheckLevel = 'error' | 'warning' | 'info' | 'style'

/** ShellCheck's levels as ours: info is a note, and style is off until a configuration turns it on. */
const LEVELS: Readonly<Record<ShellcheckLevel, Level>> = { error: 'error', warning: 'warning', info: 'note', style: 'off' }

/**
 * The level a finding of `code` (at ShellCheck's `level`) is reported at under these options, or
 * 'off'. A level configured for the code wins; the `security` preset runs no ShellCheck code it is
 * not told to (they are not security checks); `strict` and `--all-rules` show style findings as notes.
 */
export function shellcheckLevelOf(code: string, level: ShellcheckLevel, options: LintOptions): Level {
  const configured = options.levels?.[code]
  if (configured) return configured
  if (options.preset === 'security') return 'off'
  const mapped = Object.hasOwn(LEVELS, level) ? LEVELS[level] : 'warning'
  return mapped === 'off' && (options.allRules || options.preset === 'strict') ? 'note' : mapped
}

/** The title a report shows for a code, where it shows a rule's title. */
export const shellcheckTitle = (code: string): string => `ShellCheck ${code}`

/** What a report says of a code where it says why a rule matters: ShellCheck's wiki has it. */
export const shellcheckAbout = (code: string): string =>
  `${shellcheckTitle(code)}: a problem ShellCheck found in the shell code of this \`RUN\` — see [the ShellCheck wiki](${shellcheckUrl(code)}) for why it matters and how to fix it.`

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, note: 2 }

/**
 * SARIF rule descriptors for the ShellCheck codes among the findings, in order of code: ShellCheck's
 * message as the short description (that of the code's first finding), the most severe level it was
 * reported at, and its wiki page.
 */
export function shellcheckDescriptors(findings: readonly Finding[]): sarif.ReportingDescriptor[] {
  const first = new Map<string, { message: string; severity: Severity }>()
  for (const finding of findings) {
    if (!isShellcheckCode(finding.ruleId)) continue
    const seen = first.get(finding.ruleId)
    if (!seen) first.set(finding.ruleId, { message: finding.message, severity: finding.severity })
    else if (RANK[finding.severity] < RANK[seen.severity]) seen.severity = finding.severity
  }
  return [...first.keys()].sort().map((code) => {
    const { message, severity } = first.get(code)!
    const url = shellcheckUrl(code)
    return {
      id: code,
      name: code,
      shortDescription: { text: message },
      fullDescription: { text: `${shellcheckTitle(code)}: ${message}` },
      help: { text: `${shellcheckTitle(code)}: ${message} See ${url} for why it matters and how to fix it.`, markdown: shellcheckAbout(code) },
      helpUri: url,
      defaultConfiguration: { level: severity },
      properties: { tags: ['shellcheck', 'shell'], precision: 'high', 'problem.severity': severity === 'note' ? 'recommendation' : severity }
    }
  })
}
