// How commands use files that may have been downloaded (extract, install, run, put on the PATH) and
// which commands check a file's integrity (checksums, signatures). Used to tell a verified download
// from one that is trusted blindly.
import { subcommand } from './helpers.js'
import { has, readOptions, valuesOf, type OptionSpec } from './options.js'
import { powerShellArgument, powerShellArguments } from './powershell.js'
import { hasOption, isVerb, packageCommand, type PackageManager } from './package-managers.js'
import { scriptSource } from './scripts.js'
import type { Command, Word } from './types.js'

export interface FileUse {
  word: Word
  /** What happens to it, for a message: `extracted by \`tar\``. */
  how: string
}

/** The archive `tar` extracts (`tar -xzf F`, `tar xf F`, `tar --extract --file=F`); `{}` when it extracts stdin. */
export function tarExtraction(command: Command): { archive?: Word } | undefined {
  if (command.program !== 'tar' && command.program !== 'bsdtar') return undefined
  const read = readOptions(oldStyleTar(command, TAR_OPTIONS.short), TAR_OPTIONS)
  if (!has(read, '-x', '--extract', '--get')) return undefined
  const archive = valuesOf(read, '-f', '--file')[0]
  return archive && archive.value !== '-' ? { archive } : {}
}

const TAR_OPTIONS: OptionSpec = { short: 'fCTXbHKNgV', long: ['--file', '--directory', '--files-from', '--exclude-from', '--format', '--owner', '--group', '--mode'] }

/**
 * Old-style `tar xJfv F` / `tar cfb F 20`: the letters of the first word are options, and each that
 * takes a value takes the next word, in order (`f` need not be last). Rewritten as `-x -J -f F -v`.
 */
function oldStyleTar(command: Command, valued: string): Command {
  const [first, ...rest] = command.args
  if (!first || !/^[A-Za-z]+$/.test(first.value)) return command
  const args: Word[] = []
  for (const letter of first.value) {
    args.push({ ...first, value: '-' + letter, raw: '-' + letter })
    if (valued.includes(letter) && rest.length) args.push(rest.shift()!)
  }
  return { ...command, args: [...args, ...rest] }
}

/** The managers whose installs take a downloaded package file (`apt-get install ./x.deb`, `pip install x.whl`). */
const FILE_INSTALLS = new Set<PackageManager['index']>(['apt', 'rpm', 'apk', 'pip', 'npm', 'gem'])

const DECOMPRESSORS = new Set(['gunzip', 'unxz', 'bunzip2', 'unzstd', 'unlzma', 'zcat', 'xzcat', 'bzcat', 'zstdcat'])
const COMPRESSORS = new Set(['gzip', 'xz', 'bzip2', 'zstd', 'lzma', 'lz4'])

function decompresses(command: Command): boolean {
  const p = command.program
  return DECOMPRESSORS.has(p) || (COMPRESSORS.has(p) && has(readOptions(command, { short: 'S' }), '-d', '--decompress'))
}

/**
 * True for a decompressor that reads stdin and writes its content to stdout (`gunzip`, `xz -d`,
 * `zstd -dc -`): what it writes is the download it is piped, the same bytes in meaning.
 */
export function decompressesStream(command: Command): boolean {
  return decompresses(command) && readOptions(command, { short: 'S' }).operands.every((o) => o.value === '-')
}

/** The files a command extracts, installs, runs, makes executable or puts on the PATH. */
export function consumedFiles(command: Command): FileUse[] {
  // Run by its path (`./install.sh`, `/usr/local/bin/tool --version`, `.\setup.exe`), whatever else it does.
  const uses = command.powershell ? powerShellUses(command) : usesByProgram(command)
  return command.nameWord && isPath(command) ? [{ word: command.nameWord, how: 'run' }, ...uses] : uses
}

function isPath(command: Command): boolean {
  // cmd looks in the current directory before the PATH: `setup.exe /quiet` runs the file named so there.
  if (command.cmd) return /[\\/]/.test(command.name) || /\.(exe|bat|cmd|com)$/i.test(command.name)
  if (!command.powershell) return command.name.includes('/')
  // `Microsoft.PowerShell.Archive\Expand-Archive` is a cmdlet named with its module, not a path.
  return /[\\/]/.test(command.name) && !/^[\w.]+\\[a-z]+-[a-z]+$/i.test(command.name)
}

