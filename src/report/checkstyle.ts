// Checkstyle XML (format 4.3, as hadolint writes it), which Jenkins' warnings-ng, reviewdog,
// SonarQube's importers and the GitLab converters read: `<file name>` per linted file, an
// `<error line column severity message source>` per finding, `source` being the rule id. Files
// without findings are listed empty, as Checkstyle itself does, so consumers count them as clean.
import type { Finding } from '../lint.js'
import { byFile } from './counts.js'
import { checkstyleSeverity, type ReportContext } from './interchange.js'
import { XML_DECLARATION, xmlAttribute } from './xml.js'

/** The report for the findings; `context.files` adds the linted files that have none. Paths are written as given. */
export function toCheckstyle(findings: readonly Finding[], context: Pick<ReportContext, 'files'> = {}): string {
  const grouped = byFile(findings)
  const paths = [...new Set([...(context.files ?? []), ...grouped.keys()])]
  const files = paths.map((path) => {
    const errors = (grouped.get(path) ?? []).map(
      (f) =>
        `    <error line="${f.line}" column="${f.column}" severity="${checkstyleSeverity(f.severity)}" message="${xmlAttribute(f.message)}" source="${xmlAttribute(f.ruleId)}"/>`
    )
    const name = `name="${xmlAttribute(path)}"`
    return errors.length ? `  <file ${name}>\n${errors.join('\n')}\n  </file>` : `  <file ${name}/>`
  })
  return [XML_DECLARATION, '<checkstyle version="4.3">', ...files, '</checkstyle>'].join('\n') + '\n'
}
