import { table } from '../lookup.js'
import type { Problem, Rule } from './types.js'

/** Stage names BuildKit reserves, and what they already mean. */
const RESERVED = table<string>({
  scratch: 'is the empty base image, so `FROM scratch` and `COPY --from=scratch` become ambiguous',
  context: 'is reserved for build contexts'
})

export default {
  id: 'no-reserved-stage-name',
  title: 'Stages should not be named `scratch` or `context`',
  severity: 'warning',
  defaults: 'A warning: the name makes the stage ambiguous to the builder and to readers, and renaming it costs nothing.',
  tags: ['correctness'],
  precision: 'very-high',
  // hadolint's DL3063 spec cases and BuildKit's ReservedStageName test cases are all in the test file.
  equivalents: { hadolint: ['DL3063'], buildkit: ['ReservedStageName'] },
  differences:
    "Stage names are compared without regard to case, as Docker compares them, so `AS Scratch` is reported too. BuildKit's ReservedStageName lowercases stage names too and reserves the same two names.",
  rationale:
    'BuildKit reserves the names `scratch` (the empty base image) and `context` (build contexts). A stage named after one of them makes every later `FROM scratch` or `COPY --from=` that uses the name ambiguous: the build may take the reserved meaning instead of the stage, or the other way round.',
  fix: 'Rename the stage to say what it does (`AS build`, `AS base`), and update the `FROM` and `COPY --from=` lines that refer to it.',
  examples: {
    bad: 'FROM alpine:3.22 AS scratch\nRUN echo hello > /hello.txt\n\nFROM alpine:3.22\nCOPY --from=scratch /hello.txt /\nUSER 10001\nCMD ["cat", "/hello.txt"]\n',
    good: 'FROM alpine:3.22 AS build\nRUN echo hello > /hello.txt\n\nFROM alpine:3.22\nCOPY --from=build /hello.txt /\nUSER 10001\nCMD ["cat", "/hello.txt"]\n'
  },
  check: ({ stages }) => {
    const problems: Problem[] = []
    for (const { from, name } of stages) {
      const meaning = name && RESERVED[name]
      const written = from.args[2]
      if (meaning && written) {
        problems.push({ at: written, message: `The stage name \`${written.value}\` ${meaning}: give the stage another name, such as \`build\`.` })
      }
    }
    return problems
  }
} satisfies Rule