/** The use of one file, when there is one. */
const one = (word: Word | undefined, how: string): FileUse[] => (word ? [{ word, how }] : [])

/** What a PowerShell command does with files: its cmdlets, `& F`, `msiexec /i F`, and native tools read as in sh (`tar -xf F`). */
function powerShellUses(command: Command): FileUse[] {
  switch (command.program) {
    case 'expand-archive':
      return one(powerShellArgument(command, ['path', 'literalpath'], 0), 'extracted by `Expand-Archive`')
    case 'start-process': {
      const file = powerShellArgument(command, ['filepath'], 0)
      if (!file || !MSIEXEC.test(file.value)) return one(file, 'run by `Start-Process`')
      // `Start-Process msiexec -ArgumentList '/i x.msi /qn'` or `-ArgumentList '/i', 'x.msi'`.
      const args = powerShellArguments(command, 'argumentlist', 1).flatMap(splitArgumentList)
      return one(msiPackage(args), 'installed by `msiexec`')
    }
    case '&':
      return one(command.args[0], 'run with the call operator `&`')
    default:
      return usesByProgram(command)
  }
}

/** The package of `msiexec /i F` (`/package F`, `-i F`), the word after the option. */
function msiPackage(args: Word[]): Word | undefined {
  const at = args.findIndex((a) => /^[/-](i|package)$/i.test(a.value))
  return at < 0 ? undefined : args[at + 1]
}

/**
 * `'/i C:\x.msi /qn'` or `@('/i', 'x.msi')` as the arguments Windows gets (spans kept whole: only
 * the values are split).
 */
