// Walks over the model that more than one rule needs. If two rules need the same walk, it belongs here.
import type { Command, Word } from '../shell/types.js'
import type { Arg, Dockerfile, Flag, Instruction, Stage } from './model.js'
import { posix } from 'node:path'
import { positionOf } from './positions.js'
import { isDockerHub, parseImageRef } from './image.js'

/** The instructions of these keywords (ONBUILD triggers included), in order. */
export function instructionsOf(dockerfile: Dockerfile, ...keywords: string[]): Instruction[] {
  return dockerfile.instructions.filter((i) => keywords.includes(i.keyword))
}

/** The last instruction of `keyword` in the stage, ONBUILD triggers not counted. */
export function lastOf(stage: Stage, keyword: string): Instruction | undefined {
  for (let i = stage.instructions.length - 1; i >= 0; i--) {
    const instruction = stage.instructions[i]
    if (instruction.keyword === keyword && !instruction.onbuild) return instruction
  }
  return undefined
}

export interface CommandAt {
  command: Command
  instruction: Instruction
}

/**
 * The user the stage's processes run as after its last USER, following `FROM <earlier stage>`;
 * undefined when no USER is set anywhere (the base image decides).
 */
export function finalUser(stage: Stage): Instruction | undefined {
  for (let s: Stage | undefined = stage; s; s = s.image.stage) {
    const user = lastOf(s, 'USER')
    if (user) return user
  }
  return undefined
}

/**
 * True for `root`, `0`, `root:…`, `0:…` (after resolving ARGs where known). A UID is read as a number, as
 * Docker does, so `00`, `+0` and `-0` are root too.
 */
export function isRootUser(user: string): boolean {
  const colon = user.indexOf(':')
  const name = (colon < 0 ? user : user.slice(0, colon)).trim()
  return name === 'root' || ROOT_UID.test(name)
}

const ROOT_UID = /^[+-]?0+$/

/** The stages whose files end up in the image: the final stage and the stages it is built FROM. */
export function finalStages(dockerfile: Dockerfile): Stage[] {
  const chain: Stage[] = []
  for (let s = dockerfile.finalStage; s; s = s.image.stage) chain.push(s)
  return chain
}

/**
 * True when the image `chain` (from finalStages) builds holds files only: it starts `FROM scratch` and
 * no stage sets CMD or ENTRYPOINT, so it never runs a process. Such an image is an export stage
 * (`docker build --output`) or data for other builds to `COPY --from`.
 */
export function isFilesOnly(chain: readonly Stage[]): boolean {
  const base = chain[chain.length - 1]
  return base !== undefined && base.image.scratch && !chain.some((s) => lastOf(s, 'CMD') || lastOf(s, 'ENTRYPOINT'))
}

/** A span covering a word (for a Problem's `at`). */
export function spanOf(node: { start: number; end: number }): { start: number; end: number } {
  return { start: node.start, end: node.end }
}

export type { Word }

/**
 * A shell word's value with the ARG and ENV values in scope at `instruction` substituted; undefined when
 * one is unknown. A literal word is taken as it is (`'$HOME'` keeps its `$`).
 */
export function wordValue(instruction: Instruction, word: Word): string | undefined {
  return word.literal ? word.value : instruction.resolve(word.value)
}

/**
 * What `compute` gives for this file, computed on the first call only: the walks several rules need
 * are done once per file. The result lives on the model and goes with it (a WeakMap keyed by the model
 * did the same, but V8 kept its entries through young-generation collections, so every file's results
 * were promoted to the old generation).
 */
export function perFile<T>(dockerfile: Dockerfile, compute: (dockerfile: Dockerfile) => T): T {
  let value = dockerfile.memo.get(compute) as T | undefined
  if (value === undefined) dockerfile.memo.set(compute, (value = compute(dockerfile)))
  return value
}

/** Every command of every RUN, shell form and exec form (ONBUILD triggers included), with the RUN it is in. */
export function runCommands(dockerfile: Dockerfile): readonly CommandAt[] {
  return perFile(dockerfile, findRunCommands)
}

/**
 * The RUN commands whose program is one of `programs` (`sudo`, `ln`), in source order. (A filter: an
 * index by program, built once per file, cost more to allocate than the few rules that ask save.)
 */
export function commandsOf(dockerfile: Dockerfile, ...programs: string[]): CommandAt[] {
  return runCommands(dockerfile).filter(({ command }) => programs.includes(command.program))
}

