// The one table of package managers that RUN commands use, OS ones (apt-get, apk, dnf, zypper, …) and
// language ones (pip, npm, yarn, gem, go): their verbs, the options that take a value, the flags that
// answer prompts, what a local package file looks like and how a version is pinned. Every rule that
// asks about a package command asks here (`packageCommand`), so a manager or a verb is added once.
import { perFile, runCommands, type CommandAt } from '../dockerfile/helpers.js'
import type { Dockerfile } from '../dockerfile/model.js'
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
  /** Other verbs that ask for confirmation, as install, upgrade and remove verbs do (`apt-get build-dep`). */
  confirms?: readonly string[]
  /** Verbs followed by a verb of their own (`dnf group install`, `dnf module remove`). */
  nested?: readonly string[]
}

const APT: PackageManager = {
  index: 'apt',
  options: { short: 'octa', long: ['--option', '--config-file', '--target-release', '--default-release', '--host-architecture'] },
  install: ['install', 'reinstall'],
  upgrade: ['upgrade', 'dist-upgrade', 'full-upgrade'],
  update: ['update'],
  remove: ['remove', 'purge', 'autoremove', 'auto-remove'],
  // `distclean` (apt 2.7.8+) also deletes the package lists.
  clean: ['clean', 'autoclean', 'auto-clean', 'distclean', 'dist-clean'],
  idle: [],
  yes: ['-y', '--yes', '--assume-yes'],
  file: /\.deb$/,
  confirms: ['build-dep', 'satisfy', 'dselect-upgrade']
}
const RPM: PackageManager = {
  index: 'rpm',
  options: {
    short: 'cdexR',
    long: ['--config', '--installroot', '--releasever', '--setopt', '--enablerepo', '--disablerepo', '--repo', '--repoid', '--exclude', '--forcearch']
  },
  install: ['install', 'in', 'localinstall', 'reinstall', 'groupinstall'],
  upgrade: ['upgrade', 'update', 'up', 'upgrade-minimal', 'update-minimal', 'distro-sync'],
  update: ['makecache'],
  remove: ['remove', 'erase', 'autoremove', 'groupremove'],
  clean: ['clean'],
  idle: [],
  yes: ['-y', '--assumeyes'],
  file: /\.rpm$/,
  confirms: ['downgrade', 'swap'],
  nested: ['group', 'groups', 'module']
}

