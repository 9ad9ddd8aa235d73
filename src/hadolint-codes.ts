// What a hadolint code (`DL3002`) means here, wherever a user writes one: in a `# hadolint ignore=`
// pragma, in `.hadolint.yaml`, and in the `hadolint` preset. One mapping, so they never disagree.
import { table } from './lookup.js'
import { HADOLINT_RULES, type HadolintSeverity } from './other-tools.js'
import { LEVELS, type Level, type Rule } from './rules/types.js'

export const isHadolintCode = (id: string): boolean => /^(DL|SC)\d+$/i.test(id)

export type { HadolintSeverity }

/**
 * hadolint's default severity of every DL rule it has (the codes and their titles are in ./other-tools.ts).
 * `ignore` rules do not run unless a configuration raises them.
 */
export const HADOLINT_SEVERITIES = table<HadolintSeverity>(
  Object.fromEntries(Object.entries(HADOLINT_RULES).map(([code, rule]) => [code, rule.severity]))
)

/** hadolint's severities as our levels: info and style are notes, `ignore` is off. */
export const HADOLINT_LEVELS = table<Level>({ error: 'error', warning: 'warning', info: 'note', style: 'note', ignore: 'off' })

/** The rules that catch the same cases as the code (equivalents) or look at the same concern (related). */
export function rulesForHadolintCode(code: string, rules: readonly Rule[]): Rule[] {
  const upper = code.toUpperCase()
  return rules.filter((rule) => rule.equivalents?.hadolint?.includes(upper) || rule.related?.hadolint?.includes(upper))
}

const higher = (a: Level, b: Level): Level => (LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b)

/**
 * The level of every rule under the `hadolint` preset: a rule that catches what a hadolint code catches
 * runs at that code's default severity; a code no rule is equivalent to is kept by the rules related to
 * it, so switching from hadolint neither floods a team with new rules nor silences one it had. Every
 * other rule is off.
 */
export function hadolintPreset(rules: readonly Rule[]): ReadonlyMap<string, Level> {
  const levels = new Map<string, Level>(rules.map((rule) => [rule.id, rule.id === 'parse-error' ? 'error' : 'off']))
  const equivalent = new Set(rules.flatMap((rule) => rule.equivalents?.hadolint ?? []))
  for (const rule of rules) {
    const codes = [...(rule.equivalents?.hadolint ?? []), ...(rule.related?.hadolint ?? []).filter((code) => !equivalent.has(code))]
    for (const code of codes) {
      const severity = HADOLINT_SEVERITIES[code]
      if (severity) levels.set(rule.id, higher(levels.get(rule.id)!, HADOLINT_LEVELS[severity]))
    }
  }
  return levels
}
