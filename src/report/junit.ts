// JUnit XML, the way CI test tabs show it (GitLab's `artifacts:reports:junit`, Jenkins, Azure
// Pipelines, GitHub test-report actions): one `<testsuite>` per linted file, one `<testcase>` per
// rule that ran on it (classname = the file, name = the rule id), failing with a `<failure>` that
// lists the rule's findings there, passing when it found nothing. When a file could not be
// parsed, only `parse-error` ran on it: its other rules are `<skipped>`, not passed.
import type { Finding } from '../lint.js'
import parseError from '../rules/parse-error.js'
import { byFile, plural } from './counts.js'
import { byRule, mostSevere, oneLine, type ReportContext } from './interchange.js'
import { XML_DECLARATION, xmlAttribute, xmlText } from './xml.js'

interface Suite {
  path: string
  cases: string[]
  failures: number
  skipped: number
}

/**
 * The report. `context.ranRules` are the rules that ran, `context.files` the linted files (files
 * without findings are suites of passing cases); a rule or file that only the findings mention is
 * added. Every count (`tests`, `failures`, `errors`, `skipped`) is the number of such elements.
 */
export function toJUnit(findings: readonly Finding[], context: Pick<ReportContext, 'ranRules' | 'files'> = {}): string {
  const grouped = byFile(findings)
  const paths = [...new Set([...(context.files ?? []), ...grouped.keys()])]
  const suites = paths.map((path) => suite(path, grouped.get(path) ?? [], context.ranRules ?? []))
  const total = (count: (s: Suite) => number): number => suites.reduce((sum, s) => sum + count(s), 0)
  const head = `<testsuites name="dockerfile-guard" tests="${total((s) => s.cases.length)}" failures="${total((s) => s.failures)}" errors="0" skipped="${total((s) => s.skipped)}" time="0">`
  const body = suites.map((s) => {
    const attributes = `name="${xmlAttribute(s.path)}" tests="${s.cases.length}" failures="${s.failures}" errors="0" skipped="${s.skipped}" time="0"`
    return s.cases.length ? [`  <testsuite ${attributes}>`, ...s.cases, '  </testsuite>'].join('\n') : `  <testsuite ${attributes}/>`
  })
  return [XML_DECLARATION, head, ...body, '</testsuites>'].join('\n') + '\n'
}

function suite(path: string, findings: readonly Finding[], ranRules: readonly string[]): Suite {
  const failing = byRule(findings)
  const unparsed = failing.has(parseError.id)
  const name = xmlAttribute(path)
  const result: Suite = { path, cases: [], failures: 0, skipped: 0 }
  for (const ruleId of new Set([...ranRules, ...failing.keys()])) {
    const open = `    <testcase classname="${name}" name="${xmlAttribute(ruleId)}" file="${name}" time="0"`
    const failed = failing.get(ruleId)
    if (failed) {
      result.failures++
      result.cases.push(`${open}>\n      ${failure(failed)}\n    </testcase>`)
    } else if (unparsed) {
      result.skipped++
      result.cases.push(`${open}>\n      <skipped message="not checked: the file could not be parsed"/>\n    </testcase>`)
    } else {
      result.cases.push(`${open}/>`)
    }
  }
  return result
}

/** The `message` is what a test list shows in one line; the text lists every finding as `line:column severity: message`. */
function failure(findings: readonly Finding[]): string {
  const [first] = findings
  const message = findings.length === 1 ? first.message : `${first.message} (and ${plural(findings.length - 1, 'more finding')})`
  const type = mostSevere(findings.map((f) => f.severity))
  const text = findings.map((f) => `${f.line}:${f.column} ${f.severity}: ${oneLine(f.message)}`).join('\n')
  return `<failure message="${xmlAttribute(oneLine(message))}" type="${type}">${xmlText(text)}</failure>`
}
