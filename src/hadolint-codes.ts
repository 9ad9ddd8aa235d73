// What a hadolint code (`DL3002`) means here, wherever a user writes one: in a `# hadolint ignore=`
// pragma, in `.hadolint.yaml`, and in the `hadolint` preset. One mapping, so they never disagree.
import { table } from './lookup.js'
import type { Level, Rule } from './rules/types.js'

export const isHadolintCode = (id: string): boolean => /^(DL|SC)\d+$/i.test(id)

export type HadolintSeverity = 'error' | 'warning' | 'info' | 'style' | 'ignore'

/**
 * hadolint's default severity of every DL rule it has (v2.15: 71 codes; DL3005, DL3017, DL3031, DL3039
 * and DL4002 were retired). `ignore` rules do not run unless a configuration raises them.
 */
export const HADOLINT_SEVERITIES = table<HadolintSeverity>({
  DL1001: 'ignore',
  DL3000: 'error', DL3001: 'info', DL3002: 'warning', DL3003: 'warning', DL3004: 'error', DL3006: 'warning',
  DL3007: 'warning', DL3008: 'warning', DL3009: 'info', DL3010: 'info', DL3011: 'error', DL3012: 'error',
  DL3013: 'warning', DL3014: 'warning', DL3015: 'info', DL3016: 'warning', DL3018: 'warning', DL3019: 'info',
  DL3020: 'error', DL3021: 'error', DL3022: 'warning', DL3023: 'error', DL3024: 'error', DL3025: 'warning',
  DL3026: 'error', DL3027: 'warning', DL3028: 'warning', DL3029: 'warning', DL3030: 'warning', DL3032: 'warning',
  DL3033: 'warning', DL3034: 'warning', DL3035: 'warning', DL3036: 'warning', DL3037: 'warning', DL3038: 'warning',
  DL3040: 'warning', DL3041: 'warning', DL3042: 'warning', DL3043: 'error', DL3044: 'error', DL3045: 'warning',
  DL3046: 'warning', DL3047: 'info', DL3048: 'style', DL3049: 'info', DL3050: 'info', DL3051: 'warning',
  DL3052: 'warning', DL3053: 'warning', DL3054: 'warning', DL3055: 'warning', DL3056: 'warning', DL3057: 'ignore',
  DL3058: 'warning', DL3059: 'info', DL3060: 'info', DL3061: 'error', DL3062: 'warning', DL3063: 'warning',
  DL3064: 'warning', DL3065: 'warning', DL3066: 'info', DL3067: 'warning',
  DL4000: 'error', DL4001: 'warning', DL4003: 'warning', DL4004: 'error', DL4005: 'warning', DL4006: 'warning'
})

/** Why a hadolint code has no rule here that catches the same cases or the same concern. */
export const HADOLINT_NOT_COVERED = table<string>({})

/** hadolint's severities as our levels: info and style are notes, `ignore` is off. */
export const HADOLINT_LEVELS = table<Level>({ error: 'error', warning: 'warning', info: 'note', style: 'note', ignore: 'off' })

/** The rules that catch the same cases as the code (equivalents) or look at the same concern (related). */
export function rulesForHadolintCode(code: string, rules: readonly Rule[]): Rule[] {
  const upper = code.toUpperCase()
  return rules.filter((rule) => rule.equivalents?.hadolint?.includes(upper) || rule.related?.hadolint?.includes(upper))
}

const RANK: readonly Level[] = ['off', 'note', 'warning', 'error']
const higher = (a: Level, b: Level): Level => (RANK.indexOf(a) >= RANK.indexOf(b) ? a : b)

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
