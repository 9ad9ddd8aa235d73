import { PRAGMA } from '../suppressions.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'no-inline-ignore',
  title: 'Findings should not be silenced with inline `ignore` comments',
  severity: 'note',
  enabledByDefault: false,
  defaults:
    'Off by default, as in hadolint: an inline ignore with a reason next to it is a fine way to record a decision. Turn it on if your team wants every exception in the configuration file.',
  tags: ['maintainability'],
  precision: 'very-high',
  // hadolint's DL1001 spec cases are all in the test file.
  equivalents: { hadolint: ['DL1001'] },
  differences:
    "Beyond `# hadolint ignore=`, this tool's own `# dockerfile-guard ignore=` comments are reported too, since they silence findings the same way. `global` ignores are left alone, as hadolint leaves them, and so is a comment between the continuation lines of an instruction, which silences nothing.",
  rationale:
    'A `# hadolint ignore=…` or `# dockerfile-guard ignore=…` comment silences findings on the next instruction, where a reviewer sees them only if they read that line. Exceptions kept in the configuration file are in one place, reviewed as such, and easy to revisit.',
  fix: 'Fix what the comment silences, or move the exception to the configuration file (`.dockerfile-guard.yml`, or `ignored:` in `.hadolint.yaml`) and remove the comment.',
  examples: {
    bad: '# hadolint ignore=DL3007\nFROM alpine:latest\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nUSER 10001\nCMD ["sh"]\n'
  },
  check: ({ comments, instructions }) => {
    // A comment between a RUN's continuation lines is only a comment: it silences nothing.
    const inInstruction = (at: number) => instructions.some((i) => i.start < at && at < i.end)
    const problems: Problem[] = []
    for (const comment of comments) {
      const pragma = PRAGMA.exec(comment.text)
      if (pragma && !pragma[2] && !inInstruction(comment.start)) {
        problems.push({ at: comment, message: `\`# ${comment.text}\` silences findings inline, where reviewers seldom see them: fix what it silences, or, if the exception is meant, turn the rule off in the configuration file (\`rules:\` in \`.dockerfile-guard.yml\`, \`ignored:\` in \`.hadolint.yaml\`) and delete the comment.` })
      }
    }
    return problems
  }
} satisfies Rule
