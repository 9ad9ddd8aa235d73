// SARIF 2.1.0 for GitHub code scanning: one run, every rule described in full (GitHub shows
// `help.markdown` next to each alert), results with relative URIs, 1-based regions and the same
// line fingerprints GitHub's upload-sarif would compute, so alerts track across commits.
import type * as sarif from 'sarif'
import type { Finding } from '../lint.js'
import type { Rule } from '../rules/types.js'
import { shellcheckDescriptors } from '../shellcheck/codes.js'
import { REPOSITORY_URL, ruleDocUrl } from '../version.js'
import { findingLineHashes } from './fingerprint.js'
import { helpMarkdown, helpText, pascalCase } from './rule-text.js'

export interface SarifOptions {
  /** The tool's version. */
  version: string
  /** Code-scanning category: `runs[0].automationDetails.id` becomes `<category>/`. */
  category?: string
  /** File text by finding path, exactly as on disk (BOM included), for `primaryLocationLineHash`. */
  sources?: ReadonlyMap<string, string>
  /**
   * Descriptors for the findings' rule ids that are not our rules (another tool's checks run beside
   * ours); by default those of the ShellCheck codes among the findings (src/shellcheck/codes.ts).
   */
  otherRules?: readonly sarif.ReportingDescriptor[]
}

// GitHub cuts descriptions longer than this.
const MAX_DESCRIPTION = 1024

export function toSarif(findings: readonly Finding[], rules: readonly Rule[], options: SarifOptions): sarif.Log {
  const described = rules.filter((rule) => !rule.deprecated)
  const others = (options.otherRules ?? shellcheckDescriptors(findings)).filter((other) => !described.some((rule) => rule.id === other.id))
  const index = new Map([...described.map((rule) => rule.id), ...others.map((other) => other.id)].map((id, i) => [id, i]))
  const hashes = findingLineHashes(findings, options.sources)
  const run: sarif.Run = {
    tool: {
      driver: {
        name: 'dockerfile-guard',
        version: options.version,
        informationUri: REPOSITORY_URL,
        rules: [...described.map(descriptor), ...others]
      }
    },
    results: findings.map((finding) => result(finding, index.get(finding.ruleId), hashes.get(finding))),
    columnKind: 'utf16CodeUnits'
  }
  // upload-sarif's convention: everything up to the last `/` is the category.
  if (options.category) run.automationDetails = { id: options.category.endsWith('/') ? options.category : `${options.category}/` }
  return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] }
}

function descriptor(rule: Rule): sarif.ReportingDescriptor {
  const properties: sarif.PropertyBag = { tags: [...rule.tags], precision: rule.precision }
  if (rule.securitySeverity !== undefined) properties['security-severity'] = rule.securitySeverity.toFixed(1)
  else properties['problem.severity'] = rule.severity === 'note' ? 'recommendation' : rule.severity
  const configuration: sarif.ReportingConfiguration = { level: rule.severity }
  if (rule.enabledByDefault === false) configuration.enabled = false
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: truncate(rule.title) },
    fullDescription: { text: truncate(rule.rationale) },
    help: { text: helpText(rule), markdown: helpMarkdown(rule) },
    helpUri: ruleDocUrl(rule.id),
    defaultConfiguration: configuration,
    properties
  }
}

function result(finding: Finding, ruleIndex: number | undefined, hash: string | undefined): sarif.Result {
  const artifactLocation = artifact(finding.path)
  const result: sarif.Result = {
    ruleId: finding.ruleId,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: finding.severity,
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation,
          region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn }
        }
      }
    ]
  }
  if (hash) result.partialFingerprints = { primaryLocationLineHash: hash }
  if (finding.fix) {
    const { line, column, endLine, endColumn, text } = finding.fix
    result.fixes = [
      {
        description: { text: 'Apply the mechanical fix.' },
        artifactChanges: [
          {
            artifactLocation,
            replacements: [{ deletedRegion: { startLine: line, startColumn: column, endLine, endColumn }, insertedContent: { text } }]
          }
        ]
      }
    ]
  }
  return result
}

/** A path relative to the repository root (`/`-separated, percent-encoded); an absolute one as a file: URI. */
export function artifact(path: string): sarif.ArtifactLocation {
  const slashed = path.replace(/\\/g, '/')
  const encode = (segments: string): string => segments.split('/').map(encodeURIComponent).join('/')
  if (slashed.startsWith('/')) return { uri: `file://${encode(slashed)}` }
  if (/^[A-Za-z]:\//.test(slashed)) return { uri: `file:///${slashed.slice(0, 2)}${encode(slashed.slice(2))}` }
  return { uri: encode(slashed.replace(/^(\.\/)+/, '')), uriBaseId: '%SRCROOT%' }
}

function truncate(text: string): string {
  return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`
}
