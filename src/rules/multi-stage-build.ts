import { finalStages, reachesImage } from '../dockerfile/helpers.js'
import type { Stage } from '../dockerfile/model.js'
import { installs, packageCommands } from '../shell/package-managers.js'
import type { Rule } from './types.js'
import { buildStep, isToolchainImage, removedLater, toolchains } from './data/toolchains.js'

export default {
  id: 'multi-stage-build',
  title: 'Build in a separate stage so the toolchain stays out of the image',
  severity: 'note',
  defaults:
    'On, as a note: a toolchain in the runtime image costs size and attack surface, it breaks nothing, and moving the build to its own stage is a restructuring. It fires only when the final image installs compilers or build tools it does not remove, and, in a file that already has several stages, also builds with them.',
  tags: ['security', 'attack-surface'],
  securitySeverity: 3.0,
  precision: 'high',
  cis: ['4.3'],
  rationale:
    "Compilers, headers and build tools are only needed to build. Left in the runtime image they make it several times larger, bring their own vulnerabilities to patch, and give an attacker who gets code execution a ready toolchain to build exploits inside the container.",
  fix: 'Build in a first stage (`FROM golang:1.26 AS build`), then start the final stage from a slim or distroless image and copy only the result: `COPY --from=build /out/app /usr/local/bin/app`.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends gcc libc6-dev \\\n && rm -rf /var/lib/apt/lists/*\nCOPY hello.c /src/\nRUN gcc -O2 -o /usr/local/bin/hello /src/hello.c\nUSER 10001\nCMD ["hello"]\n',
    good: 'FROM debian:bookworm-slim AS build\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends gcc libc6-dev \\\n && rm -rf /var/lib/apt/lists/*\nCOPY hello.c /src/\nRUN gcc -O2 -o /hello /src/hello.c\n\nFROM debian:bookworm-slim\nCOPY --from=build /hello /usr/local/bin/hello\nUSER 10001\nCMD ["hello"]\n'
  },
  check: (dockerfile) => {
    const chain = finalStages(dockerfile).reverse()
    const single = dockerfile.stages.length === 1
    // A single-stage file needs the build step only for a toolchain base image: looked for then.
    const step = single ? undefined : firstBuildStep(chain)
    // A multi-stage file has a place to build already: only a final image that also builds in it counts.
    if (!single && !step) return []
    // Only a package manager's command installs a toolchain: the file's package commands (read once per
    // file, shared with other rules) are those of the RUNs in source order, which is the chain's order too
    // (a stage is only built FROM an earlier one).
    for (const install of packageCommands(dockerfile)) {
      const { command, instruction, pc } = install
      if (instruction.onbuild || !instruction.stage || !reachesImage(dockerfile, instruction)) continue
      const packages = toolchains(installs(pc))
      if (!packages.length) continue // most commands install no toolchain
      const left = [...new Set(packages)].filter((pkg) => !removedLater(pkg, install))
      if (!left.length) continue
      const names = left.map((p) => `\`${p}\``).join(', ')
      return [{
        at: command,
        message: single
          ? `${names} ${left.length > 1 ? 'stay' : 'stays'} in this single-stage image: build in a separate stage and copy only the result into a slim runtime stage.`
          : `The final image installs ${names} and builds in it (\`${step}\`): move the build to a builder stage and copy only the result into the final one.`
      }]
    }
    const base = chain.find((stage) => isToolchainImage(stage.image))
    const built = base ? (step ?? firstBuildStep(chain)) : undefined
    if (!base || !built) return []
    return [{ at: base.from, message: `The final image is built on the \`${base.image.raw}\` toolchain image and builds in it (\`${built}\`): build in this stage, then copy the result into a slim or distroless final stage.` }]
  }
} satisfies Rule

/** The first build step of the stages' RUNs (`make`, `go build`, …), ONBUILD triggers left out (they run in child images). */
function firstBuildStep(stages: readonly Stage[]): string | undefined {
  for (const stage of stages) {
    for (const instruction of stage.instructions) {
      if (instruction.keyword !== 'RUN' || instruction.onbuild || !instruction.shell) continue
      for (const command of instruction.shell.commands) {
        const step = buildStep(command)
        if (step !== undefined) return step
      }
    }
  }
  return undefined
}
