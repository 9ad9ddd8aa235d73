import { INSTRUCTIONS } from '../dockerfile/instructions.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'consistent-instruction-casing',
  title: 'Write all instructions in the same case',
  severity: 'note',
  defaults:
    'On, as a note: a file that mixes `RUN` and `run`, or writes `From`, is rare and reads as a slip; `docker build` prints the same warning and the fix is mechanical. It changes nothing in the build, so it is only a note.',
  tags: ['style'],
  precision: 'very-high',
  // BuildKit's ConsistentInstructionCasing test cases (testConsistentInstructionCasing, and testRuleCheckOption's
  // `# check=` directives, but for the two set through the BUILDKIT_DOCKERFILE_CHECK build argument) are in the
  // test file. Beyond them, ARGs before the first FROM and ONBUILD triggers are counted and checked too.
  equivalents: { buildkit: ['ConsistentInstructionCasing'] },
  differences:
    'BuildKit looks at the instructions of its stages only; this rule also counts and checks the ARGs before the first `FROM` and the instruction an `ONBUILD` holds (`ONBUILD run …` in an upper-case file).',
  rationale:
    'Docker accepts instructions in any case, but a Dockerfile that mixes `COPY` and `copy`, or writes `From`, is harder to scan and looks unfinished. Using the case most of the file uses (upper case by convention) keeps it uniform, and keeps `docker build --check` quiet.',
  fix: 'Write every instruction in the case most of the file uses: upper case (`FROM`, `RUN`, `COPY`) by convention, lower case if the whole file is written so.',
  examples: {
    bad: 'FROM alpine:3.22\nrun adduser -D -u 10001 app\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nRUN adduser -D -u 10001 app\nUSER 10001\nCMD ["sh"]\n'
  },
  fixable: true,
  check: ({ instructions, text }) => {
    // Most files write every keyword in upper case: nothing to count.
    if (instructions.every((i) => text.startsWith(i.keyword, i.keywordSpan.start))) return []
    const problems: Problem[] = []
    const keywords = instructions
      .filter((i) => INSTRUCTIONS.has(i.keyword))
      .map((i) => ({ at: i.keywordSpan, text: text.slice(i.keywordSpan.start, i.keywordSpan.end) }))
    let lower = 0
    let upper = 0
    for (const k of keywords) {
      if (k.text === k.text.toLowerCase()) lower++
      else if (k.text === k.text.toUpperCase()) upper++
    }
    // As BuildKit: upper case wins a tie.
    const majority = lower > upper ? 'lowercase' : 'uppercase'
    for (const k of keywords) {
      const wanted = majority === 'lowercase' ? k.text.toLowerCase() : k.text.toUpperCase()
      if (k.text === wanted) continue
      const mixed = k.text !== k.text.toLowerCase() && k.text !== k.text.toUpperCase()
      problems.push({
        at: k.at,
        message: `\`${k.text}\` ${mixed ? 'mixes cases and ' : ''}does not match the ${majority} used by most instructions of this file: BuildKit warns about it (ConsistentInstructionCasing). Write \`${wanted}\`.`,
        fix: { at: k.at, text: wanted }
      })
    }
    return problems
  }
} satisfies Rule
