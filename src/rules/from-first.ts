import type { Problem, Rule } from './types.js'

export default {
  id: 'from-first',
  title: 'Only `ARG` may come before the first `FROM`',
  severity: 'error',
  defaults: 'An error: Docker refuses to build a Dockerfile that does anything but declare build args before its first `FROM`.',
  tags: ['correctness'],
  precision: 'very-high',
  // hadolint's DL3061 spec cases are all in the test file (its ONBUILD variants wrap RUN instructions
  // only, so they are the same files).
  equivalents: { hadolint: ['DL3061'] },
  differences:
    'A file with no `FROM` at all is reported once, at its first instruction other than `ARG`, and an `ONBUILD` before the first `FROM` once, not again for its trigger.',
  rationale:
    'A Dockerfile starts its first build stage with `FROM`; before it there is no image for an instruction to change. Only `ARG` may come first (to parametrize the `FROM` lines), with comments and parser directives, and Docker stops with an error at anything else.',
  fix: 'Move the instruction after the `FROM` of the stage it belongs to. A `LABEL` or `ENV` meant for every stage has to be repeated in each stage (or set once in a base stage the others are built `FROM`).',
  examples: {
    bad: 'LABEL org.opencontainers.image.source="https://github.com/acme/app"\nFROM alpine:3.22\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nLABEL org.opencontainers.image.source="https://github.com/acme/app"\nUSER 10001\nCMD ["sh"]\n'
  },
  check: ({ instructions, stages }) => {
    const problems: Problem[] = []
    for (const instruction of instructions) {
      if (instruction.stage) return problems
      if (instruction.keyword === 'ARG' || instruction.onbuild) continue
      const keyword = instruction.keyword
      if (stages.length === 0) {
        problems.push({ at: instruction.keywordSpan, message: `This Dockerfile has no \`FROM\`, so \`${keyword}\` has no image to build on: start it with \`FROM <image>\`.` })
        return problems
      }
      problems.push({ at: instruction.keywordSpan, message: `\`${keyword}\` comes before the first \`FROM\`, where only \`ARG\` is allowed: move it into the stage it belongs to.` })
    }
    return problems
  }
} satisfies Rule
