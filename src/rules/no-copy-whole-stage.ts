import { copyDestination, copySources, instructionsOf } from '../dockerfile/helpers.js'
import type { Instruction } from '../dockerfile/model.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'no-copy-whole-stage',
  title: '`COPY --from` should copy what is needed, not a whole filesystem over `/`',
  severity: 'warning',
  defaults: 'A warning: overlaying two operating systems breaks the image in ways that show up late, and copying the needed paths is easy.',
  tags: ['correctness'],
  precision: 'very-high',
  // hadolint's DL3067 spec cases are all in the test file.
  equivalents: { hadolint: ['DL3067'] },
  differences:
    "Beyond hadolint's cases, known ARG and ENV values are expanded and JSON-form `COPY`s are checked. A stage built `FROM scratch` passes: there is nothing in it to overwrite, and copying a whole stage into one is the usual way to flatten an image.",
  rationale:
    "`COPY --from=build / /` lays another stage's whole filesystem over this one: its `/etc/passwd`, package database, libraries and shell replace this stage's own, so what is installed no longer matches what the package manager knows, and the image carries both bases' files.",
  fix: 'Copy only what the stage produced: `COPY --from=build /out/app /usr/local/bin/app`. If you need the other stage as it is, build on it instead: `FROM build`.',
  examples: {
    bad: 'FROM debian:bookworm-slim AS build\nRUN mkdir -p /out && echo hello > /out/hello.txt\n\nFROM alpine:3.22\nCOPY --from=build / /\nUSER 10001\nCMD ["cat", "/out/hello.txt"]\n',
    good: 'FROM debian:bookworm-slim AS build\nRUN mkdir -p /out && echo hello > /out/hello.txt\n\nFROM alpine:3.22\nCOPY --from=build /out /out\nUSER 10001\nCMD ["cat", "/out/hello.txt"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const copy of instructionsOf(dockerfile, 'COPY')) {
      const from = copy.flags.find((f) => f.name === 'from')
      if (!from?.value || copy.stage?.image.scratch || !isRoot(copy, copyDestination(copy))) continue
      if (copySources(copy).some((source) => isRoot(copy, source))) {
        problems.push({ at: copy, message: `\`COPY --from=${from.value} / /\` copies the whole filesystem of \`${from.value}\` over this stage's own: copy only the paths you need (\`COPY --from=${from.value} /app /app\`), or build this stage \`FROM ${from.value}\`.` })
      }
    }
    return problems
  }
} satisfies Rule

function isRoot(copy: Instruction, arg: { value: string } | undefined): boolean {
  return arg !== undefined && copy.resolve(arg.value) === '/'
}
