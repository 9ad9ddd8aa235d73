// The permission modes a Dockerfile sets: `chmod MODE`, `install -m MODE`, `mkdir -m MODE` and
// `COPY/ADD --chmod=MODE`, read the way chmod reads them, for the rules about setuid bits and
// world-writable files.
import { copyDestination, perFile, runCommands } from '../../dockerfile/helpers.js'
import type { Dockerfile, Flag, Instruction, Span } from '../../dockerfile/model.js'
import { readOptions } from '../../shell/options.js'
import type { Command, Word } from '../../shell/types.js'

/** The bits a mode adds; bits it removes or leaves alone are false. */
export interface ModeBits {
  setuid: boolean
  setgid: boolean
  sticky: boolean
  /** Write permission for "others", i.e. every user. */
  worldWritable: boolean
}

export interface ModeSetting {
  /** The mode as Docker or the shell sees it (ARG and ENV values substituted). */
  mode: string
  bits: ModeBits
  /** Where the mode is written. */
  at: Span
  /** How it is set, for a message: `chmod 4755`, `COPY --chmod=4755`. */
  how: string
  /** The files or directories it applies to, as written. */
  paths: string[]
  /** `chmod -R`: everything under the paths too. */
  recursive: boolean
  instruction: Instruction
}

/**
 * What a mode adds: numeric (`4755`, `0777`) or symbolic (`u+s`, `g=rwxs`, `a+w,o-x`). Undefined when
 * the text is not a mode. A symbolic `+w` with no `u`/`g`/`o`/`a` is filtered by the umask, so it does
 * not count as world-writable.
 */
export function modeBits(mode: string): ModeBits | undefined {
  if (/^[0-7]{1,5}$/.test(mode)) {
    const n = parseInt(mode, 8)
    return { setuid: (n & 0o4000) !== 0, setgid: (n & 0o2000) !== 0, sticky: (n & 0o1000) !== 0, worldWritable: (n & 0o002) !== 0 }
  }
  const bits: ModeBits = { setuid: false, setgid: false, sticky: false, worldWritable: false }
  for (const clause of mode.split(',')) {
    const match = /^([ugoa]*)((?:[-+=](?:[rwxXst]*|[ugo]))+)$/.exec(clause)
    if (!match) return undefined
    const who = match[1]
    const all = who === '' || who.includes('a')
    for (const [, op, perms] of match[2].matchAll(/([-+=])([rwxXst]*|[ugo])/g)) {
      if (op === '-') continue
      if (perms.includes('s') && (all || who.includes('u'))) bits.setuid = true
      if (perms.includes('s') && (all || who.includes('g'))) bits.setgid = true
      if (perms.includes('t') && (all || who.includes('o'))) bits.sticky = true
      if (perms.includes('w') && who !== '' && (who.includes('a') || who.includes('o'))) bits.worldWritable = true
    }
  }
  return bits
}

/** Every mode the Dockerfile sets whose value is known, in source order (found once per file: two rules ask). */
export function modeSettings(dockerfile: Dockerfile): readonly ModeSetting[] {
  return perFile(dockerfile, allModeSettings)
}

function allModeSettings(dockerfile: Dockerfile): ModeSetting[] {
  const found: ModeSetting[] = []
  for (const { command, instruction } of runCommands(dockerfile)) {
    const setting = commandMode(command)
    const mode = setting && (setting.word.literal ? setting.word.value : instruction.resolve(setting.word.value))
    const bits = mode === undefined ? undefined : modeBits(mode)
    if (!setting || mode === undefined || !bits) continue
    const how = `${command.program} ${setting.option}${setting.option ? ' ' : ''}${setting.word.value}`
    found.push({ mode, bits, at: setting.word, how, paths: setting.paths.map((p) => p.value), recursive: setting.recursive, instruction })
  }
  for (const instruction of dockerfile.instructions) {
    if ((instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') || !instruction.flags.length) continue
    const flag = instruction.flags.find(isChmod)
    const mode = flag?.value && instruction.resolve(flag.value)
    const bits = mode ? modeBits(mode) : undefined
    if (!flag?.value || !mode || !bits) continue
    const destination = copyDestination(instruction)
    const at = { start: flag.end - flag.value.length, end: flag.end }
    found.push({ mode, bits, at, how: `${instruction.keyword} --chmod=${flag.value}`, paths: destination ? [destination.value] : [], recursive: true, instruction })
  }
  return found
}

/** `--chmod`, in any case (a flag's name is as written). */
const isChmod = (flag: Flag) => flag.name.toLowerCase() === 'chmod'

interface CommandMode {
  word: Word
  /** `-m` for install/mkdir, '' for chmod. */
  option: string
  paths: Word[]
  recursive: boolean
}

function commandMode(command: Command): CommandMode | undefined {
  if (command.program === 'chmod') {
    // `chmod -w f` and `chmod -s f` are modes that look like options; they only remove bits.
    const read = readOptions(command, { short: '', long: ['--reference'] })
    if (read.options.some((o) => o.name === '--reference')) return undefined
    const [word, ...paths] = read.operands
    const recursive = read.options.some((o) => o.name === '-R' || o.name === '--recursive')
    return word && { word, option: '', paths, recursive }
  }
  if (command.program === 'install' || command.program === 'mkdir') {
    const read = readOptions(command, { short: command.program === 'install' ? 'mgotS' : 'm', long: ['--mode', '--owner', '--group', '--target-directory', '--suffix'] })
    const word = read.options.find((o) => o.name === '-m' || o.name === '--mode')?.value
    return word && { word, option: '-m', paths: read.operands, recursive: false }
  }
  return undefined
}
