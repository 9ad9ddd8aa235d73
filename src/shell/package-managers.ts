// The one table of package managers that RUN commands use, OS ones (apt-get, apk, dnf, zypper, …) and
// language ones (pip, npm, yarn, gem, go): their verbs, the options that take a value, the flags that
// answer prompts, what a local package file looks like and how a version is pinned. Every rule that
// asks about a package command asks here (`packageCommand`), so a manager or a verb is added once.
import { readOptions, type Option, type OptionSpec } from './options.js'
import { asTool } from './helpers.js'
import type { Command, Word } from './types.js'
import { table } from '../lookup.js'

export interface PackageManager {
  /** The index the manager's refresh writes and its installs read: managers sharing one share it. */
  index: 'apt' | 'apk' | 'rpm' | 'zypper' | 'pip' | 'npm' | 'yarn' | 'pnpm' | 'gem' | 'go'
  /** getopt-style options: which ones take a value (`apk add --virtual .deps`: `.deps` is no package). */
  options: OptionSpec
  /** Verbs that install the packages named after them. */
  install: readonly string[]
  /** Verbs that upgrade installed packages (the named ones, or all). */
  upgrade: readonly string[]
  /** Verbs that only refresh the package index. */
  update: readonly string[]
  /** Verbs that remove packages. */
  remove: readonly string[]
  /** Verbs that clean the download cache (`apt-get clean`, `zypper cc`; `yarn cache clean` is `cache`). */
  clean: readonly string[]
  /** Other verbs that neither read nor refresh the package index (`apk info`, `zypper addrepo`). */
  idle: readonly string[]
  /** Flags that answer the manager's prompts (`-y`, `--assume-yes`); empty when it never asks. */
  yes: readonly string[]
  /** A package given as a local file or URL rather than a name from a repository. */
  file: RegExp
}

const APT: PackageManager = {
  index: 'apt',
  options: { short: 'octa', long: ['--option', '--config-file', '--target-release', '--default-release', '--host-architecture'] },
  install: ['install', 'reinstall'],
  upgrade: ['upgrade', 'dist-upgrade', 'full-upgrade'],
  update: ['update'],
  remove: ['remove', 'purge', 'autoremove', 'auto-remove'],
  clean: ['clean', 'autoclean', 'auto-clean'],
  idle: [],
  yes: ['-y', '--yes', '--assume-yes'],
  file: /\.deb$/
}
const RPM: PackageManager = {
  index: 'rpm',
  options: {
    short: 'cdexR',
    long: ['--config', '--installroot', '--releasever', '--setopt', '--enablerepo', '--disablerepo', '--repo', '--repoid', '--exclude', '--forcearch', '--setopt']
  },
  install: ['install', 'in', 'localinstall', 'reinstall', 'groupinstall'],
  upgrade: ['upgrade', 'update', 'up', 'upgrade-minimal', 'update-minimal', 'distro-sync'],
  update: ['makecache'],
  remove: ['remove', 'erase', 'autoremove', 'groupremove'],
  clean: ['clean'],
  idle: [],
  yes: ['-y', '--assumeyes'],
  file: /\.rpm$/
}

