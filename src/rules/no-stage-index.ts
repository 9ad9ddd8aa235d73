import { copyFroms, lineOf } from '../dockerfile/helpers.js'
import type { Dockerfile, Flag, Stage } from '../dockerfile/model.js'
import type { Problem, Rule } from './types.js'

const INDEX = /^\d+$/
/** The `from=…` option inside a `--mount` flag as written. */
const MOUNT_FROM = /(?<=[=,])from=[^,\s]*/

export default {
  id: 'no-stage-index',
  title: 'Refer to a build stage by its name, not by its index',
  severity: 'note',
  defaults:
    'A note: `COPY --from=0` works, but copies from another stage, without any error, once a stage is added or moved above the one it means; naming the stage costs one word.',
  tags: ['maintainability'],
  precision: 'very-high',
  fixable: true,
  // KICS's 68a51e22 test cases (it has positive ones only, in upper and lower case) are in the test file.
  equivalents: { kics: ['68a51e22'] },
  differences:
    "Beyond KICS's cases, an index that comes from a known ARG value (`--from=$STAGE`) is reported too, and so is `from=<index>` in a `RUN --mount`, where BuildKit takes no index at all. An index past the last stage is left to copy-from-known-stage, and one in an `ONBUILD` trigger (a stage of the build that uses the image) is not judged.",
  rationale:
    'Stages are numbered in the order they appear, so `COPY --from=0` means "whatever stage is first". When a stage is later added or moved above it, the COPY quietly takes its files from another stage, and the build either fails far from the cause or, worse, succeeds with the wrong files. A name (`FROM golang:1.26 AS build`, `COPY --from=build`) keeps pointing at the same stage and tells the reader what it holds.',
  fix: 'Name the stage with `AS` and use the name: `FROM golang:1.26 AS build` … `COPY --from=build /out/app /usr/local/bin/`. The same goes for `RUN --mount=type=bind,from=build,…`.',
  examples: {
    bad: 'FROM golang:1.26 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\nFROM alpine:3.22\nCOPY --from=0 /out/app /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n',
    good: 'FROM golang:1.26 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\nFROM alpine:3.22\nCOPY --from=build /out/app /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const { flag, value, stage } of copyFroms(dockerfile)) {
      if (stage && value && INDEX.test(value)) problems.push(copyFromIndex(dockerfile, flag, stage))
    }
    for (const run of dockerfile.instructions) {
      if (run.keyword !== 'RUN' || run.onbuild) continue
      for (const flag of run.flags) {
        const from = flag.name === 'mount' ? flag.options.from : undefined
        const value = from === undefined ? undefined : run.resolve(from)
        if (value !== undefined && INDEX.test(value)) problems.push(mountFromIndex(dockerfile, flag, value))
      }
    }
    return problems
  }
} satisfies Rule

function copyFromIndex(dockerfile: Dockerfile, flag: Flag, stage: Stage): Problem {
  const written = flag.value ?? ''
  const where = `\`FROM ${stage.image.raw}${stage.name ? ` AS ${stage.name}` : ''}\` on line ${lineOf(dockerfile, stage.from.start)}`
  if (!stage.name) {
    return {
      at: flag,
      message: `\`--from=${written}\` picks stage ${stage.index} (${where}) by its position: once a stage is added or moved above it, this COPY silently copies from another one. Name the stage (\`FROM ${stage.image.raw} AS build\`) and write \`--from=build\`.`
    }
  }
  const valueAt = { start: flag.end - written.length, end: flag.end }
  const fixable = INDEX.test(written) && dockerfile.text.slice(valueAt.start, valueAt.end) === written && dockerfile.stages.filter((s) => s.name === stage.name).length === 1
  return {
    at: flag,
    message: `\`--from=${written}\` picks the stage \`${stage.name}\` (${where}) by its position: write \`--from=${stage.name}\`, so the COPY keeps taking its files from that stage when another one is added or moved above it.`,
    ...(fixable && { fix: { at: valueAt, text: stage.name } })
  }
}

function mountFromIndex(dockerfile: Dockerfile, flag: Flag, value: string): Problem {
  const written = MOUNT_FROM.exec(dockerfile.text.slice(flag.start, flag.end))
  const name = dockerfile.stages[Number(value)]?.name
  const fix = name ? `To mount stage ${value}, write \`from=${name}\`.` : 'Name the stage (`FROM … AS build`) and write `from=build`.'
  return {
    at: written ? { start: flag.start + written.index, end: flag.start + written.index + written[0].length } : flag,
    message: `\`from=${value}\` in \`--mount\` is not a stage index: BuildKit looks for a stage named \`${value}\` and, as there is none, pulls an image called \`${value}\`, which fails. ${fix}`
  }
}
