// A rule's docs page (docs/rules/<id>.md), the docs index, and the rule list the CLI prints for
// `--list-rules`. All of it is rendered from the rule objects, so it cannot drift from them.
import { TOOLS, type References, type Rule, type Severity, type Tool } from '../rules/types.js'
import type { Preset } from '../config/parse.js'
import { HADOLINT_RULES, OTHER_TOOL_RULES, claimsOf } from '../other-tools.js'
import { levelOf } from '../lint.js'
import { helpMarkdown, referenceUrl, securityBand, TOOL_NAMES } from './rule-text.js'

const yesNo = (value: boolean): string => (value ? 'yes' : 'no')
const enabled = (rule: Rule): boolean => rule.enabledByDefault !== false

/** The Markdown page for one rule. */
export function ruleDoc(rule: Rule): string {
  const facts: [string, string][] = [
    ['Rule id', `\`${rule.id}\``],
    ['Severity', rule.severity],
    ['Enabled by default', enabled(rule) ? 'yes' : 'no (turn it on in the configuration)'],
    ['Tags', rule.tags.map((tag) => `\`${tag}\``).join(', ')]
  ]
  if (rule.securitySeverity !== undefined) {
    facts.push(['Security severity', `${rule.securitySeverity.toFixed(1)} (${securityBand(rule.securitySeverity)})`])
  }
  facts.push(['Precision', rule.precision.replace('-', ' ')], ['Automatic fix', yesNo(rule.fixable === true)])
  if (rule.cis?.length) facts.push(['CIS Docker Benchmark', rule.cis.join(', ')])

  const page = [
    `# ${rule.id}`,
    `**${rule.title}**`,
    ...(rule.deprecated ? ['> [!WARNING]\n> This rule is deprecated: it no longer runs, and its id is kept so it is never reused.'] : []),
    ['| | |', '| --- | --- |', ...facts.map(([name, value]) => `| ${name} | ${value} |`)].join('\n'),
    ...(rule.defaults ? [rule.defaults] : []),
    helpMarkdown(rule),
    configuration(rule)
  ]
  return `${page.join('\n\n')}\n`
}

function configuration(rule: Rule): string {
  // The engine reports it itself: a file that cannot be parsed is not linted, whatever the configuration says.
  if (rule.id === 'parse-error') {
    return ['## Configure or suppress', 'It cannot be turned off or suppressed: exclude a file that is not a Dockerfile with `ignore-paths` in `.dockerfile-guard.yml`.'].join('\n\n')
  }
  return [
    '## Configure or suppress',
    `Set the rule's level in \`.dockerfile-guard.yml\`:`,
    ['```yaml', 'rules:', `  ${rule.id}: ${enabled(rule) ? 'off' : rule.severity} # off | note | warning | error`, '```'].join('\n'),
    `Silence one finding with a comment on the line before the instruction, or every finding in a file with a global one:`,
    ['```dockerfile', `# dockerfile-guard ignore=${rule.id}`, `# dockerfile-guard global ignore=${rule.id}`, '```'].join('\n')
  ].join('\n\n')
}

/** docs/rules/README.md: every rule in registry order, the presets, and every rule of the other tools mapped to ours. */
export function rulesIndex(rules: readonly Rule[]): string {
  const level = (rule: Rule, preset: Preset) => {
    const value = levelOf(rule, { rules, preset })
    return value === 'off' ? '–' : value
  }
  const rows = rules.map((rule) => {
    const security = rule.securitySeverity === undefined ? '' : `${rule.securitySeverity.toFixed(1)} ${securityBand(rule.securitySeverity)}`
    const hadolint = [...(rule.equivalents?.hadolint ?? []), ...(rule.related?.hadolint ?? []).map((id) => `(${id})`)].join(' ')
    const title = rule.deprecated ? `~~${rule.title}~~ (deprecated)` : rule.title
    const presets = rule.deprecated ? ['–', '–', '–', '–'] : (['recommended', 'security', 'strict', 'hadolint'] as const).map((preset) => level(rule, preset))
    return `| [${rule.id}](${rule.id}.md) | ${title} | ${presets.join(' | ')} | ${security} | ${hadolint} |`
  })
  return [
    '# Rules',
    'Generated from the rule definitions in `src/rules/` by `npm run docs`; do not edit by hand.',
    'The level each rule runs at under each preset (`extends:` in `.dockerfile-guard.yml`; – is off): `recommended` is the default, `security` keeps only the security rules, `strict` runs every rule at its severity, and `hadolint` runs what hadolint runs by default at hadolint\'s severities (a repository whose only configuration is a `.hadolint.yaml` gets it). Hadolint codes in parentheses are related rules, which differ on purpose; the others are equivalents (see below).',
    [
      '| Rule | What it checks | recommended | security | strict | hadolint | Security severity | hadolint codes |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows
    ].join('\n'),
    ...TOOLS.map((tool) => coverageSection(tool, rules))
  ].join('\n\n') + '\n'
}

const SECTION_TITLES: Record<Tool, string> = {
  hadolint: 'hadolint codes',
  trivy: 'Trivy checks',
  checkov: 'Checkov checks',
  buildkit: 'BuildKit checks',
  kics: 'KICS queries'
}

