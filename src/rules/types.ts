// The shape of a rule. Everything a user reads about a rule (review comment, SARIF help, docs page,
// rule list) is rendered from these fields, so they are written for a beginner.
import type { Dockerfile, Span } from '../dockerfile/model.js'

export type Severity = 'error' | 'warning' | 'note'
/** The levels a rule can run at, from off to most severe: the one order presets and configurations compare by. */
export const LEVELS = ['off', 'note', 'warning', 'error'] as const
export type Level = (typeof LEVELS)[number]

/** The linters whose rules ours are mapped to. */
export const TOOLS = ['hadolint', 'trivy', 'checkov', 'buildkit', 'kics'] as const
export type Tool = (typeof TOOLS)[number]
export type References = Partial<Record<Tool, readonly string[]>>

export interface Rule {
  /** kebab-case, permanent: code scanning tracks alerts by it. */
  id: string
  /** What is wrong or wanted, in one line. */
  title: string
  severity: Severity
  /** Off unless a config or `--all-rules` turns it on (noisy or contested rules). Default true. */
  enabledByDefault?: boolean
  /** `security` for security rules, plus a topic (`supply-chain`, `secrets`, …) and CWE ids where honest. */
  tags: readonly string[]
  /** For security rules: GitHub's numeric severity (critical 9.0+, high 7.0–8.9, medium 4.0–6.9, low 0.1–3.9). */
  securitySeverity?: number
  /** How often a finding is a true positive (SARIF `precision`). */
  precision: 'very-high' | 'high' | 'medium' | 'low'
  /** Rules of other tools that catch and pass exactly the same cases. */
  equivalents?: References
  /** Rules of other tools about the same concern, with different semantics. */
  related?: References
  /**
   * How this rule differs from the `related` rules of other tools, and why (Markdown, shown on its page).
   * Written for every rule that lists a hadolint code as related rather than equivalent.
   */
  differences?: string
  /** Why the rule is on, a note, or off under the `recommended` preset (Markdown, shown on its page). */
  defaults?: string
  /** CIS Docker Benchmark controls (section 4). */
  cis?: readonly string[]
  /** Why it matters: the attack or failure it invites, in two or three sentences (Markdown). */
  rationale: string
  /** How to fix it (Markdown). */
  fix: string
  /**
   * A Dockerfile the rule flags and the same one fixed; the good one must pass every rule. `settings`:
   * the configuration both assume, for rules that only run with one (shown with the example).
   * `dockerignore`: the `.dockerignore` next to both, for rules that read the build context.
   */
  examples: { bad: string; good: string; settings?: Settings; dockerignore?: string }
  /** True when findings carry a mechanical fix. */
  fixable?: boolean
  /** A retired rule stays registered so its id is never reused; the engine skips it. */
  deprecated?: boolean
  check(dockerfile: Dockerfile, settings: Settings): Iterable<Problem>
}

export interface Problem {
  at: Span
  message: string
  /** A mechanical fix: replace the text at `at` with `text`. */
  fix?: { at: Span; text: string }
}

/** What rules read besides the Dockerfile: the configuration's policy, and what the adapters looked up before linting. */
export interface Settings extends Policy {
  /**
   * The digest each image tag has at its registry, by `RegistryImage.key` (`docker.io/library/node:22` →
   * `sha256:…`): looked up by the adapters when asked (`resolve-digests`, see src/registry/), never by the engine.
   */
  digests?: ReadonlyMap<string, string>
  /**
   * Today's date (YYYY-MM-DD), which the end-of-life rules judge base images by: set by the adapters
   * from their one clock (src/clock.ts), never read by the engine, so a lint is repeatable and tests fix
   * the date. Without it those rules judge nothing.
   */
  today?: string
}

/** Policy that some rules read, from the configuration file. */
export interface Policy {
  /** Registries images may come from (`docker.io`, `ghcr.io/acme`); empty = any. */
  trustedRegistries?: readonly string[]
  /** Labels every image must carry, with the type of their value (hadolint's `label-schema`). */
  labelSchema?: Readonly<Record<string, LabelType>>
  /** Only the labels of `labelSchema` are allowed (hadolint's `strict-labels`). */
  strictLabels?: boolean
}

/** The types of label values hadolint's `label-schema` knows. */
export const LABEL_TYPES = ['text', 'url', 'semver', 'hash', 'rfc3339', 'spdx', 'email'] as const
export type LabelType = (typeof LABEL_TYPES)[number]