function splitArgumentList(word: Word): Word[] {
  const array = /^@\((.*)\)$/s.exec(word.value)
  const parts = array ? array[1].split(',').map((p) => p.trim().replace(/^(['"])(.*)\1$/, '$2')) : (word.value.match(/"[^"]*"|\S+/g) ?? [])
  return parts.map((part) => ({ ...word, value: part.replace(/^"(.*)"$/, '$1') }))
}

const SEVEN_ZIP = /^7z[ar]?$/
const MSIEXEC = /^msiexec(\.exe)?$/i

/** The uses of these words by the command: `extracted by \`tar\``. */
function usesBy(command: Command, words: Word[], how: string): FileUse[] {
  return words.map((word) => ({ word, how: `${how} by \`${command.program}\`` }))
}

function usesByProgram(command: Command): FileUse[] {
  const p = command.program
  const tar = tarExtraction(command)
  if (tar) return tar.archive ? usesBy(command, [tar.archive], 'extracted') : []
  if (p === 'unzip') return usesBy(command, readOptions(command, { short: 'dxPIO' }).operands.slice(0, 1), 'extracted')
  if (SEVEN_ZIP.test(p)) {
    const [verb, archive] = readOptions(command, { short: '' }).operands
    return verb && /^[xe]$/.test(verb.value) && archive ? usesBy(command, [archive], 'extracted') : []
  }
  if (decompresses(command)) return usesBy(command, readOptions(command, { short: 'S' }).operands, 'decompressed')
  // `msiexec /i F`: PowerShell bodies, and Windows images whose SHELL is a POSIX shell.
  if (MSIEXEC.test(p)) return one(msiPackage(command.args), 'installed by `msiexec`')
  if (p === 'dpkg') {
    const read = readOptions(command, { short: '', long: ['--root', '--admindir', '--instdir'] })
    if (has(read, '-i', '--install', '--unpack')) return usesBy(command, read.operands, 'installed')
    return has(read, '-x', '--extract') ? usesBy(command, read.operands.slice(0, 1), 'extracted') : []
  }
  if (p === 'rpm') {
    const installs = command.args.some((a) => /^--(install|upgrade|freshen|reinstall)$/.test(a.value) || (/^-[a-zA-Z]*[iUF][a-zA-Z]*$/.test(a.value) && !/[qeKV]/.test(a.value)))
    return installs ? usesBy(command, readOptions(command, { short: '', long: ['--root', '--dbpath', '--prefix', '--define'] }).operands, 'installed') : []
  }
  const pc = packageCommand(command)
  if (pc && FILE_INSTALLS.has(pc.manager.index) && pc.program !== 'aptitude') {
    // apk checks a local package's signature unless told not to; yum and dnf install a file given to `update` too.
    if (pc.program === 'apk' && !hasOption(pc, '--allow-untrusted')) return []
    if (!isVerb(pc, 'install') && !(pc.manager.index === 'rpm' && isVerb(pc, 'upgrade'))) return []
    return pc.operands.filter((t) => t.value.includes('/') || pc.manager.file.test(t.value)).map((word) => ({ word, how: `installed by \`${pc.program}\`` }))
  }
  if (p === 'chmod') {
    const [mode, ...files] = readOptions(command, { short: '' }).operands
    return mode && isExecutableMode(mode.value) ? usesBy(command, files, 'made executable') : []
  }
  if (p === 'java') {
    const jar = command.args.findIndex((a) => a.value === '-jar')
    return jar >= 0 && command.args[jar + 1] ? usesBy(command, [command.args[jar + 1]], 'run') : []
  }
  if (p === 'mv' || p === 'cp' || p === 'install' || p === 'ln') {
    const read = readOptions(command, { short: p === 'install' ? 'mogtS' : 'tS', long: ['--target-directory', '--suffix', '--mode', '--owner', '--group'] })
    if (p === 'install' && has(read, '-d', '--directory')) return []
    const target = valuesOf(read, '-t', '--target-directory')[0]
    const sources = target ? read.operands : read.operands.slice(0, -1)
    const dest = target ?? read.operands[read.operands.length - 1]
    return dest && isBinDir(dest.value) ? usesBy(command, sources, `put into \`${dest.value}\``) : []
  }
  const source = scriptSource(command)
  return source?.from === 'file' ? usesBy(command, [source.word], 'run') : []
}

/** Numeric modes with an execute bit (`755`, `0700`) and symbolic ones that add one (`+x`, `a+rx`). */
function isExecutableMode(mode: string): boolean {
  if (/^[0-7]{3,4}$/.test(mode)) return /[1357]/.test(mode.slice(-3))
  return mode.split(',').some((m) => /^[ugoa]*[+=][rwXst]*x/.test(m))
}

/** A directory on the PATH, or a file in one: `/usr/local/bin`, `/usr/local/bin/tool`, `$HOME/.local/bin/`. */
export function isBinDir(path: string): boolean {
  return /(^|\/)s?bin(\/|$)/.test(path)
}

const CHECKSUMS = /^(sha(1|224|256|384|512)sum|md5sum|b2sum|shasum|cksum|rhash)$/

/** PowerShell commands that compute a file's hash or signature (and certutil, in PowerShell and cmd): a check only once their result is compared with something. */
const POWERSHELL_CHECKS = /^(get-filehash|get-authenticodesignature)$/
/** Commands a hash is piped into to be matched: `certutil -hashfile F SHA256 | findstr /i <sha>`. */
const MATCHERS = new Set(['findstr', 'select-string', 'sls'])

/** True for commands that check a file against a checksum or signature. */
export function isVerifier(command: Command): boolean {
  const p = command.program
  if (command.powershell || command.cmd) {
    const hashes = POWERSHELL_CHECKS.test(p) || (p === 'certutil' && command.args.some((a) => /^[-/]hashfile$/i.test(a.value)))
    if (hashes) return command.compared === true || command.pipeline.commands.slice(command.pipeline.commands.indexOf(command) + 1).some((c) => MATCHERS.has(c.program))
  }
  if (CHECKSUMS.test(p) || p === 'gpgv' || p === 'gpgv2' || p === 'slsa-verifier') return true
  if (p === 'gpg' || p === 'gpg2') return command.args.some((a) => a.value === '--verify' || a.value === '--verify-files')
  if (p === 'cosign' || p === 'sq') return subcommand(command)?.startsWith('verify') ?? false
  if (p === 'minisign' || p === 'signify' || p === 'signify-openbsd') return command.args.some((a) => /^-[a-zA-Z]*V/.test(a.value))
  if (p === 'openssl') return /^(dgst|sha\d*|md5)$/.test(subcommand(command) ?? '')
  if (p === 'gh') return subcommand(command) === 'attestation'
  if (p === 'ssh-keygen') return command.args.some((a) => a.value === 'verify')
  if (p === 'rpm' || p === 'rpmkeys') return command.args.some((a) => a.value === '-K' || a.value === '--checksig')
  return false
}