const MANAGERS = table<PackageManager>({
  'apt-get': APT,
  apt: APT,
  aptitude: APT,
  // Reads the index only (`apt-cache policy curl`): an index refreshed for it is not orphaned.
  'apt-cache': { ...APT, install: [], upgrade: [], update: [], remove: [], clean: [], yes: [], confirms: [] },
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
  dnf5: RPM,
  // Asks for confirmation as dnf does on UBI 9 and EL9; the microdnf of EL8 assumed yes, and takes `-y` all the same.
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
    file: /\.rpm$/,
    confirms: ['source-install', 'si']
  },
  pip: {
    index: 'pip',
    options: { short: 'rceitfC', long: ['--requirement', '--constraint', '--index-url', '--extra-index-url', '--target', '--prefix', '--root', '--find-links', '--cache-dir', '--src', '--platform', '--python-version', '--implementation', '--abi', '--trusted-host', '--root-user-action', '--progress-bar', '--log', '--proxy', '--retries', '--timeout', '--exists-action', '--cert', '--client-cert', '--upgrade-strategy', '--no-binary', '--only-binary', '--config-settings', '--global-option', '--install-option', '--report', '--python'] },
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
    options: { short: 'wC', long: ['--registry', '--prefix', '--loglevel', '--cache', '--userconfig', '--omit', '--include', '--tag', '--workspace'] },
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
    options: { short: 'vsinP', long: ['--version', '--source', '--install-dir', '--bindir', '--platform', '--document', '--build-root', '--trust-policy', '--config-file', '--bulk-threshold'] },
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
    options: { short: '', long: ['-C', '-o', '-p', '-tags', '-ldflags', '-gcflags', '-asmflags', '-mod', '-modfile', '-overlay', '-pkgdir', '-buildmode', '-compiler', '-gccgoflags', '-installsuffix', '-toolexec', '-exec', '-covermode', '-coverpkg', '-pgo'] },
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

/**
 * The command read as a package manager's, or undefined for any other command. Not memoized: reading
 * takes a microsecond, while a WeakMap keyed by commands kept every file's commands alive through
 * young-generation collections and doubled the memory of a large run.
 */
export function packageCommand(command: Command): PackageCommand | undefined {
  // Most commands are no package manager's: answered before reading options (`python3 -m pip`, `pip3.12` are read as pip).
  if (!Object.hasOwn(MANAGERS, command.program) && command.program[0] !== 'p') return undefined
  return readPackageCommand(command)
}

/** A package manager's command in a RUN, read. */
export interface PackageCommandAt extends CommandAt {
  pc: PackageCommand
}

/** Every package manager command of every RUN (ONBUILD triggers included), read once per file, in source order. */
export function packageCommands(dockerfile: Dockerfile): readonly PackageCommandAt[] {
  return perFile(dockerfile, findPackageCommands)
}

/** The package manager command `command` is, from the per-file reading (undefined for any other command of the file). */
export function packageCommandIn(dockerfile: Dockerfile, command: Command): PackageCommand | undefined {
  return perFile(dockerfile, byCommand).get(command)
}

function byCommand(dockerfile: Dockerfile): Map<Command, PackageCommand> {
  return new Map(packageCommands(dockerfile).map(({ command, pc }) => [command, pc]))
}

function findPackageCommands(dockerfile: Dockerfile): PackageCommandAt[] {
  const found: PackageCommandAt[] = []
  for (const { command, instruction } of runCommands(dockerfile)) {
    const pc = packageCommand(command)
    if (pc) found.push({ command, instruction, pc })
  }
  return found
}

function readPackageCommand(command: Command): PackageCommand | undefined {
  const tool = asTool(command)
  const manager = Object.hasOwn(MANAGERS, tool.program) ? MANAGERS[tool.program] : undefined
  if (!manager) return undefined
  const { options, operands } = manager.index === 'go' ? readGoFlags(tool, manager.options) : readOptions(tool, manager.options)
  return { program: tool.program, manager, command: tool, options, verb: operands[0], operands: operands.slice(1) }
}

/**
 * `go <verb> [flags] [packages]` read as Go's flag package reads it: `-name` or `--name`, with a
 * value as `-name=value` or, for the valued flags, the next word; flags end at the first package
 * (`go run pkg -v` hands `-v` to the program).
 */
function readGoFlags(command: Command, spec: OptionSpec): { options: Option[]; operands: Word[] } {
  const [verb, ...args] = command.args
  const options: Option[] = []
  let i = 0
  for (; i < args.length && args[i].value.startsWith('-') && args[i].value !== '-'; i++) {
    if (args[i].value === '--') {
      i++
      break
    }
    const [flag, inline] = args[i].value.replace(/^--?/, '-').split(/=(.*)/s)
    const value = inline !== undefined ? { ...args[i], value: inline } : spec.long?.includes(flag) ? args[++i] : undefined
    options.push({ name: flag, value })
  }
  return { options, operands: verb ? [verb, ...args.slice(i)] : [] }
}

/** True when the command's verb is one of the manager's verbs of that kind. */
export function isVerb(pc: PackageCommand, kind: 'install' | 'upgrade' | 'update' | 'remove' | 'clean' | 'idle'): boolean {
  return pc.verb !== undefined && pc.manager[kind].includes(pc.verb.value)
}

/**
 * The verb that says what the command does: its verb, or the one after a verb that takes its own
 * (`install` of `dnf group install`, `dnf module install`).
 */
export function actionVerb(pc: PackageCommand): Word | undefined {
  return pc.verb && pc.manager.nested?.includes(pc.verb.value) ? pc.operands[0] : pc.verb
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
  return pc ? installs(pc) : []
}

/** The packages a package command installs if it is an OS package manager's install, as installedPackages reads them. */
export function installs(pc: PackageCommand): Word[] {
  return OS_INDEXES.has(pc.manager.index) && isVerb(pc, 'install') ? pc.operands : []
}

const OS_INDEXES = new Set<PackageManager['index']>(['apt', 'apk', 'rpm', 'zypper'])

// ── Pinned versions: how each manager's install names a version (`curl=8.5.0-2`, `flask==3.0.0`) ──────

/** The packages an install names and how its manager writes a version: what the pin-*-versions rules ask. */
export interface Pins {
  /** The command's verb as written in messages: `install`, `add`, `module install`, `global add`. */
  verb: string
  /** The package specs as written; option values, removals (`apt-get install curl-`), groups and build options left out. */
  specs: Word[]
  /** True when the spec fixes what is installed: a version (or range), a package file, a local path or a commit. */
  pinned(spec: string): boolean
  /** The spec written with a version, for messages: `curl` → `curl=<version>`. */
  example(spec: string): string
}

/**
 * How an install command names its packages' versions, or undefined when it installs nothing by name
 * from a package index: another verb, `pip install -c constraints.txt …` (the file pins), `gem install
 * rails -v 7.1` (the option pins).
 */
export function pins(pc: PackageCommand): Pins | undefined {
  return pc.verb && Object.hasOwn(PINS, pc.manager.index) ? PINS[pc.manager.index]!(pc, pc.verb.value) : undefined
}

const PINS: Partial<Record<PackageManager['index'], (pc: PackageCommand, verb: string) => Pins | undefined>> = {
  // `curl=8.5.0-2`, `curl=8.*`, `curl/bookworm-backports` (a release), `./app.deb`.
  apt: (pc, verb) =>
    verb !== 'install' ? undefined : {
      verb,
      specs: pc.operands.filter((w) => !w.value.endsWith('-') && !/^[~?]/.test(w.value)), // removals, aptitude search patterns
      pinned: (s) => /[=/]/.test(s) || pc.manager.file.test(s),
      example: (s) => `${s}=<version>`
    },
  // `curl=8.5.0-r0`, `curl~8.5`, `curl>8`, `./app.apk`.
  apk: (pc, verb) =>
    verb !== 'add' ? undefined : { verb, specs: pc.operands, pinned: (s) => /[=~<>]/.test(s) || pc.manager.file.test(s), example: (s) => `${s}=<version>` },
  // `tomcat-9.0.1`, `openssl-1:3.0.7-27.el9`, `./app.rpm`; a module needs a stream (`nodejs:20`).
  rpm: (pc, verb) => {
    if (verb === 'module' && pc.operands[0]?.value === 'install') {
      return { verb: 'module install', specs: pc.operands.slice(1), pinned: (s) => s.includes(':'), example: (s) => `${s}:<stream>` }
    }
    if (!['install', 'in', 'localinstall'].includes(verb)) return undefined
    const specs = pc.operands.filter((w) => !/^@|\(/.test(w.value)) // `@group`, `@module:stream`, `pkgconfig(x)` provides
    return { verb, specs, pinned: (s) => hasRpmVersion(s) || pc.manager.file.test(s), example: (s) => `${s}-<version>` }
  },
  // `tomcat=9.0.39`, `tomcat>=9`, `./app.rpm`; patterns, patches and products (`-t pattern`, `pattern:x`) have no version.
  zypper: (pc, verb) => {
    const type = pc.options.find((o) => o.name === '-t' || o.name === '--type')?.value?.value
    if ((verb !== 'install' && verb !== 'in') || (type !== undefined && type !== 'package')) return undefined
    const specs = pc.operands.filter((w) => !/^(pattern|patch|product|srcpackage|application):/.test(w.value))
    return { verb, specs, pinned: (s) => /[=<>]/.test(s) || pc.manager.file.test(s), example: (s) => `${s}=<version>` }
  },
  // `flask==3.0.3`, `flask>=3,<4`, `git+https://…/repo.git@v1.2`, `./app`, `app.whl`. A constraints
  // file pins what it lists, and `--no-index` installs only the files it is pointed at.
  pip: (pc, verb) =>
    verb !== 'install' || hasOption(pc, '-c', '--constraint', '--no-index') ? undefined : {
      verb,
      specs: pc.operands,
      pinned: (s) => (VCS_URL.test(s) ? s.replace(/^[^:]+:\/\/[^/]*/, '').includes('@') : /[<>]|[=~!]=/.test(s) || /^\.|\//.test(s) || pc.manager.file.test(s)),
      // `flask=3.0`, which pip rejects, is shown as `flask==3.0`.
      example: (s) => (/^[^=]+=[^=]+$/.test(s) ? s.replace('=', '==') : `${s}==<version>`)
    },
  npm: jsPins,
  yarn: jsPins,
  pnpm: jsPins,
  // `rails:7.1.3`, or `-v 7.1.3` for the command; what follows `--` is passed to the gems' builds.
  gem: (pc, verb) => {
    if (!isVerb(pc, 'install') || hasOption(pc, '-v', '--version')) return undefined
    const end = pc.command.args.find((a) => a.value === '--')
    const specs = end ? pc.operands.filter((w) => w.start < end.start) : pc.operands
    return { verb, specs, pinned: (s) => s.includes(':') || pc.manager.file.test(s), example: (s) => `${s}:<version>` }
  },
  // `go install example.com/cmd@v1.2.3`. Without `@`, `go install` and `go run` build the version the
  // main module's go.mod requires (and fail outside a module), while `go get` resolves the latest.
  // `go run` hands the words after its package to the program.
  go: (pc, verb) => {
    if (verb !== 'install' && verb !== 'get' && verb !== 'run') return undefined
    const specs = (verb === 'run' ? pc.operands.slice(0, 1) : pc.operands).filter((w) => !/^(\.\.?|all|std|cmd|tool)$|^\.{0,2}\/|^-/.test(w.value))
    const pinned = (s: string) => (s.includes('@') ? !/@(latest|upgrade|patch|master|main)$/.test(s) : verb !== 'get')
    return { verb, specs, pinned, example: (s) => `${s.replace(/@[^@]*$/, '')}@<version>` }
  }
}

/** pip's VCS requirements (`git+https://…`, `hg+ssh://…`): pinned by an `@` revision after the host. */
const VCS_URL = /^(git|hg|svn|bzr)(\+[a-z-]+)?:/

/**
 * An rpm `name-version[-release][.arch]`: a dash-separated part after the name starts with a digit and
 * every one is made of version characters (`gcc-c++-8.5.0`, `openssl-1:3.0.7`; not `rpm-sign`).
 */
function hasRpmVersion(spec: string): boolean {
  const [, ...parts] = spec.split('-')
  return parts.some((p) => /^\d/.test(p)) && parts.every((p) => /^[\w.~^:+*]*$/.test(p))
}

/** `express@4.21.2`, `@scope/pkg@^1.2`, a tarball, a local folder, a git URL or GitHub `user/repo` with `#<commit>`; `@latest` is no version. */
function jsPins(pc: PackageCommand, verb: string): Pins | undefined {
  const global = verb === 'global' && pc.operands[0]?.value === 'add' // yarn global add
  if (!global && !isVerb(pc, 'install')) return undefined
  const git = (s: string) => /^(git(\+[a-z]+)?:\/\/|(github|gitlab|bitbucket|gist):)/.test(s) || /^\w[\w.-]*\/[\w.-]+(#|$)/.test(s)
  return {
    verb: global ? 'global add' : verb,
    specs: global ? pc.operands.slice(1) : pc.operands,
    pinned: (s) => {
      if (git(s)) return s.includes('#')
      if (pc.manager.file.test(s) || /^(\.{1,2}|~)?\/|^\.$|^file:/.test(s)) return true
      const at = s.indexOf('@', 1) // after a scope's own `@`
      return at > 0 && !/^(latest|\*|x)?$/i.test(s.slice(at + 1))
    },
    example: (s) => (git(s) ? `${s}#<commit>` : `${s.replace(/(.)@[^@]*$/, '$1')}@<version>`)
  }
}

// ── Caches: where each manager keeps downloads, and what cleans them ───────────────────────────────

/** What a package manager leaves on disk besides the packages it installs, and what empties it. */
export interface Cache {
  /** Where it is; `~` stands for any home directory (`/root`, `/home/app`, `$HOME`). */
  dirs: readonly string[]
  /** True for the manager's own command that empties it (`yum clean all`, `yarn cache clean`). */
  cleans(pc: PackageCommand): boolean
  /** The option of the filling command that moves it (`pip install --cache-dir /x`). */
  option?: string
  /** The environment variable that moves it. */
  env?: string
}

const verbs = (program: RegExp, ...names: string[]) => (pc: PackageCommand) => program.test(pc.program) && names.includes(pc.verb?.value ?? '')
const cleanAll = (program: string) => (pc: PackageCommand) => pc.program === program && pc.verb?.value === 'clean' && pc.operands.some((w) => w.value === 'all')
// yum and microdnf keep theirs in /var/cache/yum, dnf 4 in /var/cache/dnf, dnf 5 in /var/cache/libdnf5;
// deleting any of them counts for each (RHEL's yum is dnf, and hadolint takes /var/cache/yum for dnf).
const RPM_CACHE = ['/var/cache/yum', '/var/cache/dnf', '/var/cache/libdnf5']

/** The caches package managers fill, by manager program (`apt-lists` and `apt-archives` for apt's two). */
export const CACHES = table<Cache>({
  // `apt-get update` writes the lists; `apt-get distclean` (apt 2.7.8+) deletes them, `apt-get clean` does not.
  'apt-lists': { dirs: ['/var/lib/apt/lists'], cleans: verbs(/^apt(-get|itude)?$/, 'distclean', 'dist-clean') },
  // Installs keep the .deb files they download here, unless the docker-clean hook of Debian and Ubuntu images deletes them.
  'apt-archives': { dirs: ['/var/cache/apt/archives'], cleans: verbs(/^apt(-get|itude)?$/, 'clean', 'distclean', 'dist-clean') },
  // The package index that `apk update` and `apk add --update` fetch (and the packages, where caching is set up).
  apk: { dirs: ['/var/cache/apk', '/etc/apk/cache'], cleans: () => false, option: '--cache-dir' },
  yum: { dirs: RPM_CACHE, cleans: cleanAll('yum') },
  dnf: { dirs: RPM_CACHE, cleans: cleanAll('dnf') },
  dnf5: { dirs: RPM_CACHE, cleans: cleanAll('dnf5') },
  microdnf: { dirs: RPM_CACHE, cleans: cleanAll('microdnf') },
  tdnf: { dirs: ['/var/cache/tdnf'], cleans: cleanAll('tdnf') },
  zypper: { dirs: ['/var/cache/zypp'], cleans: verbs(/^zypper$/, 'clean', 'cc') },
  pip: { dirs: ['~/.cache/pip'], cleans: (pc) => pc.program === 'pip' && pc.verb?.value === 'cache' && pc.operands[0]?.value === 'purge', option: '--cache-dir', env: 'PIP_CACHE_DIR' },
  // Yarn 1 keeps root's cache in /usr/local/share/.cache/yarn and a user's in ~/.cache/yarn; Yarn 2+ in ~/.yarn/berry/cache.
  yarn: {
    dirs: ['/usr/local/share/.cache/yarn', '~/.cache/yarn', '~/.yarn/berry/cache'],
    cleans: (pc) => pc.program === 'yarn' && pc.verb?.value === 'cache' && pc.operands[0]?.value === 'clean',
    option: '--cache-folder',
    env: 'YARN_CACHE_FOLDER'
  }
})

/**
 * True when deleting or mounting `path` (as written: `/var/lib/apt/lists/*`, `$HOME/.cache`,
 * `/var/cache/yum*`) takes in one of `dirs`: the directory itself, everything in it (`dir/*`) or a
 * directory above it. Undefined when a variable in the path is unknown (`"$CACHE"`) and the text
 * before it does not rule that out.
 */
export function takesIn(path: string, dirs: readonly string[]): boolean | undefined {
  const p = path.replace(HOME, '~').replace(TRAILING, '')
  const variable = p.search(EXPANSION)
  if (variable >= 0) return dirs.some((dir) => dir.startsWith(p.slice(0, variable))) ? undefined : false
  // A plain path is the directory or one above it (most `rm` paths: no pattern to build).
  if (!GLOB.test(p)) return dirs.some((dir) => dir === p || dir.startsWith(`${p}/`))
  const glob = new RegExp(`^${p.replace(/[.+^{}()|[\]\\]/g, '\\$&').replace(/\*+/g, '[^/]*').replace(/\?/g, '[^/]')}$`)
  return dirs.some((dir) => withParents(dir).some((d) => glob.test(d)))
}

/** What a removal's path may end with and still name the directory: `/`, `/.`, `/*`, `/**`. */
const TRAILING = /(\/\*{1,2}|\/\.?)+$/
const EXPANSION = /[$`]/
const GLOB = /[*?]/

/** `/var/lib/apt/lists` and each directory above it: `/var/lib/apt`, `/var/lib`, `/var` and `` (the root). */
function withParents(dir: string): string[] {
  const parts = dir.split('/')
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('/'))
}

/** A home directory at the start of a path: root's, a user's, or `~` / `$HOME`. */
const HOME = /^(~|\$HOME|\$\{HOME\}|\/root|\/home\/[^/]+)(?=\/|$)/
