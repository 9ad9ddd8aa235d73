import { closest } from '../closest.js'
import { customFrontend, lineOf } from '../dockerfile/helpers.js'
import { INSTRUCTIONS } from '../dockerfile/instructions.js'
import type { Dockerfile, Instruction } from '../dockerfile/model.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'unknown-instruction',
  title: 'Every instruction should be one Docker knows',
  severity: 'error',
  defaults: 'An error: BuildKit rejects the whole file, so nothing is built.',
  tags: ['correctness'],
  precision: 'very-high',
  // No other tool's rule: BuildKit fails the parse (its parse_test.go case is in the test file), and
  // hadolint, Trivy, Checkov and KICS cannot parse the file. Beyond BuildKit: ONBUILD triggers, which
  // only the builds FROM this image reject.
  rationale:
    'Each line of a Dockerfile that is not a comment or the continuation of the line above starts with an instruction, such as `RUN` or `COPY`. BuildKit stops at any other word with `unknown instruction`, and nothing is built. The usual causes are a typo (`RUNN`, `COPPY`) and a line of a long `RUN` whose line above lost its trailing `\\`.',
  fix: 'Correct the typo. If the line belongs to the instruction above, end the line above with `\\` (with `` ` `` in a file that starts with `` # escape=` ``).',
  examples: {
    bad: 'FROM alpine:3.22\nCOPPY app /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n',
    good: 'FROM alpine:3.22\nCOPY app /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const instruction of dockerfile.instructions) {
      if (INSTRUCTIONS.has(instruction.keyword)) continue
      // A frontend of its own may have instructions of its own.
      if (customFrontend(dockerfile)) return problems
      problems.push({ at: instruction.keywordSpan, message: message(dockerfile, instruction) })
    }
    return problems
  }
} satisfies Rule

function message(dockerfile: Dockerfile, instruction: Instruction): string {
  const { keywordSpan, onbuild } = instruction
  const word = dockerfile.text.slice(keywordSpan.start, keywordSpan.end)
  const error = `"unknown instruction: ${word}"`
  const what = onbuild
    ? `\`ONBUILD ${word}\`: \`${word}\` is not an instruction. This image builds, but every image built \`FROM\` it fails (${error}).`
    : `\`${word}\` is not an instruction, so BuildKit rejects the file (${error}).`
  // Like BuildKit's own suggestion, but one edit only for short words: `cp` is no typo of `CMD`.
  const near = closest(word, INSTRUCTIONS, word.length < 6 ? 1 : 2)
  if (near) return `${what} Did you mean \`${word === word.toLowerCase() ? near.toLowerCase() : near}\`?`
  if (!onbuild && continuesAbove(dockerfile, instruction)) {
    const escape = dockerfile.escape === '`' ? '`` ` ``' : `\`${dockerfile.escape}\``
    return `${what} If the line continues the instruction above, end that line with ${escape}.`
  }
  return `${what} Start the line with an instruction (\`RUN\`, \`COPY\`, …), or make it a comment with \`#\`.`
}

/** True when the line right above ends another instruction: the line may have lost its continuation. */
function continuesAbove(dockerfile: Dockerfile, instruction: Instruction): boolean {
  const index = dockerfile.instructions.indexOf(instruction)
  const above = dockerfile.instructions[index - 1]
  return above !== undefined && lineOf(dockerfile, above.end) === lineOf(dockerfile, instruction.start) - 1
}