function findRunCommands(dockerfile: Dockerfile): CommandAt[] {
  const found: CommandAt[] = []
  for (const instruction of dockerfile.instructions) {
    if (instruction.shell) for (const command of instruction.shell.commands) found.push({ command, instruction })
  }
  return found
}

/**
 * A fix that writes `flag` after `word` of a RUN command (before it with `before`): one more JSON
 * string when the word is a string of an exec-form RUN (`"install", "-y"`), else a shell word (also
 * inside an exec-form `["sh", "-c", "…"]`). Undefined when the word is not written as it reads.
 */
export function insertFlag(dockerfile: Dockerfile, run: Instruction, word: Word, flag: string, before = false): { at: { start: number; end: number }; text: string } | undefined {
  if (dockerfile.text.slice(word.start, word.end) !== word.raw) return undefined
  const json = run.jsonArgs?.some((a) => a.start - 1 === word.start) ?? false
  const [added, sep] = json ? [`"${flag}"`, ', '] : [flag, ' ']
  return { at: { start: word.start, end: word.end }, text: before ? added + sep + word.raw : word.raw + sep + added }
}

/**
 * The sources of a COPY or ADD as Docker reads them: the JSON form's strings, or the words before the
 * destination with their quotes removed. A heredoc source is its `<<EOF` word (its body is not a source).
 */
export function copySources(instruction: Instruction): Arg[] {
  if (instruction.json) return (instruction.jsonArgs ?? []).slice(0, -1)
  const words = wordsBeforeBodies(instruction)
  const sources: Arg[] = []
  for (let k = 0; k < words.length - 1; k++) sources.push(unquoted(words[k]))
  return sources
}

/**
 * The destination of a COPY or ADD as Docker reads it: the JSON form's last string, or the last word
 * before any heredoc body, quotes removed. Undefined when the instruction names no destination.
 */
export function copyDestination(instruction: Instruction): Arg | undefined {
  if (instruction.json) {
    const strings = (instruction.jsonArgs ?? [])
    return strings.length >= 2 ? strings[strings.length - 1] : undefined
  }
  const words = wordsBeforeBodies(instruction)
  return words.length < 2 ? undefined : unquoted(words[words.length - 1])
}

/** An instruction's words before its first heredoc body (all of them when it has none): `COPY <<EOF /dest`, `RUN <<EOF sh`. */
export function wordsBeforeBodies(instruction: Instruction): readonly Arg[] {
  const bodies = instruction.heredocs[0]?.bodyStart
  return bodies === undefined ? instruction.args : instruction.args.filter((a) => a.start < bodies)
}

/** The word with the quotes around it removed (`"/app"` → `/app`); the word itself when it has none. */
function unquoted(arg: Arg): Arg {
  const quote = arg.value[0]
  return quote === '"' || quote === "'" ? { ...arg, value: arg.value.replace(QUOTED, '$2') } : arg
}

