import { hostExposingOptions } from './data/docker-run.js'
import type { Problem, Rule } from './types.js'

/** Atomic's run-command labels: `atomic run` (and readers of the label) execute them as written. */
const RUN_LABELS = new Set(['RUN', 'INSTALL', 'UNINSTALL'])

export default {
  id: 'no-insecure-build-options',
  title: 'Builds and run labels should not ask for host privileges',
  severity: 'warning',
  defaults:
    'On, as a warning: a few builds do need host networking or a privileged step, but each gives every script it runs access to the build host, so it should be a deliberate exception, suppressed with a comment saying why.',
  tags: ['security', 'least-privilege', 'CWE-250'],
  securitySeverity: 7.5,
  precision: 'very-high',
  rationale:
    '`RUN --security=insecure` runs the step as a privileged container and `RUN --network=host` puts it on the builder\'s network, where it reaches services on the build host and the cloud metadata endpoint. Any script or package that step runs gets that access too. An Atomic-style `LABEL RUN="docker run --privileged …"` teaches everyone who runs the image to give it root on their host.',
  fix: 'Drop `--security=insecure` and `--network=host`: install what the step needs so it works in the sandbox, and reach services through build secrets (`RUN --mount=type=secret`) or published ports. Remove `--privileged`, host namespaces, `-v /:/host` and the Docker socket from run labels, and document the narrow capability the tool really needs instead.',
  examples: {
    bad: 'FROM alpine:3.22\nRUN --network=host apk add --no-cache ca-certificates\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nRUN apk add --no-cache ca-certificates\nUSER 10001\nCMD ["sh"]\n'
  },
  check: ({ instructions }) => {
    const problems: Problem[] = []
    for (const instruction of instructions) {
      if (instruction.keyword === 'RUN') {
        for (const flag of instruction.flags) {
          const value = flag.value === undefined ? undefined : (instruction.resolve(flag.value) ?? flag.value)
          if (flag.name === 'security' && value === 'insecure') {
            problems.push({ at: flag, message: '`RUN --security=insecure` runs this step as a privileged container, with full access to the build host.' })
          } else if (flag.name === 'network' && value === 'host') {
            problems.push({ at: flag, message: "`RUN --network=host` lets this step reach every service on the build host's network." })
          }
        }
      } else if (instruction.keyword === 'LABEL') {
        for (const label of instruction.properties) {
          const options = RUN_LABELS.has(label.name) && label.value ? hostExposingOptions(label.value) : []
          if (options.length) {
            problems.push({ at: label, message: `\`LABEL ${label.name}\` tells users to run the image with ${options.join(', ')}, which gives it control of their host.` })
          }
        }
      }
    }
    return problems
  }
} satisfies Rule
