// The Markdown report: the CLI's `--format markdown`, and the body of the job summary and the sticky
// PR comment. Verdict, counts, a table per file, then the advice that matters most. Everything
// that comes from the repository (paths, messages quoting the Dockerfile) goes through escape.ts.
import type { Finding } from '../lint.js'
import type { Rule, Severity } from '../rules/types.js'
import { isShellcheckCode } from '../shellcheck/codes.js'
import { ruleDocUrl } from '../version.js'
import { byFile, countBySeverity, plural, SEVERITIES } from './counts.js'
import { escapeMarkdown, escapeTableCell, safeUrl } from './escape.js'

export interface MarkdownOptions {
  version: string
  /** How many Dockerfiles were linted. */
  files: number
  /** A link to a finding's line (e.g. the file at the PR's head commit), when the caller has one. */
  lineUrl?: (path: string, line: number) => string | undefined
  /** The longest report to produce: GitHub rejects comment bodies over 65,536 characters. */
  maxLength?: number
  /** How many rules the hardening advice explains. */
  adviceLimit?: number
  /** Markdown placed after the advice, before the footer (the pull-request comment's extra sections); counted in maxLength. */
  appendix?: string
}

export const MAX_COMMENT_LENGTH = 65_536

const ICON: Record<Severity, string> = { error: '🔴', warning: '🟡', note: '🔵' }
const RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 }

export function toMarkdown(findings: readonly Finding[], rules: readonly Rule[], options: MarkdownOptions): string {
  const byId = new Map(rules.map((rule) => [rule.id, rule]))
  const maxLength = options.maxLength ?? MAX_COMMENT_LENGTH
  const head = `${verdict(findings)}\n\n${counts(findings, options.files)}`
  const footer = footerLine(options.version)
  const appendix = options.appendix ?? ''
  let advice = findings.length ? hardeningAdvice(findings, byId, options.adviceLimit ?? 5) : ''
  // Room for the separators and the "more findings" line; the advice goes first if space is that short.
  const reserve = head.length + appendix.length + footer.length + 400
  if (reserve + advice.length > maxLength) advice = ''
  const tables = fileTables(findings, byId, options, maxLength - reserve - advice.length)
  return [head, tables, advice, appendix, footer].filter(Boolean).join('\n\n') + '\n'
}

function verdict(findings: readonly Finding[]): string {
  const counted = countBySeverity(findings)
  if (counted.error) return `### ❌ dockerfile-guard found ${plural(counted.error, 'error')}`
  if (counted.warning) return `### ⚠️ dockerfile-guard found ${plural(counted.warning, 'warning')}`
  if (counted.note) return `### ℹ️ dockerfile-guard found ${plural(counted.note, 'note')}`
  return '### ✅ dockerfile-guard found no problems'
}

function counts(findings: readonly Finding[], files: number): string {
  const counted = countBySeverity(findings)
  const withFindings = byFile(findings).size
  const parts = SEVERITIES.map((severity) => `${ICON[severity]} **${counted[severity]}** ${severity}${counted[severity] === 1 ? '' : 's'}`)
  const scope = withFindings ? `in ${withFindings} of ${plural(files, 'Dockerfile')}` : `in ${plural(files, 'Dockerfile')}`
  return `${parts.join(' · ')} ${scope}`
}

/** One table per file, row by row until the budget runs out; then a pointer to the full list. */
function fileTables(findings: readonly Finding[], byId: ReadonlyMap<string, Rule>, options: MarkdownOptions, budget: number): string {
  const blocks: string[] = []
  let used = 0
  let shown = 0
  for (const [path, inFile] of byFile(findings)) {
    const header = `#### ${escapeMarkdown(path)}\n\n| Line | Severity | Rule | Message |\n| ---: | --- | --- | --- |`
    const rows: string[] = []
    for (const finding of inFile) {
      const row = tableRow(finding, byId, options)
      const cost = row.length + 1 + (rows.length ? 0 : header.length + 2)
      if (used + cost > budget) break
      rows.push(row)
      used += cost
    }
    if (rows.length) blocks.push(`${header}\n${rows.join('\n')}`)
    shown += rows.length
    if (rows.length < inFile.length) break
  }
  const hidden = findings.length - shown
  if (hidden) blocks.push(`_${plural(hidden, 'more finding')} not shown here: GitHub limits the length of a comment. The SARIF file and the job log list every finding._`)
  return blocks.join('\n\n')
}

function tableRow(finding: Finding, byId: ReadonlyMap<string, Rule>, options: MarkdownOptions): string {
  const url = options.lineUrl && safeUrl(options.lineUrl(finding.path, finding.line) ?? '')
  const line = url ? `[${finding.line}](${url})` : String(finding.line)
  const id = finding.ruleId
  const rule = byId.has(id) || isShellcheckCode(id) ? `[${id}](${ruleDocUrl(id)})` : escapeMarkdown(id)
  return `| ${line} | ${ICON[finding.severity]} ${finding.severity} | ${rule} | ${escapeTableCell(finding.message)} |`
}

/** The distinct rules hit, most severe first, each with why it matters and how to fix it. */
function hardeningAdvice(findings: readonly Finding[], byId: ReadonlyMap<string, Rule>, limit: number): string {
  const hits = new Map<string, { rule: Rule; severity: Severity; count: number }>()
  for (const finding of findings) {
    const rule = byId.get(finding.ruleId)
    if (!rule) continue
    const hit = hits.get(rule.id) ?? { rule, severity: finding.severity, count: 0 }
    hit.count++
    if (RANK[finding.severity] < RANK[hit.severity]) hit.severity = finding.severity
    hits.set(rule.id, hit)
  }
  const ranked = [...hits.values()].sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      (b.rule.securitySeverity ?? 0) - (a.rule.securitySeverity ?? 0) ||
      b.count - a.count
  )
  if (ranked.length === 0) return ''
  const sections = ranked.slice(0, limit).map(({ rule, severity, count }) =>
    [
      `#### ${ICON[severity]} ${rule.title} ([${rule.id}](${ruleDocUrl(rule.id)}), ${plural(count, 'finding')})`,
      rule.rationale,
      `**How to fix:** ${rule.fix}`
    ].join('\n\n')
  )
  const more = ranked.length > limit ? [`_${plural(ranked.length - limit, 'more rule')} flagged something: see the table above._`] : []
  return ['### How to harden this image', ...sections, ...more].join('\n\n')
}

function footerLine(version: string): string {
  return [
    '---',
    `<sub>dockerfile-guard ${version} · Silence a finding with \`# dockerfile-guard ignore=<rule-id>\` on the line before the instruction, or set rule levels in \`.dockerfile-guard.yml\` · [All rules](${ruleDocUrl('README')})</sub>`
  ].join('\n')
}