const QUOTED = /^(["'])(.*)\1$/s

/** A '/'-separated path cleaned as Go's `path.Clean` cleans it (BuildKit, moby): `./a/../b/` is `b`, `` is `.`. */
export function cleanPath(path: string): string {
  return posix.normalize(path).replace(/(.)\/+$/, '$1')
}

/** True for a path a WORKDIR, COPY or ADD destination takes as absolute: `/app`, `\app`, `C:\app`, `C:/app` (Windows). */
export function isAbsolutePath(path: string): boolean {
  return /^([/\\]|[A-Za-z]:)/.test(path)
}

export interface ExposedPort {
  /** The EXPOSE argument the port range comes from. */
  arg: Arg
  from: number
  to: number
  /** Lower-case; `tcp` when none is written. */
  protocol: string
}

/**
 * The port ranges an EXPOSE lists (`80`, `8000-8010/udp`, `$PORT` when its ARG or ENV is known).
 * Values that are unknown or not a port are left out: other rules report malformed ones.
 */
export function exposedPorts(instruction: Instruction): ExposedPort[] {
  const ports: ExposedPort[] = []
  for (const arg of instruction.args) {
    const match = /^(\d{1,5})(?:-(\d{1,5}))?(?:\/(\w+))?$/.exec(instruction.resolve(arg.value) ?? '')
    if (match) ports.push({ arg, from: Number(match[1]), to: Number(match[2] ?? match[1]), protocol: (match[3] ?? 'tcp').toLowerCase() })
  }
  return ports
}

/** The 1-based line an offset is on, for messages that point at another instruction ("the CMD on line 3"). */
export function lineOf(dockerfile: Dockerfile, offset: number): number {
  return positionOf(dockerfile.lineStarts, offset).line
}

/** Docker's own Dockerfile frontends on Docker Hub: its releases and the builds of its development branch. */
const DOCKER_FRONTENDS = new Set(['docker/dockerfile', 'docker/dockerfile-upstream'])
/** `docker/dockerfile` with a tag or none, in any case. */
const DOCKERFILE_TAG = /^docker\/dockerfile(?::[\w.-]+)?$/i

/**
 * True when a `# syntax=` directive hands the file to a frontend other than Docker's own
 * (`# syntax=example/frontend`). Such a frontend may take instructions and arguments that Docker's
 * rejects, so the rules that report what BuildKit rejects stay silent on the file.
 */
export function customFrontend(dockerfile: Dockerfile): boolean {
  return dockerfile.directives.some((d) => d.name === 'syntax' && !isDockerFrontend(frontendImage(d.value)))
}

/** The frontend image a `# syntax=` value names: BuildKit reads it as the first word; the rest are its arguments. */
export function frontendImage(value: string): string {
  return value.trim().split(/\s+/)[0]
}

/** True for Docker's own frontend (`docker/dockerfile:1`, `docker.io/docker/dockerfile-upstream:master`). */
export function isDockerFrontend(image: string): boolean {
  if (DOCKERFILE_TAG.test(image)) return true // `docker/dockerfile:1`, as most files write it: no reference to read
  const ref = parseImageRef({ value: image.toLowerCase(), start: 0, end: image.length }, { resolve: (v) => v })
  return isDockerHub(ref) && DOCKER_FRONTENDS.has(ref.repository ?? '')
}

/**
 * What a build does with an error BuildKit reports for `instruction`, for a message: `BuildKit rejects
 * it ("…")`; for an ONBUILD trigger, which BuildKit reads only when an image is built FROM this one,
 * that every such build fails.
 */
export function rejection(instruction: Instruction, error: string): string {
  return instruction.onbuild ? `this image builds, but every image built \`FROM\` it fails ("${error}")` : `BuildKit rejects it ("${error}")`
}

/**
 * True when an argument stands in the file exactly as its value (no line continuation or escape inside
 * it): an offset into the value is then an offset into the file, for a narrower `at` or a fix.
 */
export function writtenAsIs(dockerfile: Dockerfile, arg: Arg): boolean {
  return dockerfile.text.slice(arg.start, arg.end) === arg.value
}

export interface CopyFrom {
  copy: Instruction
  /** The `--from=…` flag, as written in `flag.value`. */
  flag: Flag
  /** The value with ARG values expanded; undefined when one is unknown. */
  value?: string
  /** The stage it names, by name (any case) or index, wherever it is in the file: BuildKit also takes a later one. */
  stage?: Stage
}

/** Every `COPY --from=…` with the stage it names (ONBUILD triggers aside: theirs are another build's stages). */
export function copyFroms(dockerfile: Dockerfile): readonly CopyFrom[] {
  return perFile(dockerfile, findCopyFroms)
}

function findCopyFroms({ instructions, stages }: Dockerfile): CopyFrom[] {
  const found: CopyFrom[] = []
  for (const copy of instructions) {
    const flag = copy.keyword === 'COPY' && !copy.onbuild ? copy.flags.find((f) => f.name === 'from') : undefined
    if (!flag?.value) continue
    const value = copy.resolve(flag.value)
    const lower = value?.toLowerCase()
    const stage = lower === undefined ? undefined : /^\d+$/.test(lower) ? stages[Number(lower)] : stages.find((s) => s.name === lower)
    found.push({ copy, flag, value, stage })
  }
  return found
}

/**
 * Each `keyword` instruction of a stage that a later one replaces, with that later one (ONBUILD
 * triggers not counted): a stage keeps only its last CMD, ENTRYPOINT or HEALTHCHECK.
 */
export function* replaced(dockerfile: Dockerfile, keyword: string): Generator<{ earlier: Instruction; later: Instruction }> {
  for (const stage of dockerfile.stages) {
    let earlier: Instruction | undefined
    for (const later of stage.instructions) {
      if (later.keyword !== keyword || later.onbuild) continue
      if (earlier) yield { earlier, later }
      earlier = later
    }
  }
}

/**
 * True when what the instruction leaves in its layer reaches the image the file builds: it is in the
 * final stage or a stage the final one is built FROM, or before any FROM, or it is an ONBUILD trigger
 * (which runs in whatever image is built FROM this one). A build stage's layers are thrown away.
 */
export function reachesImage(dockerfile: Dockerfile, instruction: Instruction): boolean {
  return instruction.onbuild !== undefined || instruction.stage === undefined || perFile(dockerfile, imageStages).has(instruction.stage)
}

function imageStages(dockerfile: Dockerfile): Set<Stage> {
  return new Set(finalStages(dockerfile))
}

/**
 * True when files the instruction leaves in its layer can end up in the image, with their owner and
 * mode: as reachesImage says, or it is in a stage that such a stage copies from (`COPY --from=build`
 * keeps the owner and mode of what it copies), however many copies away. Whether the copied paths
 * include this instruction's files is not looked at.
 */
export function feedsImage(dockerfile: Dockerfile, instruction: Instruction): boolean {
  return instruction.onbuild !== undefined || instruction.stage === undefined || perFile(dockerfile, feedingStages).has(instruction.stage)
}

function feedingStages(dockerfile: Dockerfile): Set<Stage> {
  const found = new Set<Stage>()
  const add = (stage: Stage | undefined): void => {
    for (let s = stage; s && !found.has(s); s = s.image.stage) {
      found.add(s)
      for (const { copy, stage: source } of copyFroms(dockerfile)) if (copy.stage === s) add(source)
    }
  }
  add(dockerfile.finalStage)
  return found
}

/**
 * The instructions whose effects `instruction` sees, nearest first: the earlier ones of its stage
 * (ONBUILD triggers only for a trigger: they run in a later build), then all those of the stages it is
 * built FROM. Before the first FROM, the instructions before it there.
 */
export function* seenBy(dockerfile: Dockerfile, instruction: Instruction): Generator<Instruction> {
  const own = instruction.stage?.instructions ?? dockerfile.instructions.filter((i) => !i.stage)
  for (let k = own.length - 1; k >= 0; k--) {
    const earlier = own[k]
    if (earlier.start < instruction.start && (!earlier.onbuild || instruction.onbuild)) yield earlier
  }
  for (let stage = instruction.stage?.image.stage; stage; stage = stage.image.stage) {
    for (let k = stage.instructions.length - 1; k >= 0; k--) yield stage.instructions[k]
  }
}

/**
 * The value of the environment variable `name` where `instruction` runs, as far as the Dockerfile
 * says: set by an ENV of its stage or of a stage it is built FROM, or by an ARG of its own stage (build
 * args are in the environment of RUN). Undefined when it is set to a value not known here (an ARG
 * without a default); 'unset' when no instruction sets it (the base image still may).
 */
export function envValue(dockerfile: Dockerfile, instruction: Instruction, name: string): string | undefined | 'unset' {
  for (const earlier of seenBy(dockerfile, instruction)) {
    if (earlier.keyword !== 'ENV' && (earlier.keyword !== 'ARG' || earlier.stage !== instruction.stage)) continue
    const property = earlier.properties.findLast((p) => p.name === name)
    if (property) return property.value === undefined ? undefined : earlier.resolve(property.value)
  }
  return 'unset'
}

/**
 * The directory a WORKDIR instruction makes the working directory, as BuildKit works it out: its path
 * (quotes removed, ARG and ENV values expanded) joined to the one set before it where it runs, `..`
 * and `.` resolved, no trailing slash. Undefined when a value is unknown, or for a relative path with
 * no known WORKDIR before it (the base image's working directory decides). A Windows path (`C:\app`)
 * is returned as written.
 */
export function workingDirectory(dockerfile: Dockerfile, workdir: Instruction): string | undefined {
  const path = workdir.resolve(workdirText(workdir))
  if (!path) return undefined
  if (path.startsWith('/')) return cleanPath(path)
  if (isAbsolutePath(path)) return path
  const before = workdirBefore(dockerfile, workdir)
  const base = before && workingDirectory(dockerfile, before)
  return base?.startsWith('/') ? cleanPath(`${base}/${path}`) : undefined
}

/** The path a WORKDIR is given, as written but for its quotes (`WORKDIR "/app"` → `/app`). */
export function workdirText(workdir: Instruction): string {
  return workdir.text.trim().replace(/^["']+|["']+$/g, '')
}

/** The WORKDIR nearest before `instruction` where it runs (see seenBy). */
function workdirBefore(dockerfile: Dockerfile, instruction: Instruction): Instruction | undefined {
  for (const earlier of seenBy(dockerfile, instruction)) if (earlier.keyword === 'WORKDIR') return earlier
  return undefined
}
