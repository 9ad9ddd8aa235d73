import { table } from '../lookup.js'
import type { Problem, Rule } from './types.js'

/** The instructions Docker refuses as an ONBUILD trigger, and what to do instead. */
const NOT_TRIGGERS = table<string>({
  ONBUILD: 'triggers cannot be chained: give the instruction to a single `ONBUILD`',
  FROM: 'a trigger runs inside the child image\'s stage and cannot start another: remove it, and let the child\'s Dockerfile choose its base',
  MAINTAINER: 'set the author with a label instead: `LABEL org.opencontainers.image.authors="…"`'
})

export default {
  id: 'valid-onbuild-trigger',
  title: '`ONBUILD` cannot trigger `ONBUILD`, `FROM` or `MAINTAINER`',
  severity: 'error',
  defaults: 'An error: Docker refuses to build a Dockerfile with such a trigger.',
  tags: ['correctness'],
  precision: 'very-high',
  // hadolint's DL3043 spec cases are all in the test file.
  equivalents: { hadolint: ['DL3043'] },
  rationale:
    '`ONBUILD` records an instruction to run later, when another image is built `FROM` this one. Docker does not allow `ONBUILD ONBUILD`, `ONBUILD FROM` or `ONBUILD MAINTAINER`, and stops the build of this image with an error.',
  fix: 'Remove the trigger. Write the instruction in the child image\'s Dockerfile instead, or, for `MAINTAINER`, label the image: `LABEL org.opencontainers.image.authors="…"`.',
  examples: {
    bad: 'FROM node:22-alpine\nWORKDIR /app\nONBUILD FROM node:22-alpine\nONBUILD COPY . .\nUSER 10001\nCMD ["node", "server.js"]\n',
    good: 'FROM node:22-alpine\nWORKDIR /app\nONBUILD COPY . .\nUSER 10001\nCMD ["node", "server.js"]\n'
  },
  check: ({ instructions }) => {
    const problems: Problem[] = []
    for (const trigger of instructions) {
      const instead = trigger.onbuild && NOT_TRIGGERS[trigger.keyword]
      if (instead) problems.push({ at: trigger.keywordSpan, message: `\`ONBUILD ${trigger.keyword}\` is not allowed, and Docker stops the build: ${instead}.` })
    }
    return problems
  }
} satisfies Rule
