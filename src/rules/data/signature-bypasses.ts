// Every way we know of to make a package manager install packages whose signature is missing or
// wrong: rows G1–G5 of shared/research/rules-union.md, and their spellings in other tools.
import { hasFlag } from '../../shell/helpers.js'
import type { Command } from '../../shell/types.js'
import { matching, remove, type Mechanisms } from './mechanisms.js'

const RPM_TOOLS = ['yum', 'dnf', 'dnf5', 'tdnf', 'microdnf']
const APT_TOOLS = ['apt-get', 'apt', 'aptitude']

/** rpm installing or upgrading (`-i`, `-Uvh`, `--install`), not querying (`-qi`) or verifying (`-V`). */
function rpmInstalls(command: Command): boolean {
  return command.args.some((a) => /^--(install|upgrade|freshen|reinstall)$/.test(a.value) || /^-[a-zA-Z]*[iUF]/.test(a.value) && !/^-[a-zA-Z]*[qVKe]/.test(a.value))
}

/** `--force-yes` also answers yes: replacing it with `-y` keeps the build non-interactive. */
const yes = (command: Command) => (hasFlag(command, '-y', '--yes', '--assume-yes') ? '' : '-y')

export const SIGNATURE_BYPASSES: Mechanisms = {
  effect: 'installs packages without checking their signatures',
  flags: [
    { programs: ['apk'], flags: ['--allow-untrusted'], fix: remove },
    { programs: APT_TOOLS, flags: ['--allow-unauthenticated'], fix: remove },
    { programs: APT_TOOLS, flags: ['--force-yes'], fix: yes, effect: 'turns off signature checks (and allows downgrades); `-y` is the flag that answers yes' },
    { programs: APT_TOOLS, flags: ['-o', '--option'], value: matching(/^APT::Get::AllowUnauthenticated=(true|1|yes)$/i) },
    { programs: RPM_TOOLS, flags: ['--nogpgcheck', '--no-gpgchecks'], fix: remove },
    { programs: [...RPM_TOOLS, 'yum-config-manager'], flags: ['--setopt'], value: matching(/^([^=\s]+\.)?gpgcheck=(0|false|no)$/i) },
    { programs: ['zypper'], flags: ['--no-gpg-checks', '--allow-unsigned-rpm'], fix: remove },
    { programs: ['rpm'], flags: ['--nosignature', '--nodigest', '--noverify', '--nofiledigest'], when: rpmInstalls, fix: remove },
    { programs: ['dpkg'], flags: ['--force-bad-verify'], fix: remove }
  ],
  text: [{ pattern: /APT::Get::AllowUnauthenticated\s+"?(?:true|1|yes)"?/i }]
}
