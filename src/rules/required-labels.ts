import type { Dockerfile, Stage } from '../dockerfile/model.js'
import { labels, schemaOf } from './data/labels.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'required-labels',
  title: 'Images should carry every label of `label-schema`',
  severity: 'warning',
  defaults: 'On, as a warning: it only runs once a team has written a `label-schema`, which is the policy it enforces.',
  tags: ['metadata'],
  precision: 'very-high',
  // hadolint's DL3049 spec cases are all in the test file (its ONBUILD variants are the same files, as
  // hadolint wraps only RUN in ONBUILD). One differs on purpose: a stage that only serves as the base
  // of another stage is not checked (see `differences`). Beyond them: labels inherited from any stage
  // up the `FROM` chain count, stages used by `RUN --mount=from=` or `COPY --from=<index>` are not
  // checked either, a label whose key is unknown may be any label, and each stage gets one finding
  // naming all its missing labels.
  related: { hadolint: ['DL3049'] },
  differences:
    'hadolint checks every stage except those only used by `COPY --from`, so a stage that is only the base of the next one (`FROM node:22 AS base` … `FROM base`) must carry the labels too, although it is never shipped. This rule checks the images a build can ship: the final stage, and any stage no other stage uses (it may be built with `--target`). hadolint also reports each missing label separately; this rule reports each stage once, naming all its missing labels.',
  rationale:
    'Labels are how registries, scanners and the people who find an image later learn what it is: its source repository, version, revision, license and owner. A team that writes a `label-schema` has decided which of them every image must carry, so an image without one is harder to trace back to its code and its owners when a vulnerability is announced.',
  fix: 'Add the missing labels to the stage, e.g. `LABEL org.opencontainers.image.source="https://github.com/acme/app"`. Values known only at build time come from build arguments: `ARG VERSION` then `LABEL org.opencontainers.image.version=$VERSION`. A label set in a stage is inherited by the stages built `FROM` it.',
  examples: {
    bad: 'FROM alpine:3.22\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nLABEL org.opencontainers.image.source="https://github.com/acme/app"\nUSER 10001\nCMD ["sh"]\n',
    settings: { labelSchema: { 'org.opencontainers.image.source': 'url' } }
  },
  check: (dockerfile, settings) => {
    const required = [...(schemaOf(settings)?.keys() ?? [])]
    if (required.length === 0) return []
    const set = labelsByStage(dockerfile)
    const used = usedStages(dockerfile)
    const problems: Problem[] = []
    for (const stage of dockerfile.stages) {
      if (used.has(stage) && !stage.isFinal) continue
      const inherited = new Set<string | undefined>()
      for (let s: Stage | undefined = stage; s; s = s.image.stage) set.get(s)?.forEach((name) => inherited.add(name))
      // A key with an unknown value may be any of the required ones.
      if (inherited.has(undefined)) continue
      const missing = required.filter((name) => !inherited.has(name))
      if (missing.length === 0) continue
      const names = missing.map((name) => `\`${name}\``).join(', ')
      const which = dockerfile.stages.length === 1 ? 'The image' : `Stage \`${stage.name ?? stage.index}\` (\`FROM ${stage.image.raw}\`)`
      problems.push({
        at: stage.from,
        message: `${which} is missing ${missing.length === 1 ? 'the label' : 'the labels'} ${names} that \`label-schema\` requires: add \`LABEL ${missing.map((name) => `${name}=…`).join(' ')}\`.`
      })
    }
    return problems
  }
} satisfies Rule

/** The keys of the labels each stage sets itself (ONBUILD triggers, which label the images built from it, aside). */
function labelsByStage(dockerfile: Dockerfile): Map<Stage, Set<string | undefined>> {
  const set = new Map<Stage, Set<string | undefined>>()
  for (const { instruction, name } of labels(dockerfile)) {
    const { stage } = instruction
    if (!stage || instruction.onbuild) continue
    if (!set.has(stage)) set.set(stage, new Set())
    set.get(stage)!.add(name)
  }
  return set
}

/** The stages another stage builds on or copies files from: steps of the build, not images to ship. */
function usedStages({ images, stages, instructions }: Dockerfile): Set<Stage> {
  const used = new Set<Stage>()
  for (const { image } of images) if (image.stage) used.add(image.stage)
  // `COPY --from=0` and `--mount=from=0` name a stage by its index.
  for (const instruction of instructions) {
    if (instruction.onbuild) continue
    for (const flag of instruction.flags) {
      const from = flag.name === 'from' ? flag.value : flag.name === 'mount' ? flag.options.from : undefined
      if (from && /^\d+$/.test(from) && stages[Number(from)]) used.add(stages[Number(from)])
    }
  }
  return used
}
