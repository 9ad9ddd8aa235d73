import { runCommands } from '../dockerfile/helpers.js'
import { readOptions, valuesOf } from '../shell/options.js'
import type { Command } from '../shell/types.js'
import type { Problem, Rule } from './types.js'

/** The programs that set a password: most commands are none of them, and skip the generator. */
const PASSWORD_TOOLS = new Set(['chpasswd', 'useradd', 'usermod', 'passwd'])

/** `-p` values that lock the account instead of setting a password. */
const LOCKED = new Set(['*', '!', '!!', '!*', 'x'])

export default {
  id: 'no-password-in-image',
  title: 'Do not set account passwords in the image',
  severity: 'error',
  defaults:
    'On, as an error: a password set at build time is shared by every container of the image, and readable from its history or crackable from `/etc/shadow`.',
  tags: ['security', 'secrets', 'CWE-259'],
  securitySeverity: 7.5,
  precision: 'high',
  // Checkov's CKV2_DOCKER_17 test resources (fail and pass files) are in the test file. Beyond them:
  // useradd/usermod -p, passwd reading from input, sh -c, heredocs, exec form and ONBUILD.
  equivalents: { checkov: ['CKV2_DOCKER_17'] },
  differences:
    "Checkov looks for the word `chpasswd` in the RUN's text, so it also flags a RUN that only mentions it (`grep chpasswd /etc/login.defs`), which passes here. Beyond `chpasswd`, this rule finds passwords set with `useradd -p`, `usermod -p` and `passwd` reading from its input, while `useradd -p '*'` (a locked account) passes.",
  cis: ['4.10'],
  rationale:
    'A password set in a RUN step is written into the image: the command line (often with the password itself) is kept in the image history that anyone who can pull the image can read, and the hash stays in `/etc/shadow` where it can be cracked offline. Every container from the image then shares that password, and a login password is rarely needed in a container at all.',
  fix: 'Leave the account without a password (`useradd` and `adduser -D` create it locked) and do not log in to containers: use `docker exec`. If something really needs a credential at run time, pass it as a secret when the container starts, not when the image is built.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN useradd -u 10001 -m app && echo "app:changeme" | chpasswd\nUSER 10001\nCMD ["bash"]\n',
    good: 'FROM debian:bookworm-slim\nRUN useradd -u 10001 -m app\nUSER 10001\nCMD ["bash"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    // Every stage counts: a password typed into the Dockerfile is in the repository whichever stage runs it.
    for (const { command } of runCommands(dockerfile)) if (PASSWORD_TOOLS.has(command.program)) problems.push(...passwordSet(command))
    return problems
  }
} satisfies Rule

function* passwordSet(command: Command): Generator<Problem> {
  const name = command.nameWord
  if (!name) return
  if (command.program === 'chpasswd') {
    yield { at: name, message: '`chpasswd` sets an account password that stays in the image (its history and `/etc/shadow`).' }
  } else if (command.program === 'useradd' || command.program === 'usermod') {
    const read = readOptions(command, { short: command.program === 'useradd' ? 'bcdefgGKkpsuRPZ' : 'cdefgGlpsuRPZvVwW', long: ['--password'] })
    for (const value of valuesOf(read, '-p', '--password')) {
      if (!LOCKED.has(value.value)) yield { at: value, message: `\`${command.program} -p\` sets an account password that stays in the image (its history and \`/etc/shadow\`).` }
    }
  } else if (command.program === 'passwd') {
    // `passwd --stdin` (Red Hat) or a password piped in: `echo pw | passwd user`.
    let outer = command
    while (outer.context === 'wrapped' && outer.parent) outer = outer.parent
    const piped = outer.pipeline.commands.indexOf(outer) > 0 || outer.redirects.some((r) => r.op === '<' || r.op.startsWith('<<'))
    const read = readOptions(command, { short: '' })
    const other = read.options.some((o) => o.name !== '--stdin')
    if (read.options.some((o) => o.name === '--stdin') || (piped && !other)) {
      yield { at: name, message: '`passwd` reading a password from input sets an account password that stays in the image (its history and `/etc/shadow`).' }
    }
  }
}
