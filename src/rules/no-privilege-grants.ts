import { copyDestination, copySources, finalStages, runCommands } from '../dockerfile/helpers.js'
import type { Dockerfile, Stage } from '../dockerfile/model.js'
import type { Command, Word } from '../shell/types.js'
import { mayWriteFiles, writtenFiles } from '../shell/writes.js'
import { accountGrants } from './data/accounts.js'
import { capabilityGrant } from './data/capabilities.js'
import type { Problem, Rule } from './types.js'

const SUDOERS = /^\/etc\/sudoers(\.d(\/|$)|$)/

export default {
  id: 'no-privilege-grants',
  title: 'Do not hand out root powers inside the image',
  severity: 'error',
  defaults:
    "On, as an error: each of these gives a user of the container a way back to root. Only the final stage and the stages it is built `FROM` are checked, since a build stage's files never reach the image.",
  tags: ['security', 'least-privilege', 'CWE-269'],
  securitySeverity: 7.5,
  precision: 'high',
  cis: ['4.1'],
  rationale:
    'Running as a non-root user only protects the container if that user cannot simply become root again. A sudo rule (worst with `NOPASSWD`), membership of `sudo`/`wheel`/`docker`, a second UID-0 account, a deleted password or a file capability each give whoever takes over the app a short path back to root, and from there a shorter one to the host.',
  fix: 'Do the privileged work at build time, before the final `USER`, instead of granting it at run time: remove the sudoers entry, the group membership, the UID-0 account or the `setcap`. If the app needs one privilege at run time, grant it to the container from outside (`docker run --cap-add`, a Kubernetes `securityContext`), where it is visible and reviewable.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN useradd -u 10001 -m app && usermod -aG sudo app\nUSER 10001\nCMD ["bash"]\n',
    good: 'FROM debian:bookworm-slim\nRUN useradd -u 10001 -m app\nUSER 10001\nCMD ["bash"]\n'
  },
  check: (dockerfile) => {
    // Only what ends up in the image matters: build stages it is not built FROM are thrown away.
    const image = new Set(finalStages(dockerfile))
    const problems: Problem[] = []
    for (const { command, instruction } of runCommands(dockerfile)) {
      if (!instruction.stage || !image.has(instruction.stage)) continue
      // Every file read below is under `/etc/`: a command that writes no file, or has no word naming `/etc/`, writes none of them.
      if (mayWriteFiles(command) && namesEtc(command)) {
        const files = writtenFiles(command)
        if (files.length) problems.push(...fileGrants(command, files)) // most commands write no file: no generator for them
      }
      for (const grant of accountGrants(command)) problems.push(grant) // a list, empty for most commands
      const capability = capabilityGrant(command)
      // Binding a low port alone is no-privileged-port's concern.
      const granted = capability?.capabilities.filter((c) => c !== 'cap_net_bind_service') ?? []
      if (capability && granted.length) {
        const on = capability.files.length ? `\`${capability.files.join(' ')}\`` : 'a program'
        problems.push({ at: capability.word, message: `\`setcap ${capability.word.value}\` gives ${on} \`${granted.join('`, `')}\` whoever runs it: a bug in it hands those root powers to an attacker.` })
      }
    }
    problems.push(...copiedGrants(dockerfile, image))
    return problems
  }
} satisfies Rule

/** True when an argument or a redirect target names something under `/etc/`. */
function namesEtc(command: Command): boolean {
  for (const a of command.args) if (a.value.includes('/etc/')) return true
  for (const r of command.redirects) if (r.target?.value.includes('/etc/')) return true
  return false
}

/** Writes to the files that say who may be root: sudoers, /etc/shadow, /etc/passwd (a UID-0 line). */
function* fileGrants(command: Command, files: readonly Word[]): Generator<Problem> {
  for (const file of files) {
    if (SUDOERS.test(file.value)) {
      if (rootOnly(pipelineText(command))) continue
      const how = /NOPASSWD/.test(pipelineText(command)) ? 'a `NOPASSWD` sudo rule: that user can become root without a password' : 'sudo rules: the users they name can become root'
      yield { at: file, message: `Writing \`${file.value}\` adds ${how}.` }
    } else if (file.value === '/etc/shadow' || file.value === '/etc/gshadow') {
      yield { at: file, message: `Editing \`${file.value}\` directly changes passwords and account locks, bypassing \`passwd\`/\`usermod\`.` }
    } else if (file.value === '/etc/passwd' && /(^|[\s'"])[^:\s'"]+:[^:\s]*:0+:/m.test(pipelineText(command))) {
      yield { at: file, message: 'Writing a line with UID 0 to `/etc/passwd` adds an account that is root under another name.' }
    }
  }
}

/** A sudoers rule's user list: `root` in `root ALL=(ALL) ALL`, `%sudo` in `%sudo ALL=(ALL:ALL) ALL`. */
const SUDOERS_USER = /(?:^|\s)([^\s=]+)[ \t]+[^\s=]+[ \t]*=/gm

/** True when every sudoers rule written names only root, which already is root (`root ALL=(ALL) ALL`). */
function rootOnly(text: string): boolean {
  const users = [...text.matchAll(SUDOERS_USER)].map((m) => m[1])
  return users.length > 0 && users.every((user) => user === 'root')
}

/** What the command's pipeline writes: its arguments and heredocs (only built for a command that writes one of the files above). */
function pipelineText(command: Command): string {
  return command.pipeline.commands.flatMap((c) => [...c.args.map((a) => a.value), ...c.redirects.map((r) => r.heredoc?.body ?? '')]).join(' ')
}

/** `COPY sudoers /etc/sudoers.d/app`, `COPY <<EOF /etc/sudoers.d/app`, `COPY sudoers /etc/`. */
function* copiedGrants(dockerfile: Dockerfile, image: ReadonlySet<Stage>): Generator<Problem> {
  for (const instruction of dockerfile.instructions) {
    if ((instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') || !instruction.stage || !image.has(instruction.stage)) continue
    // Every sudoers file is under `/etc/`: a COPY with no word naming `/etc/` is skipped before its destination is read.
    if (!(instruction.json ? instruction.jsonArgs ?? [] : instruction.args).some((a) => a.value.includes('/etc/'))) continue
    const destination = copyDestination(instruction)
    if (!destination) continue
    // Into a directory, each source keeps its own name.
    const targets = destination.value.endsWith('/')
      ? copySources(instruction).map((source) => destination.value + source.value.replace(/\/+$/, '').split('/').pop())
      : [destination.value]
    if (!targets.some((target) => SUDOERS.test(target))) continue
    const nopasswd = instruction.heredocs.some((h) => /NOPASSWD/.test(h.body)) ? ' with `NOPASSWD`' : ''
    yield { at: destination, message: `\`${instruction.keyword}\` to \`${destination.value}\` installs sudo rules${nopasswd}: the users they name can become root.` }
  }
}
