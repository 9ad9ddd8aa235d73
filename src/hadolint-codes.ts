// What a hadolint code (`DL3002`) means here, wherever a user writes one: in a `# hadolint ignore=`
// pragma and in `.hadolint.yaml`. One mapping, so the two never disagree.
import type { Rule } from './rules/types.js'

export const isHadolintCode = (id: string): boolean => /^(DL|SC)\d+$/i.test(id)

/** The rules that catch the same cases as the code (equivalents) or look at the same concern (related). */
export function rulesForHadolintCode(code: string, rules: readonly Rule[]): Rule[] {
  const upper = code.toUpperCase()
  return rules.filter((rule) => rule.equivalents?.hadolint?.includes(upper) || rule.related?.hadolint?.includes(upper))
}
