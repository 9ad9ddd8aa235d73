import { commandsOf, insertFlag, wordValue } from '../dockerfile/helpers.js'
import { has, readOptions, valuesOf } from '../shell/options.js'
import { ACCOUNT_OPTIONS } from './data/accounts.js'
import type { Problem, Rule } from './types.js'

/** hadolint's bound: a UID of six digits or more makes lastlog at least ~29 MB. */
const HIGH_UID = 100000

export default {
  id: 'useradd-no-log-init',
  title: '`useradd` with a high UID needs `--no-log-init`',
  severity: 'warning',
  defaults:
    'A warning, on by default: it fires only on UIDs of 100000 and more, where the image grows by tens of megabytes, or by gigabytes (enough to fill the build disk) for the UIDs of OpenShift-style ranges.',
  tags: ['image-size'],
  precision: 'very-high',
  // hadolint's DL3046 spec cases are all in the test file.
  equivalents: { hadolint: ['DL3046'] },
  differences:
    "Beyond hadolint's cases, a UID given as `--uid` is measured too (hadolint ignores it), ARG and ENV values are read (`-u $UID`; a value that is not known is not judged rather than measured as text), the UID is compared as a number (100000 and above) rather than by its length, and `useradd` is also found behind `sudo` and inside `sh -c '…'`.",
  rationale:
    '`useradd` reserves a record for the new user in `/var/log/lastlog` and `/var/log/faillog` at the offset of its UID. On disk these are sparse files, but image layers store every byte, so a UID like 1000000 adds hundreds of megabytes of zeros to the layer, and a larger one can exhaust the builder\'s disk.',
  fix: 'Add `--no-log-init` (`-l`): `useradd --no-log-init -u 1000000 app`. The login records it skips are never used in a container.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN useradd -u 1000000 app\nUSER 1000000\nCMD ["bash"]\n',
    good: 'FROM debian:bookworm-slim\nRUN useradd --no-log-init -u 1000000 app\nUSER 1000000\nCMD ["bash"]\n'
  },
  fixable: true,
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const { command, instruction } of commandsOf(dockerfile, 'useradd')) {
      if (!command.nameWord) continue
      const read = readOptions(command, ACCOUNT_OPTIONS.useradd)
      if (has(read, '-l', '--no-log-init')) continue
      const uid = valuesOf(read, '-u', '--uid').at(-1)
      const value = uid && wordValue(instruction, uid)
      if (!value || !/^\d+$/.test(value) || Number(value) < HIGH_UID) continue
      problems.push({
        at: { start: command.start, end: command.end },
        message: `\`useradd\` with the high UID \`${value}\` writes a login record at that offset in \`/var/log/lastlog\` and \`faillog\`, which grows the image by about ${size(Number(value))} of zeros: add \`--no-log-init\`.`,
        // In exec form (`RUN ["useradd", …]`) the flag is one more JSON string.
        fix: insertFlag(dockerfile, instruction, command.nameWord, '--no-log-init')
      })
    }
    return problems
  }
} satisfies Rule

/** The size of lastlog (292 bytes a UID on 64-bit glibc) for `uid`, for the message. */
function size(uid: number): string {
  const bytes = uid * 292
  return bytes >= 1e9 ? `${Math.round(bytes / 1e9)} GB` : `${Math.round(bytes / 1e6)} MB`
}
