// The coverage tables of the docs index (docs/rules/README.md) are complete and honest: every rule id
// of the other tools that our rules name is listed in src/other-tools.ts (so a typo in a rule's
// metadata fails here), and every id listed there is either claimed by a rule or says why it is not.
import { describe, expect, it } from '@jest/globals'
import { HADOLINT_SEVERITIES } from '../src/hadolint-codes.js'
import { HADOLINT_RULES, OTHER_TOOL_RULES, claimsOf } from '../src/other-tools.js'
import { rules } from '../src/rules/index.js'
import { TOOLS } from '../src/rules/types.js'

describe.each(TOOLS)('coverage of %s', (tool) => {
  const listed = OTHER_TOOL_RULES[tool]
  const ids = Object.keys(listed)

  it('lists every id a registered rule claims', () => {
    const claimed = rules.flatMap((rule) => [...(rule.equivalents?.[tool] ?? []), ...(rule.related?.[tool] ?? [])].map((id) => `${rule.id}: ${id}`))
    expect(claimed.filter((claim) => !(claim.split(': ')[1] in listed))).toEqual([])
  })

  it('gives every id a rule or a reason, never both', () => {
    const covered = (id: string) => {
      const { equivalents, related } = claimsOf(tool, id, rules)
      return equivalents.length + related.length > 0
    }
    expect(ids.filter((id) => !covered(id) && !listed[id].notCovered?.trim())).toEqual([])
    expect(ids.filter((id) => covered(id) && listed[id].notCovered !== undefined)).toEqual([])
  })

  it('has a title for every id', () => {
    expect(ids.filter((id) => !listed[id].title.trim())).toEqual([])
  })
})

describe('hadolint codes', () => {
  it('are listed once: the preset severities come from the coverage data', () => {
    expect(Object.keys(HADOLINT_SEVERITIES)).toEqual(Object.keys(HADOLINT_RULES))
    expect(Object.keys(HADOLINT_RULES)).toHaveLength(71)
  })
})

describe('the other tools', () => {
  it('have as many ids as they publish', () => {
    // Trivy DS001–DS032 without DS003, DS018 and DS028; Checkov 11 + 18; BuildKit's 22 checks; KICS's 48 Dockerfile queries and the common secrets query
    expect(Object.keys(OTHER_TOOL_RULES.trivy)).toHaveLength(29)
    expect(Object.keys(OTHER_TOOL_RULES.checkov)).toHaveLength(29)
    expect(Object.keys(OTHER_TOOL_RULES.buildkit)).toHaveLength(22)
    expect(Object.keys(OTHER_TOOL_RULES.kics)).toHaveLength(49)
  })
})
