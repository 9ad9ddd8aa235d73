// SonarQube's generic issue import format (`sonar.externalIssuesReportPaths`), in the form
// SonarQube 10.3 and later read: a `rules` array (id, name, description, engineId,
// cleanCodeAttribute, impacts) and an `issues` array whose `ruleId` names one of those rules and
// which carry no severity or type of their own (the scanner rejects a report that mixes the two
// forms). Sonar's columns are 0-based with an exclusive end; ours are 1-based with an exclusive
// end, so both shift by one. Sonar rejects an empty range, so a finding without width is
// reported on its whole line.
import type { Finding } from '../lint.js'
import type { Rule } from '../rules/types.js'
import { ruleDocUrl } from '../version.js'
import {
  byRule,
  mostSevere,
  oneLine,
  reportPath,
  rulesById,
  sonarCleanCodeAttribute,
  sonarQualities,
  sonarSeverity,
  type ReportContext,
  type SonarCleanCodeAttribute,
  type SonarImpactSeverity,
  type SonarQuality
} from './interchange.js'

/** The engine Sonar files our rules under (`external_dockerfile-guard:<rule id>`). */
export const SONAR_ENGINE_ID = 'dockerfile-guard'

export interface SonarRule {
  id: string
  name: string
  /** HTML: Sonar shows it as the rule's description. */
  description?: string
  engineId: string
  cleanCodeAttribute: SonarCleanCodeAttribute
  impacts: { softwareQuality: SonarQuality; severity: SonarImpactSeverity }[]
}

export interface SonarTextRange {
  startLine: number
  endLine: number
  /** 0-based. */
  startColumn?: number
  /** 0-based, exclusive. */
  endColumn?: number
}

export interface SonarIssue {
  ruleId: string
  primaryLocation: { message: string; filePath: string; textRange: SonarTextRange }
}

export interface SonarReport {
  rules: SonarRule[]
  issues: SonarIssue[]
}

/**
 * The report object. `rules` lists each rule with findings here, once; a rule's impact severity
 * (Sonar keeps one per rule) is the most severe level its findings have in this run, so a
 * configuration that raises a rule raises it in Sonar too.
 */
export function toSonarReport(findings: readonly Finding[], context: Pick<ReportContext, 'rules'> = {}): SonarReport {
  const known = rulesById(context.rules)
  const rules = [...byRule(findings)].map(([id, inRule]) => sonarRule(id, known.get(id), mostSevere(inRule.map((f) => f.severity))))
  const issues = findings.map((finding) => ({
    ruleId: finding.ruleId,
    primaryLocation: { message: oneLine(finding.message), filePath: reportPath(finding.path), textRange: textRange(finding) }
  }))
  return { rules, issues }
}

/** The report as a file. */
export function toSonarQube(findings: readonly Finding[], context: Pick<ReportContext, 'rules'> = {}): string {
  return `${JSON.stringify(toSonarReport(findings, context), null, 2)}\n`
}

function sonarRule(id: string, rule: Rule | undefined, severity: Finding['severity']): SonarRule {
  return {
    id,
    name: rule?.title ?? id,
    ...(rule ? { description: descriptionHtml(rule) } : {}),
    engineId: SONAR_ENGINE_ID,
    cleanCodeAttribute: sonarCleanCodeAttribute(rule),
    impacts: sonarQualities(rule).map((softwareQuality) => ({ softwareQuality, severity: sonarSeverity(severity) }))
  }
}

function textRange(finding: Finding): SonarTextRange {
  const lines = { startLine: finding.line, endLine: finding.endLine }
  const empty = finding.endLine === finding.line && finding.endColumn <= finding.column
  return empty ? lines : { ...lines, startColumn: finding.column - 1, endColumn: finding.endColumn - 1 }
}

function descriptionHtml(rule: Rule): string {
  const doc = ruleDocUrl(rule.id)
  return [
    markdownHtml(rule.rationale),
    '<h3>How to fix</h3>',
    markdownHtml(rule.fix),
    `<p>Examples, and the rules of other linters it matches: <a href="${escapeHtml(doc)}">${escapeHtml(doc)}</a></p>`
  ].join('\n')
}

// Rule text is our own Markdown: paragraphs, `code` spans, *emphasis*, [links](https://…) and ``` fences.
// Only those are turned into HTML; every other character is escaped, so nothing else can become markup.
const FENCE = /^```[^\n]*\n([\s\S]*?)^```[ \t]*$/m
const LINK = /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g
const STRONG = /\*\*([^*\s][^*]*)\*\*/g
const EMPHASIS = /\*([^*\s][^*]*)\*/g
const HTML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => HTML_ENTITY[c])

function markdownHtml(markdown: string): string {
  // split() with a capturing group alternates prose and the content of fences.
  return markdown
    .split(FENCE)
    .map((part, i) =>
      i % 2 === 1
        ? `<pre><code>${escapeHtml(part.replace(/\n$/, ''))}</code></pre>`
        : part
            .split(/\n\s*\n/)
            .filter((paragraph) => paragraph.trim())
            .map((paragraph) => `<p>${inlineHtml(paragraph.trim())}</p>`)
            .join('\n')
    )
    .filter(Boolean)
    .join('\n')
}

function prose(text: string): string {
  return escapeHtml(text).replace(LINK, '<a href="$2">$1</a>').replace(STRONG, '<strong>$1</strong>').replace(EMPHASIS, '<em>$1</em>')
}

function inlineHtml(text: string): string {
  return text
    .split('`')
    .map((part, i) => (i % 2 === 1 ? `<code>${escapeHtml(part)}</code>` : prose(part)))
    .join('')
}
