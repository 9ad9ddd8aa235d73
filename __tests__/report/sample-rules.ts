// Rules for the report tests, independent of the registry that other work keeps growing: the real
// no-root-user, plus a made-up rule that exercises what it lacks (off by default, a fix, a note).
import type { Rule } from '../../src/rules/types.js'
import noRootUser from '../../src/rules/no-root-user.js'
import parseError from '../../src/rules/parse-error.js'

export const upperCaseKeyword: Rule = {
  id: 'upper-case-keyword',
  title: 'Instructions should be written in upper case',
  severity: 'note',
  enabledByDefault: false,
  tags: ['style'],
  precision: 'very-high',
  equivalents: { buildkit: ['ConsistentInstructionCasing'] },
  rationale: 'Mixed case makes instructions harder to tell apart from their arguments.',
  fix: 'Write every keyword in upper case.',
  examples: { bad: 'from alpine:3.20\n', good: 'FROM alpine:3.20\n' },
  fixable: true,
  check: function* (dockerfile) {
    for (const instruction of dockerfile.instructions) {
      const { start, end } = instruction.keywordSpan
      const written = dockerfile.text.slice(start, end)
      if (written !== instruction.keyword) {
        yield { at: instruction.keywordSpan, message: `Write \`${written}\` as \`${instruction.keyword}\`.`, fix: { at: instruction.keywordSpan, text: instruction.keyword } }
      }
    }
  }
}

export const retired: Rule = { ...upperCaseKeyword, id: 'retired-rule', deprecated: true }

export const sampleRules: readonly Rule[] = [parseError, noRootUser, upperCaseKeyword, retired]
