import { finalStages } from '../dockerfile/helpers.js'
import { installs, packageCommands } from '../shell/package-managers.js'
import type { Problem, Rule } from './types.js'
import { table } from '../lookup.js'

/** SSH server packages, by package manager family; `openssh` and `ssh` are meta-packages that include the server. */
const SERVERS = table<RegExp>({
  apt: /^(openssh-server|ssh|dropbear(-bin|-run)?|tinysshd)$/,
  apk: /^(openssh|openssh-server(-pam)?|dropbear)$/,
  rpm: /^(openssh-server|dropbear)$/,
  zypper: /^(openssh|openssh-server|dropbear)$/
})
const FAMILY = table<string>({ 'apt-get': 'apt', apt: 'apt', aptitude: 'apt', apk: 'apk', yum: 'rpm', dnf: 'rpm', microdnf: 'rpm', tdnf: 'rpm', zypper: 'zypper' })

/** The client-only package of each meta-package that also brings the server. */
const CLIENTS = table<string>({ openssh: 'openssh-client', ssh: 'openssh-client' })

export default {
  id: 'no-ssh-server',
  title: 'Do not install an SSH server in the image',
  severity: 'warning',
  defaults:
    'On, as a warning: an SSH server is rarely what a container needs. Only the stages the final image is built from are checked, and an image that really is an SSH endpoint can suppress the finding with a comment saying so.',
  tags: ['security', 'network'],
  securitySeverity: 6.0,
  precision: 'high',
  related: { hadolint: ['DL3001'] },
  differences:
    "hadolint's DL3001 reports running `ssh` (among other commands that make no sense in a build, no-pointless-commands here), not installing a server. This rule reports the packages that bring an SSH server (`openssh-server`, `dropbear`, and the `openssh` and `ssh` meta-packages) installed with apt, apk, yum, dnf or zypper in the stages the final image is built from.",
  cis: ['4.3'],
  rationale:
    'An SSH server in a container is one more network service to attack and to patch, with host keys and credentials baked into the image and shared by every container started from it. It also sidesteps the runtime: `docker exec` and `kubectl exec` give a shell with no daemon, no keys and an audit trail.',
  fix: 'Remove the SSH server package (and `EXPOSE 22`). Use `docker exec -it <container> sh` or `kubectl exec` to get a shell, and `docker cp`/`kubectl cp` to move files. If the image really is an SSH endpoint (a bastion or git server), suppress the finding with a comment saying so.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends openssh-server \\\n && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["bash"]\n',
    good: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates \\\n && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["bash"]\n'
  },
  check: (dockerfile) => {
    // Packages installed in a build stage the image is not built FROM are thrown away with it.
    const image = new Set(finalStages(dockerfile))
    const problems: Problem[] = []
    for (const { command, instruction, pc } of packageCommands(dockerfile)) {
      const servers = SERVERS[FAMILY[command.program]]
      if (!servers || !instruction.stage || !image.has(instruction.stage)) continue
      for (const word of installs(pc)) {
        // Drop a version or arch: `openssh-server=1:9.2p1-2`, `openssh>9`, `dropbear:amd64`, `openssh-server-8.7p1`.
        const name = word.value.replace(/[=<>~:@].*$/, '').replace(/-\d.*$/, '')
        if (!servers.test(name)) continue
        // `openssh` and `ssh` are meta-packages: people often want only the client in them.
        const client = CLIENTS[name] ? ` If the build only needs the \`ssh\` client (git over SSH, scp), install \`${CLIENTS[name]}\`.` : ''
        problems.push({ at: word, message: `\`${command.program}\` installs \`${name}\`, which includes an SSH server: reach containers with \`docker exec\` instead.${client}` })
      }
    }
    return problems
  }
} satisfies Rule
