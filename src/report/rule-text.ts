// The parts of a rule's explanation that every renderer shares (SARIF help, docs page, the
// "how to harden" advice), written from the rule's metadata only. Rule metadata is ours and
// already Markdown, so it is not escaped; Dockerfile examples go into fences that cannot close early.
import { SETTING_KEYS } from '../config/parse.js'
import { TOOLS, type Policy, type References, type Rule, type Settings, type Tool } from '../rules/types.js'

export const TOOL_NAMES: Record<Tool, string> = {
  hadolint: 'hadolint',
  trivy: 'Trivy',
  checkov: 'Checkov',
  buildkit: 'BuildKit (`docker build --check`)',
  kics: 'KICS'
}

/** Where another tool documents one of its rules, for the tools with a stable page per rule. */
export function referenceUrl(tool: Tool, id: string): string | undefined {
  if (tool === 'hadolint' && /^DL\d+$/.test(id)) return `https://github.com/hadolint/hadolint/wiki/${id}`
  if (tool === 'hadolint' && /^SC\d+$/.test(id)) return `https://www.shellcheck.net/wiki/${id}`
  // InvalidBaseImagePlatform is the one check without a page.
  if (tool === 'buildkit' && id !== 'InvalidBaseImagePlatform') return `https://docs.docker.com/reference/build-checks/${kebab(id)}/`
  return undefined
}

function kebab(pascal: string): string {
  return pascal
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
}

/** `no-root-user` → `NoRootUser` (SARIF's `name`). */
export function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase())
}

/** Security severity as GitHub names its bands. */
export function securityBand(score: number): string {
  return score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low'
}

/** A Dockerfile in a fence no line of it can close; control characters shown as symbols (␀). */
export function dockerfileBlock(code: string): string {
  const visible = code.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)))
  const longestRun = Math.max(0, ...(visible.match(/`{3,}/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(Math.max(3, longestRun + 1))
  return `${fence}dockerfile\n${visible.replace(/\n$/, '')}\n${fence}`
}

function referenceList(references: References | undefined): string[] {
  return TOOLS.filter((tool) => references?.[tool]?.length).map((tool) => {
    const ids = references![tool]!.map((id) => {
      const url = referenceUrl(tool, id)
      return url ? `[${id}](${url})` : `\`${id}\``
    })
    return `- ${TOOL_NAMES[tool]}: ${ids.join(', ')}`
  })
}

/** "Same as" / "Related" lists of other tools' rules, or nothing when there are none. */
export function otherToolsMarkdown(rule: Rule): string {
  const same = referenceList(rule.equivalents)
  const related = referenceList(rule.related)
  const parts: string[] = []
  if (same.length) parts.push('Catches and passes the same cases as:', '', ...same)
  if (same.length && related.length) parts.push('')
  if (related.length) parts.push('About the same concern, with different semantics:', '', ...related)
  return parts.join('\n')
}

/** YAML single-quoted scalar: always valid, even for `*.example.com`, which plain YAML reads as an alias. */
const yamlString = (value: string): string => `'${value.replace(/'/g, "''")}'`

/** The `.dockerfile-guard.yml` lines an example assumes. */
export function settingsYaml(settings: Settings = {}): string {
  const lines: string[] = []
  for (const name of Object.keys(SETTING_KEYS) as (keyof Policy)[]) {
    const value: unknown = settings[name]
    if (Array.isArray(value)) {
      if (value.length) lines.push(`${SETTING_KEYS[name]}: [${value.map((item: string) => yamlString(item)).join(', ')}]`)
    } else if (typeof value === 'boolean') {
      lines.push(`${SETTING_KEYS[name]}: ${value}`)
    } else if (value && typeof value === 'object') {
      lines.push(`${SETTING_KEYS[name]}:`, ...Object.entries(value).map(([key, item]) => `  ${yamlString(key)}: ${String(item)}`))
    }
  }
  return lines.join('\n')
}

/** The explanation shown next to an alert (SARIF `help.markdown`) and in the docs page. */
export function helpMarkdown(rule: Rule, heading = '##'): string {
  const config = settingsYaml(rule.examples.settings)
  const assumes = config ? `With this configuration in \`.dockerfile-guard.yml\`:\n\n\`\`\`yaml\n${config}\n\`\`\`\n\n` : ''
  const ignore = rule.examples.dockerignore === undefined ? '' : `With this \`.dockerignore\` next to the Dockerfile:\n\n\`\`\`text\n${rule.examples.dockerignore.replace(/\n$/, '')}\n\`\`\`\n\n`
  const sections = [
    `${heading} Why it matters\n\n${rule.rationale}`,
    `${heading} How to fix\n\n${rule.fix}`,
    `${heading} Example\n\n${assumes}${ignore}Flagged:\n\n${dockerfileBlock(rule.examples.bad)}\n\nFixed:\n\n${dockerfileBlock(rule.examples.good)}`
  ]
  const others = [otherToolsMarkdown(rule), rule.differences].filter(Boolean).join('\n\n')
  if (others) sections.push(`${heading} In other tools\n\n${others}`)
  return sections.join('\n\n')
}

/** The same explanation as plain text (SARIF `help.text`). */
export function helpText(rule: Rule): string {
  const config = settingsYaml(rule.examples.settings)
  const references = (refs: References | undefined) =>
    TOOLS.filter((tool) => refs?.[tool]?.length).map((tool) => `${tool} ${refs![tool]!.join(', ')}`)
  const lines = [
    `Why it matters: ${rule.rationale}`,
    `How to fix: ${rule.fix}`,
    ...(config ? [`With this configuration in .dockerfile-guard.yml:\n${config}`] : []),
    ...(rule.examples.dockerignore === undefined ? [] : [`With this .dockerignore next to the Dockerfile:\n${rule.examples.dockerignore.replace(/\n$/, '')}`]),
    `Flagged:\n${rule.examples.bad.replace(/\n$/, '')}`,
    `Fixed:\n${rule.examples.good.replace(/\n$/, '')}`
  ]
  const same = references(rule.equivalents)
  const related = references(rule.related)
  if (same.length) lines.push(`Same as: ${same.join('; ')}.`)
  if (related.length) lines.push(`Related: ${related.join('; ')}.`)
  if (rule.differences) lines.push(rule.differences)
  return lines.join('\n\n')
}
