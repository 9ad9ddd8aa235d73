import { exposedPorts, finalStages } from '../dockerfile/helpers.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'no-ssh-port',
  title: 'Do not expose the SSH port',
  severity: 'warning',
  defaults:
    'On, as a warning: exposing port 22 means an SSH server is meant to run in the container. An image that really is an SSH endpoint (a bastion, a git server) can suppress the finding with a comment saying so.',
  tags: ['security', 'network'],
  securitySeverity: 5.0,
  precision: 'high',
  // The test cases of Trivy's DS004, Checkov's CKV_DOCKER_1 and KICS's 5907595b are in the test file and
  // all agree; their code differs, see `differences`.
  related: { trivy: ['DS004'], checkov: ['CKV_DOCKER_1'], kics: ['5907595b'] },
  differences:
    "Trivy's DS004, Checkov's CKV_DOCKER_1 and KICS's 5907595b look at every stage, so they also report `EXPOSE 22` in a build stage the image is not built `FROM`, which leaves nothing in the image; this rule looks at the stages the image is built from. Trivy also reports `22/udp`, a port SSH does not use. They compare the value as written: KICS misses `22/tcp`, and none of them reads a range (`EXPOSE 20-25`), an ARG or ENV value, or an `ONBUILD EXPOSE`, which this rule does.",
  rationale:
    'Exposing port 22 means the container is meant to run an SSH server: one more network service to attack, with keys or passwords baked into the image and shared by every container started from it. Containers are reached with `docker exec` or `kubectl exec`, which need no daemon, no keys and leave an audit trail.',
  fix: 'Remove `22` from `EXPOSE` and the SSH server from the image; use `docker exec -it <container> sh` (or `kubectl exec`) to get a shell. If the image really is an SSH endpoint (a bastion or git server), suppress the finding with a comment saying so.',
  examples: {
    bad: 'FROM alpine:3.22\nEXPOSE 22 8080\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nEXPOSE 8080\nUSER 10001\nCMD ["sh"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    // EXPOSE is image metadata: only the final stage and the stages it is built FROM leave any.
    for (const stage of finalStages(dockerfile)) {
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== 'EXPOSE') continue
        for (const port of exposedPorts(instruction)) {
          if (port.from > 22 || port.to < 22 || port.protocol !== 'tcp') continue
          const shown = port.arg.value === '22' ? '`EXPOSE 22`' : `\`EXPOSE ${port.arg.value}\` (port 22)`
          problems.push({ at: port.arg, message: `${shown} is the SSH port: reach containers with \`docker exec\`, not an SSH server.` })
        }
      }
    }
    return problems
  }
} satisfies Rule
