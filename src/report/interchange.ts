// What the reports for other tools (Checkstyle, GitLab Code Quality, Code Climate, JUnit, GNU,
// SonarQube) share: the one context they are rendered from, and how our rules and severities map
// onto those tools' vocabularies. A rule's concerns come from its tags, once, here; each format
// then names them in its own words (Code Climate categories, Sonar software qualities), so two
// reports never disagree about what a rule is about or how bad a finding is.
import type { Finding } from '../lint.js'
import type { Rule, Severity } from '../rules/types.js'
import { groupFindings, SEVERITIES } from './counts.js'
import { securityBand } from './rule-text.js'

/** Everything a report for another tool may need besides the findings; each format reads what it has room for. */
export interface ReportContext {
  /** Rule metadata, for titles, help, categories and severities. A finding of a rule not listed is reported by its id alone. */
  rules?: readonly Rule[]
  /** The ids of the rules that ran (JUnit: one test case per rule and file, passing when it found nothing). */
  ranRules?: readonly string[]
  /** Every linted file, also those without findings (Checkstyle and JUnit list them as clean). */
  files?: readonly string[]
  /** File text by finding path, exactly as on disk, so fingerprints survive lines inserted above a finding. */
  sources?: ReadonlyMap<string, string>
}

/** What a rule is about, in the terms the other tools' vocabularies are built from. */
export type Concern = 'security' | 'reliability' | 'performance' | 'clarity' | 'style' | 'compatibility'

// Our topic tags (rules/types.ts) by concern. Tags that only refine `security` (supply-chain,
// secrets, CWE ids …) are not listed: the `security` tag beside them says it all.
const CONCERN_OF_TAG: Readonly<Record<string, Concern>> = {
  security: 'security',
  correctness: 'reliability',
  reliability: 'reliability',
  reproducibility: 'reliability',
  availability: 'reliability',
  'image-size': 'performance',
  maintainability: 'clarity',
  metadata: 'clarity',
  'least-surprise': 'clarity',
  style: 'style',
  portability: 'compatibility'
}

/**
 * The concerns of a rule, security first, then in the order of its tags. A rule without a mapped
 * tag, or a finding of a rule we have no metadata for, counts as a reliability problem: something
 * is wrong with the file, and that is the safe reading.
 */
export function concernsOf(rule: Rule | undefined): Concern[] {
  const concerns = new Set<Concern>()
  for (const tag of rule?.tags ?? []) {
    const concern = CONCERN_OF_TAG[tag]
    if (concern) concerns.add(concern)
  }
  if (concerns.size === 0) concerns.add('reliability')
  return [...concerns].sort((a, b) => Number(b === 'security') - Number(a === 'security'))
}

/** Code Climate's categories (spec/analyzers/SPEC.md, "Categories"). */
export type CodeClimateCategory = 'Bug Risk' | 'Clarity' | 'Compatibility' | 'Complexity' | 'Duplication' | 'Performance' | 'Security' | 'Style'

const CODE_CLIMATE_CATEGORY: Record<Concern, CodeClimateCategory> = {
  security: 'Security',
  reliability: 'Bug Risk',
  performance: 'Performance',
  clarity: 'Clarity',
  style: 'Style',
  compatibility: 'Compatibility'
}

export function codeClimateCategories(rule: Rule | undefined): CodeClimateCategory[] {
  return concernsOf(rule).map((concern) => CODE_CLIMATE_CATEGORY[concern])
}

/** The impact scale Code Climate and GitLab Code Quality share. */
export type CodeClimateSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker'

/**
 * A finding's severity on Code Climate's five-step scale: notes are `info`, warnings `minor`,
 * errors `major`. A security rule whose security severity is high (7.0+) goes one step up, and an
 * error of a critical one (9.0+, e.g. a hard-coded secret) is a `blocker`.
 */
export function codeClimateSeverity(severity: Severity, rule: Rule | undefined): CodeClimateSeverity {
  if (severity === 'note') return 'info'
  const band = rule?.securitySeverity === undefined ? undefined : securityBand(rule.securitySeverity)
  const serious = band === 'high' || band === 'critical'
  if (severity === 'warning') return serious ? 'major' : 'minor'
  return band === 'critical' ? 'blocker' : serious ? 'critical' : 'major'
}

