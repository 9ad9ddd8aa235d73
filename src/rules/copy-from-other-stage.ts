import { copyFroms } from '../dockerfile/helpers.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'copy-from-other-stage',
  title: '`COPY --from` should not name its own stage',
  severity: 'error',
  defaults: 'An error: a stage cannot copy from itself, so the build fails.',
  tags: ['correctness'],
  precision: 'very-high',
  // hadolint's DL3023 spec cases are both in the test file, and so are the test cases of Trivy's DS006
  // and the positive and negative samples of KICS's cdddb86f.
  equivalents: { hadolint: ['DL3023'], trivy: ['DS006'], kics: ['cdddb86f'] },
  differences:
    "Beyond the cases of hadolint, Trivy and KICS, the stage's own index is caught too (`--from=1` in the second stage), and so is its name written in another case (`AS Build` with `--from=build`: Docker ignores case) or given by a known ARG value. KICS compares the name as written, so it misses `AS Build` with `--from=build`.",
  rationale:
    '`COPY --from=<stage>` copies files out of a stage that has been built. A stage cannot copy from itself, since it is not built yet: BuildKit stops with a circular dependency. It usually means a stage was renamed or a line landed in the wrong stage.',
  fix: 'Name the stage that produces the files (`COPY --from=build /out/app /app`). To copy a file around inside the same stage, use `RUN cp`.',
  examples: {
    bad: 'FROM golang:1.26 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\nFROM alpine:3.22 AS runtime\nCOPY --from=runtime /out/app /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n',
    good: 'FROM golang:1.26 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\nFROM alpine:3.22 AS runtime\nCOPY --from=build /out/app /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const { copy, flag, stage } of copyFroms(dockerfile)) {
      if (stage && stage === copy.stage) {
        problems.push({ at: flag, message: `\`--from=${flag.value}\` names the stage this COPY is in, which cannot copy from itself: name the stage that builds the files, or use \`RUN cp\` to copy within this one.` })
      }
    }
    return problems
  }
} satisfies Rule
