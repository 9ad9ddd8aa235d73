import { exposedPorts, finalStages, finalUser, isRootUser, runCommands } from '../dockerfile/helpers.js'
import { capabilityGrant } from './data/capabilities.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'no-privileged-port',
  title: 'A non-root image should listen on a port above 1023',
  severity: 'note',
  defaults:
    'On, as a note: Docker lets non-root containers listen on low ports, so the image works there, but it fails on runtimes that keep the limit. It only looks at images whose last `USER` is known and not root.',
  tags: ['correctness', 'least-privilege'],
  precision: 'medium',
  rationale:
    'Ports below 1024 are privileged: only root, or a program with `CAP_NET_BIND_SERVICE`, may listen on them. Docker lowers that limit inside containers, but whether Kubernetes or Podman do depends on the runtime and its settings, so an image that runs as a non-root user and listens on port 80 fails to start there. Granting the capability with `setcap` works, but gives the program a root power it does not need.',
  fix: 'Listen on a port of 1024 or above (`8080` instead of `80`, `8443` instead of `443`) and map it when the container runs (`docker run -p 80:8080`, a Kubernetes Service `port: 80, targetPort: 8080`). Then the `setcap cap_net_bind_service` step is not needed either.',
  examples: {
    bad: 'FROM alpine:3.22\nEXPOSE 80\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nEXPOSE 8080\nUSER 10001\nCMD ["sh"]\n'
  },
  check: (dockerfile) => {
    const stages = finalStages(dockerfile)
    let allowed = false
    const problems: Problem[] = []
    for (const { command, instruction } of runCommands(dockerfile)) {
      const grant = capabilityGrant(command)
      if (!grant?.capabilities.includes('cap_net_bind_service') || !instruction.stage || !stages.includes(instruction.stage)) continue
      allowed = true
      problems.push({ at: grant.word, message: `\`setcap ${grant.word.value}\` lets ${grant.files.length ? `\`${grant.files.join(' ')}\`` : 'a program'} listen on ports below 1024: listening on a port of 1024 or above needs no capability.` })
    }
    const user = stages[0] && finalUser(stages[0])
    const userArg = user?.args[0]
    const name = userArg && user?.resolve(userArg.value)
    // Root may bind any port, and with the capability granted the port binds. Windows has no privileged ports.
    if (allowed || !userArg || name === undefined || isRootUser(name) || stages[0].windows) return problems
    for (const stage of stages) {
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== 'EXPOSE' || instruction.onbuild) continue
        for (const port of exposedPorts(instruction)) {
          if (port.from >= 1024 || port.from === 0) continue
          problems.push({ at: port.arg, message: `\`EXPOSE ${port.arg.value}\` is a privileged port, but the image runs as \`${userArg.value}\`: it can listen there only where the container runtime lowers the limit (Docker does; many Kubernetes and Podman setups do not). Use a port above 1023.` })
        }
      }
    }
    return problems
  }
} satisfies Rule