/** Checkstyle's severities (Checkstyle's SeverityLevel, as warnings-ng and reviewdog read them). */
export type CheckstyleSeverity = 'error' | 'warning' | 'info'

export function checkstyleSeverity(severity: Severity): CheckstyleSeverity {
  return severity === 'note' ? 'info' : severity
}

/** SonarQube's software qualities (the generic issue format since 10.3). */
export type SonarQuality = 'SECURITY' | 'RELIABILITY' | 'MAINTAINABILITY'
export type SonarImpactSeverity = 'HIGH' | 'MEDIUM' | 'LOW'
/** SonarQube's clean-code attributes (the generic issue format since 10.3). */
export type SonarCleanCodeAttribute =
  | 'CONVENTIONAL' | 'FORMATTED' | 'IDENTIFIABLE' | 'CLEAR' | 'COMPLETE' | 'EFFICIENT' | 'LOGICAL'
  | 'DISTINCT' | 'FOCUSED' | 'MODULAR' | 'TESTED' | 'LAWFUL' | 'RESPECTFUL' | 'TRUSTWORTHY'

const SONAR_QUALITY: Record<Concern, SonarQuality> = {
  security: 'SECURITY',
  reliability: 'RELIABILITY',
  compatibility: 'RELIABILITY',
  performance: 'MAINTAINABILITY',
  clarity: 'MAINTAINABILITY',
  style: 'MAINTAINABILITY'
}

const SONAR_ATTRIBUTE: Record<Concern, SonarCleanCodeAttribute> = {
  security: 'TRUSTWORTHY',
  reliability: 'LOGICAL',
  compatibility: 'CONVENTIONAL',
  performance: 'EFFICIENT',
  clarity: 'CLEAR',
  style: 'CONVENTIONAL'
}

/** The software qualities a rule affects, most important first: security rules SECURITY, correctness RELIABILITY, the rest MAINTAINABILITY. */
export function sonarQualities(rule: Rule | undefined): SonarQuality[] {
  return [...new Set(concernsOf(rule).map((concern) => SONAR_QUALITY[concern]))]
}

/** The clean-code attribute of a rule's first concern. */
export function sonarCleanCodeAttribute(rule: Rule | undefined): SonarCleanCodeAttribute {
  return SONAR_ATTRIBUTE[concernsOf(rule)[0]]
}

const SONAR_SEVERITY: Record<Severity, SonarImpactSeverity> = { error: 'HIGH', warning: 'MEDIUM', note: 'LOW' }

export function sonarSeverity(severity: Severity): SonarImpactSeverity {
  return SONAR_SEVERITY[severity]
}

/** The most severe of some severities (a rule's level across its findings, where a format has one per rule). */
export function mostSevere(severities: Iterable<Severity>): Severity {
  let worst = SEVERITIES.length - 1
  for (const severity of severities) worst = Math.min(worst, SEVERITIES.indexOf(severity))
  return SEVERITIES[worst]
}

/** The findings of each rule, rules in the order they first appear. */
export function byRule(findings: readonly Finding[]): Map<string, Finding[]> {
  return groupFindings(findings, 'ruleId')
}

/** Rule metadata by rule id. */
export function rulesById(rules: readonly Rule[] | undefined): ReadonlyMap<string, Rule> {
  return new Map((rules ?? []).map((rule) => [rule.id, rule]))
}

/**
 * A path as the JSON formats want it: relative to the repository root, `/`-separated, without a
 * leading `./` (GitLab: "do not prefix with ./"). A Windows path keeps its drive letter.
 */
export function reportPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '')
}

// Line breaks and the other C0 controls, DEL, and the bidirectional overrides that can make a
// line read differently from what it is.
const UNPRINTABLE = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g

/**
 * Text on one line, for the formats that are read line by line or ask for a single-line
 * description: control characters shown as their symbols (a newline as ␊), nothing dropped.
 */
export function oneLine(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0)
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd'
  })
}
