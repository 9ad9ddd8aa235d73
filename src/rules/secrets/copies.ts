// What COPY and ADD put into a stage, and where: enough to tell whether a given path in the image
// came from the build context.
import { copySources } from '../../dockerfile/helpers.js'
import type { Arg, Instruction, Stage } from '../../dockerfile/model.js'
import { basename, mayBeSecretPath } from './files.js'

export interface Copy {
  instruction: Instruction
  /** The sources as written (heredoc sources left out). */
  sources: Arg[]
  /** Where they land: absolute, ARGs resolved, when that can be known. */
  destination?: string
  /** The destination as written (`$AWS_CONFIG_FILE`, `./`). */
  written?: string
  /** True when the destination is a directory the sources go into (`/app/`, several sources). */
  intoDirectory: boolean
}

/**
 * The COPY and ADD instructions of a stage (ONBUILD triggers left out: they run in another build).
 * `base` stands for the working directory the stage starts in, when it is not known to be `/`.
 */
export function copiesOf(stage: Stage, base?: string): Copy[] {
  const copies: Copy[] = []
  let workdir: string | undefined = stage.image.scratch ? '/' : base
  for (const instruction of stage.instructions) {
    if (instruction.onbuild) continue
    if (instruction.keyword === 'WORKDIR' && instruction.args[0]) {
      const path = instruction.resolve(instruction.args[0].value)
      workdir = path === undefined ? undefined : absolute(path, workdir)
    }
    if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') continue
    const sources = copySources(instruction).filter((s) => !s.value.startsWith('<<'))
    const written = instruction.json ? instruction.json[instruction.json.length - 1] : destinationWord(instruction)
    const resolved = written === undefined ? undefined : instruction.resolve(written)
    const destination = resolved === undefined ? undefined : absolute(resolved, workdir)
    const intoDirectory = (resolved !== undefined && (resolved.endsWith('/') || resolved === '.')) || sources.length + instruction.heredocs.length > 1
    // Trailing slashes dropped (a regex only for the few destinations that have one).
    const trimmed = destination?.endsWith('/') ? destination.replace(/(.)\/+$/, '$1') : destination
    copies.push({ instruction, sources, destination: trimmed, written, intoDirectory })
  }
  return copies
}

/**
 * False when no file this COPY or ADD adds can be a secret by its name (most copies): a test of its
 * words as written, before `copiesOf` resolves them.
 */
export function mayCopySecret(instruction: Instruction): boolean {
  if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') return false
  if (instruction.json) return instruction.json.some(mayNameSecret)
  return instruction.args.some((arg) => mayNameSecret(arg.value))
}

function mayNameSecret(word: string): boolean {
  // The name may come from elsewhere: an ARG (`$KEY_FILE`), the WORKDIR (`..`, `./.`, `""`), or be quoted.
  if (word === '' || word.includes('$') || (word.endsWith('.') && word !== '.') || QUOTE_AT_END.test(word)) return true
  return mayBeSecretPath(word)
}

const QUOTE_AT_END = /^["']|["']$/

/** The last word before any heredoc body: the destination of `COPY <<EOF /dest` forms too. */
export function destinationWord(instruction: Instruction): string | undefined {
  const { args, heredocs } = instruction
  let last = args.length - 1
  if (heredocs.length) while (last >= 0 && args[last].start >= heredocs[0].bodyStart) last--
  const word = args[last]?.value
  // Quotes removed (a regex only for the few words that start with one).
  return word && (word.startsWith('"') || word.startsWith("'")) ? word.replace(/^(["'])(.*)\1$/s, '$2') : word
}

/** `path` made absolute against `workdir`; undefined when it is relative and the WORKDIR is unknown. */
export function absolute(path: string, workdir: string | undefined): string | undefined {
  if (path.startsWith('/')) return normalize(path)
  return workdir === undefined ? undefined : normalize(`${workdir}/${path}`)
}

/** An absolute path with no empty, `.` or `..` part: already what `normalize` makes of it. */
const NORMALIZED = /^(?:\/(?!\.\.?(?:\/|$))[^/]+)+$/

function normalize(path: string): string {
  if (NORMALIZED.test(path)) return path // most paths: no parts to split and join again
  // `COPY . .` under a WORKDIR: `/app/.` is `/app`.
  if (path.endsWith('/.') && NORMALIZED.test(path.slice(0, -2))) return path.slice(0, -2)
  const parts: string[] = []
  for (const part of path.split('/')) {
    if (part === '..') parts.pop()
    else if (part && part !== '.') parts.push(part)
  }
  return '/' + parts.join('/')
}

/**
 * True when `path` (absolute) may be a file this COPY put there: the destination itself, a source's
 * name in the destination directory, or anything under it when a source is a directory or a glob.
 */
export function mayPlace(copy: Copy, path: string): boolean {
  const { destination } = copy
  if (!destination || destination === '/') return false // `COPY rootfs/ /` says nothing about one file
  if (path === destination && !copy.intoDirectory) return true
  if (!path.startsWith(destination + '/')) return false
  const relative = path.slice(destination.length + 1)
  return copy.sources.some((s) => {
    const name = basename(s.value)
    const isFile = /\.[A-Za-z0-9]+$/.test(name) && !/[*?[]/.test(name) && !s.value.endsWith('/')
    return isFile ? copy.intoDirectory && relative === name : true
  })
}

/** The base names a COPY gives the files it adds: each source's, or the destination's when it renames one file. */
export function addedNames(copy: Copy): string[] {
  const names = copy.sources.map((s) => basename(s.value))
  if (!copy.intoDirectory && copy.destination) names.push(basename(copy.destination))
  return names
}
