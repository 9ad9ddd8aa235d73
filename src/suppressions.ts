// Inline suppressions: `# dockerfile-guard ignore=rule-id[,…]` on the line(s) before an instruction,
// `# dockerfile-guard global ignore=…` anywhere, and hadolint's `# hadolint ignore=DL3008` pragmas,
// whose codes map to our rules through their hadolint equivalents and related rules.
import type { Dockerfile } from './dockerfile/model.js'
import { positionOf } from './dockerfile/positions.js'
import { isHadolintCode, rulesForHadolintCode } from './hadolint-codes.js'
import type { Rule } from './rules/types.js'

/** A comment's text that suppresses findings: 1 the tool, 2 `global ` or nothing, 3 the ids. */
export const PRAGMA = /^(dockerfile-guard|hadolint)\s+(global\s+)?ignore\s*=\s*(.+)$/i

export interface Suppressions {
  /** True when a finding of `ruleId` on 1-based `line` is suppressed. */
  covers(ruleId: string, line: number): boolean
}

export function suppressions(dockerfile: Dockerfile, rules: readonly Rule[]): Suppressions {
  const global = new Set<string>()
  const local: { ids: Set<string>; from: number; to: number }[] = []
  const commentLines = new Set(dockerfile.comments.map((c) => c.line))
  for (const comment of dockerfile.comments) {
    const match = PRAGMA.exec(comment.text)
    if (!match) continue
    const ids = new Set(match[3].split(/[\s,]+/).filter(Boolean).flatMap((id) => ruleIdsFor(id, rules)))
    if (match[2]) {
      ids.forEach((id) => global.add(id))
      continue
    }
    let next = comment.line + 1
    while (commentLines.has(next)) next++
    const target = dockerfile.instructions.find((i) => !i.onbuild && positionOf(dockerfile.lineStarts, i.start).line === next)
    if (target) local.push({ ids, from: next, to: positionOf(dockerfile.lineStarts, target.end).line })
  }
  return {
    covers: (ruleId, line) => global.has(ruleId) || local.some((s) => s.ids.has(ruleId) && line >= s.from && line <= s.to)
  }
}

/** Our rule ids for an id in a pragma: itself, or the rules that name a hadolint code. */
function ruleIdsFor(id: string, rules: readonly Rule[]): string[] {
  return isHadolintCode(id) ? rulesForHadolintCode(id, rules).map((r) => r.id) : [id]
}