const MANAGERS = table<PackageManager>({
  'apt-get': APT,
  apt: APT,
  aptitude: APT,
  // Reads the index only (`apt-cache policy curl`): an index refreshed for it is not orphaned.
  'apt-cache': { ...APT, install: [], upgrade: [], update: [], remove: [], clean: [] },
  apk: {
    index: 'apk',
    options: { short: 'Xtp', long: ['--repository', '--virtual', '--root', '--repositories-file', '--keys-dir', '--cache-dir', '--arch'] },
    install: ['add'],
    upgrade: ['upgrade', 'fix'],
    update: ['update'],
    remove: ['del'],
    clean: ['cache'],
    idle: ['info', 'stats', 'audit', 'verify', 'manifest', 'search', 'policy'],
    yes: [],
    file: /\.apk$/
  },
  yum: RPM,
  dnf: RPM,
  microdnf: RPM,
  tdnf: RPM,
  zypper: {
    index: 'zypper',
    options: { short: 'RcDrt', long: ['--root', '--config', '--reposd-dir', '--cache-dir', '--repo', '--type', '--from'] },
    install: ['install', 'in'],
    upgrade: ['update', 'up', 'dist-upgrade', 'dup', 'patch'],
    update: ['refresh', 'ref'],
    remove: ['remove', 'rm'],
    clean: ['clean', 'cc'],
    idle: ['addrepo', 'ar', 'removerepo', 'rr', 'modifyrepo', 'mr', 'search', 'se', 'info', 'if'],
    yes: ['-n', '--non-interactive', '--no-confirm', '-y'],
    file: /\.rpm$/
  },
  pip: {
    index: 'pip',
    options: { short: 'rceit', long: ['--requirement', '--constraint', '--index-url', '--extra-index-url', '--target', '--prefix', '--root', '--find-links', '--cache-dir', '--src', '--platform', '--python-version', '--implementation', '--abi', '--trusted-host', '--root-user-action', '--progress-bar', '--log', '--proxy', '--retries', '--timeout', '--exists-action', '--cert', '--client-cert', '--upgrade-strategy', '--no-binary', '--only-binary', '--config-settings', '--global-option', '--install-option', '--report', '--python'] },
    install: ['install'],
    upgrade: [],
    update: [],
    remove: ['uninstall'],
    clean: [],
    idle: ['download', 'freeze', 'list', 'show', 'check', 'config', 'cache', 'wheel', 'hash', 'inspect'],
    yes: ['-y', '--yes'],
    file: /\.(whl|tar\.gz|tgz|zip)$/
  },
  npm: {
    index: 'npm',
    options: { short: '', long: ['--registry', '--prefix', '--loglevel', '--cache', '--userconfig', '--omit', '--include', '--tag', '--workspace', '-w'] },
    install: ['install', 'i', 'add', 'isntall', 'in', 'ins', 'inst', 'insta', 'instal', 'isnt', 'isnta', 'isntal'],
    upgrade: ['update', 'up', 'upgrade'],
    update: [],
    remove: ['uninstall', 'remove', 'rm', 'r', 'un', 'unlink'],
    clean: ['cache'],
    idle: [],
    yes: ['-y', '--yes'],
    file: /\.(tgz|tar\.gz|tar)$/
  },
  yarn: {
    index: 'yarn',
    options: { short: '', long: ['--cwd', '--cache-folder', '--modules-folder', '--registry', '--network-timeout', '--mutex'] },
    install: ['add', 'install'],
    upgrade: ['upgrade', 'up'],
    update: [],
    remove: ['remove'],
    clean: ['cache'],
    idle: [],
    yes: [],
    file: /\.(tgz|tar\.gz)$/
  },
  pnpm: {
    index: 'pnpm',
    options: { short: 'C', long: ['--dir', '--filter', '--store-dir', '--registry', '--reporter'] },
    install: ['add', 'install', 'i'],
    upgrade: ['update', 'up', 'upgrade'],
    update: [],
    remove: ['remove', 'rm', 'uninstall', 'un'],
    clean: ['store'],
    idle: [],
    yes: [],
    file: /\.(tgz|tar\.gz)$/
  },
  gem: {
    index: 'gem',
    options: { short: 'vsin', long: ['--version', '--source', '--install-dir', '--bindir', '--platform', '--document', '--format-executable', '--build-root'] },
    install: ['install', 'i'],
    upgrade: ['update'],
    update: [],
    remove: ['uninstall'],
    clean: ['cleanup'],
    idle: [],
    yes: [],
    file: /\.gem$/
  },
  go: {
    index: 'go',
    options: { short: '', long: ['-C', '-o', '-p', '-tags', '-ldflags', '-gcflags', '-asmflags', '-mod', '-modfile', '-overlay', '-pkgdir', '-buildmode', '-compiler', '-gccgoflags', '-installsuffix', '-toolexec', '-exec'] },
    install: ['install', 'get'],
    upgrade: [],
    update: [],
    remove: [],
    clean: ['clean'],
    idle: [],
    yes: [],
    file: /^$/
  }
})

/** A command of a package manager, read once: which manager, which verb, what follows the verb. */
export interface PackageCommand {
  /** The program as rules name it (`pip` for `python3 -m pip`, `pip3.12`). */
  program: string
  manager: PackageManager
  /** The command as the manager sees it (`python -m pip install x` read as `pip install x`). */
  command: Command
  /** The options, wherever they are written (GNU tools allow them after the operands). */
  options: Option[]
  /** The first operand: `install` in `apt-get -y install curl`. */
  verb?: Word
  /** The operands after the verb: the packages of an install, as written (`curl=8.5.0-2`). */
  operands: Word[]
}

const read = new WeakMap<Command, PackageCommand | null>()

/** The command read as a package manager's, or undefined for any other command. Read once per command. */
export function packageCommand(command: Command): PackageCommand | undefined {
  let found = read.get(command)
  if (found === undefined) read.set(command, (found = readPackageCommand(command) ?? null))
  return found ?? undefined
}

function readPackageCommand(command: Command): PackageCommand | undefined {
  const tool = asTool(command)
  const manager = Object.hasOwn(MANAGERS, tool.program) ? MANAGERS[tool.program] : undefined
  if (!manager) return undefined
  const { options, operands } = readOptions(tool, manager.options)
  const [verb, ...rest] = operands
  return { program: tool.program, manager, command: tool, options, verb, operands: rest }
}

/** True when the command's verb is one of the manager's verbs of that kind. */
export function isVerb(pc: PackageCommand, kind: 'install' | 'upgrade' | 'update' | 'remove' | 'clean' | 'idle'): boolean {
  return pc.verb !== undefined && pc.manager[kind].includes(pc.verb.value)
}

/** True when the command carries one of the option names (`-y` also found in a cluster `-qy`). */
export function hasOption(pc: PackageCommand, ...names: string[]): boolean {
  return pc.options.some((o) => names.includes(o.name))
}

/** True when the command reads the package index: any verb that is not a refresh, a removal, a clean or idle. */
export function readsIndex(pc: PackageCommand): boolean {
  return pc.verb !== undefined && !isVerb(pc, 'update') && !isVerb(pc, 'remove') && !isVerb(pc, 'clean') && !isVerb(pc, 'idle')
}

/**
 * The packages an OS package manager install names (`apt-get`/`apt`/`aptitude install`, `apk add`,
 * `yum`/`dnf`/`microdnf`/`tdnf`/`zypper install`), as written: versions and archs included
 * (`curl=8.5.0-2`, `openssh>9`, `libc6:amd64`), option values left out. Empty for any other command.
 */
export function installedPackages(command: Command): Word[] {
  const pc = packageCommand(command)
  return pc && OS_INDEXES.has(pc.manager.index) && isVerb(pc, 'install') ? pc.operands : []
}

const OS_INDEXES = new Set<PackageManager['index']>(['apt', 'apk', 'rpm', 'zypper'])

// ── Pinned versions: how each manager's install names a version (`curl=8.5.0-2`, `flask==3.0.0`) ──────

// ── Caches: where each manager keeps downloads, and what cleans them ───────────────────────────────
