// Account changes that hand out root powers: joining an admin group, a second UID-0 account, a
// deleted password. Read from useradd/usermod/adduser/addgroup/gpasswd/passwd as shadow-utils,
// Debian's adduser and BusyBox spell them.
import { readOptions, valuesOf, type Options, type OptionSpec } from '../../shell/options.js'
import type { Command, Word } from '../../shell/types.js'
import { table } from '../../lookup.js'

export interface AccountGrant {
  at: Word
  message: string
}

/** Groups whose members can become root, or do what root does. */
const ADMIN_GROUPS = table<string>({
  sudo: 'may use `sudo` to become root',
  wheel: 'may use `sudo`/`su` to become root',
  admin: 'may use `sudo` to become root',
  docker: 'controls the Docker daemon, which is root on the host when its socket is mounted',
  disk: 'can read and write the raw disks',
  shadow: 'can read the password hashes',
  adm: 'can read the system logs',
  root: "is root's own group",
  '0': "is root's own group"
})

/** The options of each account tool that take a value, as getopt reads them. */
export const ACCOUNT_OPTIONS = table<OptionSpec>({
  useradd: { short: 'bcdefgGKkpsuRPZ', long: ['--base-dir', '--comment', '--home-dir', '--expiredate', '--inactive', '--gid', '--groups', '--key', '--skel', '--password', '--shell', '--uid', '--root', '--prefix', '--selinux-user'] },
  usermod: { short: 'cdefgGlpsuRPZvVwW', long: ['--comment', '--home', '--expiredate', '--inactive', '--gid', '--groups', '--login', '--password', '--shell', '--uid', '--root', '--prefix'] },
  // BusyBox's short options; Debian's adduser spells them long (`--uid`, `--ingroup`).
  adduser: { short: 'hgsGku', long: ['--home', '--shell', '--gecos', '--uid', '--gid', '--ingroup', '--firstuid', '--lastuid', '--conf', '--comment'] },
  addgroup: { short: 'g', long: ['--gid', '--conf'] },
  gpasswd: { short: 'adMAR', long: ['--add', '--delete', '--members', '--administrators', '--root'] }
})

const NONE: readonly AccountGrant[] = []

/** A word that may hold an admin group (`sudo`, `adm`, … as a substring) or a value of zeros (`-u0`, `--gid=0`, `app,0`). */
const GRANT_WORD = /sudo|wheel|adm|docker|disk|shadow|root|(?:^|\D)0+(?:,|$)/

const mayGrant = (word: Word) => GRANT_WORD.test(word.value)

/** What a command grants; the shared empty list for most commands, which are no account tool or name no admin group or UID 0. */
export function accountGrants(command: Command): readonly AccountGrant[] {
  const program = command.program
  if (program === 'passwd') {
    const deleted = readOptions(command, { short: '' }).options.some((o) => o.name === '-d' || o.name === '--delete')
    return deleted && command.nameWord ? [{ at: command.nameWord, message: '`passwd -d` deletes the password: anyone in the container can `su` to that account without one.' }] : NONE
  }
  const spec = ACCOUNT_OPTIONS[program]
  if (!spec || !command.args.some(mayGrant)) return NONE // no options read, no list allocated
  const read = readOptions(command, spec)
  const grants: AccountGrant[] = []
  for (const { group, how, primary } of joinedGroups(program, read)) {
    for (const name of group.value.split(',')) {
      const power = ADMIN_GROUPS[name]
      // Primary group 0 is how OpenShift-friendly images let an arbitrary UID own the app's files.
      if (power && !(primary && (name === 'root' || name === '0'))) {
        grants.push({ at: group, message: `\`${program} ${how}\` adds a user to the group \`${name}\`, which ${power}.` })
      }
    }
  }
  const uids = program === 'addgroup' || program === 'gpasswd' ? [] : valuesOf(read, '-u', '--uid')
  for (const uid of uids.filter((u) => /^0+$/.test(u.value))) {
    grants.push({ at: uid, message: `\`${program} -u ${uid.value}\` gives an account UID 0: it is root under another name.` })
  }
  return grants
}

interface Joined {
  group: Word
  /** The arguments that join it, for a message: `-aG sudo`, `app sudo`. */
  how: string
  primary: boolean
}

/** The groups a command puts a user in, as each tool spells it. */
function joinedGroups(program: string, read: Options): Joined[] {
  const option = (primary: boolean, ...names: string[]): Joined[] =>
    read.options.flatMap((o) => (names.includes(o.name) && o.value ? [{ group: o.value, how: `${o.name} ${o.value.value}`, primary }] : []))
  const [first, second] = read.operands
  switch (program) {
    case 'useradd':
    case 'usermod':
      return [...option(false, '-G', '--groups'), ...option(true, '-g', '--gid')]
    case 'adduser': // `adduser USER GROUP` (Debian); BusyBox's `-G` and Debian's `--ingroup` set the primary group.
    case 'addgroup': // `addgroup USER GROUP`
      return [
        ...(read.operands.length === 2 ? [{ group: second, how: `${first.value} ${second.value}`, primary: false }] : []),
        ...(program === 'adduser' ? option(true, '-G', '--ingroup', '--gid') : [])
      ]
    case 'gpasswd': // `gpasswd -a USER GROUP`
      return first ? option(false, '-a', '--add').map((member) => ({ group: first, how: `${member.how} ${first.value}`, primary: false })) : []
    default:
      return []
  }
}
