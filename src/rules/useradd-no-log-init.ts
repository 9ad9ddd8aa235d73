import { commandsOf } from '../dockerfile/helpers.js'
import { has, readOptions, valuesOf } from '../shell/options.js'
import type { Rule } from './types.js'

/** useradd's options that take a value (shadow-utils), so that `-c -u` cannot be misread. */
const USERADD = {
  short: 'bcdefgGkKpRPsuZ',
  long: ['--base-dir', '--comment', '--home-dir', '--expiredate', '--inactive', '--gid', '--groups', '--skel', '--key', '--password', '--root', '--prefix', '--shell', '--uid', '--selinux-user']
}
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
  check: function* (dockerfile) {
    for (const { command, instruction } of commandsOf(dockerfile, 'useradd')) {
      if (!command.nameWord) continue
      const read = readOptions(command, USERADD)
      if (has(read, '-l', '--no-log-init')) continue
      const uid = valuesOf(read, '-u', '--uid').at(-1)
      const value = uid && (uid.literal ? uid.value : instruction.resolve(uid.value))
      if (!value || !/^\d+$/.test(value) || Number(value) < HIGH_UID) continue
      const name = command.nameWord
      const exact = dockerfile.text.slice(name.start, name.end) === name.raw
      // In exec form (`RUN ["useradd", …]`) the flag is one more JSON string.
      const text = instruction.json ? `${name.raw}, "--no-log-init"` : `${name.raw} --no-log-init`
      yield {
        at: { start: command.start, end: command.end },
        message: `\`useradd\` with the high UID \`${value}\` writes a login record at that offset in \`/var/log/lastlog\` and \`faillog\`, which grows the image by about ${size(Number(value))} of zeros: add \`--no-log-init\`.`,
        fix: exact ? { at: { start: name.start, end: name.end }, text } : undefined
      }
    }
  }
} satisfies Rule

/** The size of lastlog (292 bytes a UID on 64-bit glibc) for `uid`, for the message. */
function size(uid: number): string {
  const bytes = uid * 292
  return bytes >= 1e9 ? `${Math.round(bytes / 1e9)} GB` : `${Math.round(bytes / 1e6)} MB`
}