const SECTION_INTROS: Record<Tool, string> = {
  hadolint:
    "A rule is an equivalent when every case of hadolint's published tests for the code (`test/Hadolint/Rule/DLxxxxSpec.hs`) is caught or passed the same way here, and those cases are in its tests; what it does beyond them is on its page. A related rule differs from hadolint on purpose in at least one published case; its page says where and why. `# hadolint ignore=` pragmas and `.hadolint.yaml` codes stand for the rules listed.",
  trivy: "Trivy's misconfiguration checks for Dockerfiles (`aquasecurity/trivy-checks`, `checks/docker`).",
  checkov: "Checkov's Dockerfile checks, graph checks included (`checkov/dockerfile/checks`). Checkov finds secrets in Dockerfiles with its separate secrets framework, which is not listed.",
  buildkit: 'From `moby/buildkit`, `frontend/dockerfile/linter/ruleset.go`. An equivalent catches and passes the test cases of the check in BuildKit, and those cases are in its tests.',
  kics: "KICS's Dockerfile queries (v2.1.2), by the first 8 hex digits of their id, and the common Passwords And Secrets query, which runs on Dockerfiles too."
}

const byId = new Intl.Collator('en', { numeric: true }).compare

/** Every rule of one tool, and the rules of ours that catch the same cases or the same concern, or why there are none. */
function coverageSection(tool: Tool, rules: readonly Rule[]): string {
  const link = (rule: Rule) => `[${rule.id}](${rule.id}.md)`
  const theirs = OTHER_TOOL_RULES[tool]
  const ids = Object.keys(theirs).sort(byId)
  const count = { equivalent: 0, related: 0, none: 0 }
  const rows = ids.map((id) => {
    const { equivalents, related } = claimsOf(tool, id, rules)
    if (equivalents.length) count.equivalent++
    else if (related.length) count.related++
    else count.none++
    const ours =
      equivalents.length || related.length
        ? [...equivalents.map(link), ...related.map((rule) => `${link(rule)} (related)`)].join(', ')
        : `not covered: ${theirs[id].notCovered ?? 'not yet'}`
    const url = referenceUrl(tool, id)
    const name = url ? `[${id}](${url})` : `\`${id}\``
    const severity = tool === 'hadolint' ? ` ${HADOLINT_RULES[id].severity} |` : ''
    return `| ${name} | ${theirs[id].title.replace(/\|/g, '\\|')} |${severity} ${ours} |`
  })
  const header =
    tool === 'hadolint'
      ? ['| hadolint | What it checks | hadolint\'s severity | dockerfile-guard |', '| --- | --- | --- | --- |']
      : [`| ${TOOL_NAMES[tool]} | What it checks | dockerfile-guard |`, '| --- | --- | --- |']
  return [
    `## ${SECTION_TITLES[tool]}`,
    `Every rule of ${TOOL_NAMES[tool]}: ${ids.length} ids, ${count.equivalent} with an equivalent here, ${count.related} with related rules only, ${count.none} not covered. ${SECTION_INTROS[tool]} Rules marked (related) are about the same concern, with different semantics.`,
    [...header, ...rows].join('\n')
  ].join('\n\n')
}

/** Every file under docs/rules/, by file name. */
export function docFiles(rules: readonly Rule[]): Map<string, string> {
  return new Map([['README.md', rulesIndex(rules)], ...rules.map((rule): [string, string] => [`${rule.id}.md`, ruleDoc(rule)])])
}

export interface RuleSummary {
  id: string
  title: string
  severity: Severity
  enabledByDefault: boolean
  tags: readonly string[]
  securitySeverity: number | null
  fixable: boolean
  equivalents: Record<Tool, readonly string[]>
  related: Record<Tool, readonly string[]>
}

const allTools = (references: References | undefined): Record<Tool, readonly string[]> =>
  Object.fromEntries(TOOLS.map((tool) => [tool, references?.[tool] ?? []])) as Record<Tool, readonly string[]>

/** `--list-rules --format json`: the rules that run, every tool key always present. */
export function ruleList(rules: readonly Rule[]): RuleSummary[] {
  return rules
    .filter((rule) => !rule.deprecated)
    .map((rule) => ({
      id: rule.id,
      title: rule.title,
      severity: rule.severity,
      enabledByDefault: enabled(rule),
      tags: rule.tags,
      securitySeverity: rule.securitySeverity ?? null,
      fixable: rule.fixable === true,
      equivalents: allTools(rule.equivalents),
      related: allTools(rule.related)
    }))
}

/** `--list-rules` as an aligned text table. */
export function ruleListText(rules: readonly Rule[]): string {
  const rows = ruleList(rules).map((rule) => [
    rule.id,
    rule.severity,
    rule.enabledByDefault ? 'on' : 'off',
    rule.securitySeverity === null ? '-' : rule.securitySeverity.toFixed(1),
    TOOLS.flatMap((tool) => rule.equivalents[tool].map((id) => `${tool}:${id}`)).join(' ') || '-',
    rule.title
  ])
  const table = [['RULE', 'SEVERITY', 'DEFAULT', 'SECURITY', 'SAME AS', 'TITLE'], ...rows]
  const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)))
  return table.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')).join('\n') + '\n'
}
