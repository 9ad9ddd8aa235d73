import { copyFroms, lineOf } from '../dockerfile/helpers.js'
import type { Stage } from '../dockerfile/model.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'copy-from-known-stage',
  title: '`COPY --from` should name a stage defined above it, or a tagged image',
  severity: 'warning',
  defaults:
    'A warning: a name that is no stage is usually a typo or an untagged image, but it may also be a build context passed on the command line, which this rule cannot see.',
  tags: ['correctness'],
  precision: 'high',
  // hadolint's DL3022 spec cases are all in the test file.
  equivalents: { hadolint: ['DL3022'] },
  differences:
    "Beyond hadolint's cases, stage names are compared without regard to case, as Docker compares them, and `--from=name/path` is taken for an image, like `name:tag` (neither can name a stage). A `--from` value that comes from an ARG is expanded when the value is known and not judged when it is not. A `--from` that names its own stage is left to copy-from-other-stage.",
  rationale:
    '`COPY --from=build` copies from the stage named `build` only when there is one. When there is not (a typo, a renamed stage) Docker quietly takes `build` for an image on Docker Hub and pulls `build:latest`, or fails. A stage defined below its use works with BuildKit only, and makes the build order hard to follow.',
  fix: 'Name a stage defined above the COPY (`FROM golang:1.26 AS build` … `COPY --from=build /out/app /app`), moving that stage up if needed. To copy from an image, give its tag: `COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/`.',
  examples: {
    bad: 'FROM golang:1.26 AS builder\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\nFROM alpine:3.22\nCOPY --from=build /out/app /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n',
    good: 'FROM golang:1.26 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\nFROM alpine:3.22\nCOPY --from=build /out/app /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const { copy, flag, value, stage } of copyFroms(dockerfile)) {
      if (!value) continue
      const own = copy.stage?.index ?? -1
      const from = `\`--from=${flag.value}\``
      if (stage) {
        if (stage.index > own) {
          problems.push({ at: flag, message: `${from} names a stage defined only later, on line ${lineOf(dockerfile, stage.from.start)}: move that stage above this one, so the build reads in order and works with every builder.` })
        }
      } else if (/^\d+$/.test(value)) {
        problems.push({ at: flag, message: `${from} names stage ${value} (counting from 0), and there is no such stage: name the stage you mean (\`FROM … AS build\`) and write \`--from=build\`.` })
      } else if (!/[:/@]/.test(value)) {
        problems.push({ at: flag, message: `${from} names no stage of this Dockerfile${earlier(dockerfile.stages, own)}, so Docker pulls the image \`${value}:latest\` (unless the build is given a context of that name with \`--build-context\`). If you meant a stage, fix the name; if you meant an image, give its version tag (\`${value}:<version>\`).` })
      }
    }
    return problems
  }
} satisfies Rule

/** " (stages above: `build`, `test`)", to help spot a typo. */
function earlier(stages: readonly Stage[], own: number): string {
  const names = stages.slice(0, Math.max(own, 0)).flatMap((s) => (s.name ? [`\`${s.name}\``] : []))
  return names.length ? ` (stages above: ${names.join(', ')})` : ''
}
