import { posix } from 'node:path'
import { copySources, customFrontend, rejection } from '../dockerfile/helpers.js'
import { FLAGS } from '../dockerfile/instructions.js'
import type { Dockerfile, Instruction, Span } from '../dockerfile/model.js'
import { flagProblems, flagValue, flagWrittenAsIs, leadingFlags, suggest, type WrittenFlag } from './data/flags.js'
import type { Problem, Rule } from './types.js'

const NETWORKS = ['default', 'none', 'host']
const SECURITY = ['sandbox', 'insecure']
const MOUNT_TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh']
const SHARING = ['shared', 'private', 'locked']
/** The options of `RUN --mount` (`instructions/commands_runmount.go`), lower case. */
const MOUNT_KEYS = ['type', 'from', 'source', 'src', 'target', 'dst', 'destination', 'readonly', 'ro', 'readwrite', 'rw', 'required', 'size', 'id', 'sharing', 'mode', 'uid', 'gid', 'env']
const KNOWN_MOUNT_KEYS: ReadonlySet<string> = new Set(MOUNT_KEYS)
/** The options of cache, secret and ssh mounts only. */
const ID_KEYS = ['mode', 'uid', 'gid']
/** Options that need no value: a bare `ro` is `ro=true`. */
const SWITCHES = new Set(['readonly', 'ro', 'readwrite', 'rw', 'required'])
/** Go's `strconv.ParseBool`. */
const BOOLEAN = /^(1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)$/
/** docker/go-units' `RAMInBytes`: `512m`, `1.5GiB`, `1024`. */
const SIZE = /^(\d+(\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/
const DECIMAL = /^\d+$/
const OCTAL = /^[0-7]+$/
/** chmod's symbolic modes, which BuildKit takes for `--chmod` since Dockerfile 1.14: `u+x`, `a+rX,go-w`. */
const SYMBOLIC = /^[ugoa]*(?:[-+=](?:[rwxXst]*|[ugo]))+(?:,[ugoa]*(?:[-+=](?:[rwxXst]*|[ugo]))+)*$/
const SHA256 = /^sha256:[0-9a-f]{64}$/
const GIT = /^(git@|ssh:\/\/|git:\/\/)|^https?:\/\/[^#?]*\.git([#?]|$)/i
const HTTP = /^https?:\/\//i
const UINT32 = 2 ** 32 - 1
/** A path of `/` and `.` only. */
const ROOT_ONLY = /^[/.]*$/

export default {
  id: 'valid-flags',
  title: 'Instruction flags should be ones BuildKit takes, with valid values',
  severity: 'error',
  defaults: 'An error: BuildKit rejects each of these flags and stops the build at that line.',
  tags: ['correctness'],
  precision: 'very-high',
  // No linter of the five checks flags: BuildKit itself fails the build. The test has BuildKit's own
  // cases (parse_test.go: `MAINTAINER --boo`, a valid tmpfs mount) and each error of bflag.go and
  // commands_runmount.go. HEALTHCHECK's flags are valid-healthcheck's.
  rationale:
    'BuildKit reads the `--words` at the start of an instruction as its flags, and stops the build at one the instruction does not take (`COPY --chwon`, "unknown flag"), one given twice, one missing its `=value`, and at values it cannot use: a `RUN --mount` type or option it does not know, a `--network` other than `default`, `none` or `host`, a `--chmod` that is no file mode, a `--checksum` that is no SHA-256 digest. Instructions without flags (`WORKDIR`, `CMD`, …) reject any, so `CMD --port 8080` fails too.',
  fix: 'Spell the flag as the instruction takes it, once, as `--name=value` (`COPY --chown=10001:10001`, `RUN --mount=type=cache,target=/root/.cache`), with a value BuildKit knows. To pass `--options` to a program in `CMD` or `ENTRYPOINT`, use the exec form: `CMD ["--port", "8080"]`.',
  examples: {
    bad: 'FROM golang:1.26 AS build\nWORKDIR /src\nCOPY . .\nRUN --mount=type=cahce,target=/root/.cache/go-build go build -o /out/app .\n\nFROM alpine:3.22\nCOPY --form=build /out/app /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n',
    good: 'FROM golang:1.26 AS build\nWORKDIR /src\nCOPY . .\nRUN --mount=type=cache,target=/root/.cache/go-build go build -o /out/app .\n\nFROM alpine:3.22\nCOPY --from=build /out/app /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n'
  },
  check: (dockerfile) => {
    const found: Problem[] = []
    for (const instruction of dockerfile.instructions) {
      const { keyword, flags: read, args } = instruction
      // No flag, as the model reads them or as first arguments: most instructions, skipped before any lookup.
      if (!read.length && !args[0]?.value.startsWith('--')) continue
      const kinds = FLAGS.get(keyword)
      // HEALTHCHECK's flags are valid-healthcheck's.
      if (!kinds || keyword === 'HEALTHCHECK') continue
      // The model reads the flags of the instructions that take some; the others' are their first arguments.
      if (kinds.size ? !read.length : !args[0]?.value.startsWith('--')) continue
      const { flags } = leadingFlags(dockerfile, instruction)
      const problems = flagProblems(instruction, flags, kinds)
      const checks = VALUE_CHECKS.get(keyword)
      if (checks) valueProblems(dockerfile, instruction, flags, checks, problems)
      if (!problems.length) continue
      // A frontend of its own may take other flags.
      if (customFrontend(dockerfile)) return []
      found.push(...problems)
    }
    return found
  }
} satisfies Rule

/** Judges a flag's value (quotes removed); the flag and its instruction are there for the message. */
type ValueCheck = (value: string, flag: WrittenFlag, instruction: Instruction, dockerfile: Dockerfile) => Problem | undefined

/** The values BuildKit refuses, by instruction, then flag; other flags' values are not judged. */
const VALUE_CHECKS: ReadonlyMap<string, ReadonlyMap<string, ValueCheck>> = new Map([
  [
    'RUN',
    new Map<string, ValueCheck>([
      ['mount', mount],
      ['network', (value, flag, run) => choiceFlag(value, flag, run, NETWORKS, `invalid network mode "${value}"`)],
      ['security', (value, flag, run) => choiceFlag(value, flag, run, SECURITY, `security "${value}" is not valid`)]
    ])
  ],
  ['COPY', new Map([['chmod', chmod]])],
  ['ADD', new Map([['chmod', chmod], ['checksum', checksum]])]
])

/** Adds to `problems` those of the flags' values that `checks` (the instruction's) judge. */
function valueProblems(dockerfile: Dockerfile, instruction: Instruction, flags: readonly WrittenFlag[], checks: ReadonlyMap<string, ValueCheck>, problems: Problem[]): void {
  for (const flag of flags) {
    const check = checks.get(flag.name)
    const value = check && flagValue(flag)
    const problem = value === undefined ? undefined : check!(value, flag, instruction, dockerfile)
    if (problem) problems.push(problem)
  }
}

function mount(value: string, flag: WrittenFlag, run: Instruction, dockerfile: Dockerfile): Problem | undefined {
  const problem = mountProblem(run, value)
  if (!problem) return undefined
  const at = problem.at && flagWrittenAsIs(dockerfile, flag) ? shift(problem.at, flag.start + flag.name.length + 3) : { start: flag.start, end: flag.end }
  return { at, message: `${problem.says}, so ${rejection(run, problem.error)}.${problem.advice ? ` ${problem.advice}` : ''}` }
}

/** `--network` and `--security`, which take one of a few words, as written: BuildKit expands no variables there. */
function choiceFlag(value: string, flag: WrittenFlag, run: Instruction, known: readonly string[], error: string): Problem | undefined {
  if (known.includes(value)) return undefined
  const near = suggest(value, known)
  const variable = value.includes('$') ? ' BuildKit does not expand variables here.' : ''
  return { at: flag, message: `\`--${flag.name}=${flag.value}\` is not a value of \`--${flag.name}\`, so ${rejection(run, error)}.${near ? ` Did you mean \`${near}\`?` : ''} It takes ${choices(known)}.${variable}` }
}

/** An octal mode up to 7777, or a symbolic one; variables are expanded first. */
function chmod(value: string, flag: WrittenFlag, copy: Instruction): Problem | undefined {
  const mode = copy.resolve(value)
  if (!mode || (OCTAL.test(mode) ? parseInt(mode, 8) <= 0o7777 : SYMBOLIC.test(mode))) return undefined
  return {
    at: flag,
    message: `\`--chmod=${flag.value}\` is not a file mode, so ${rejection(copy, `invalid chmod parameter: '${mode}'`)}. Write octal digits up to 7777, such as \`--chmod=755\` or \`--chmod=0644\`, or a symbolic mode such as \`--chmod=u+x\`.`
  }
}

function checksum(value: string, flag: WrittenFlag, add: Instruction): Problem | undefined {
  const problem = checksumProblem(add, value)
  return problem ? { at: flag, message: `\`--checksum=${flag.value}\` ${problem}` } : undefined
}

/** `--checksum` verifies one file downloaded over HTTP(S), or one Git commit. */
function checksumProblem(add: Instruction, value: string): string | undefined {
  const checksum = add.resolve(value)
  const sources = copySources(add)
  if (!checksum || !sources.length) return undefined
  if (sources.length > 1) return `is given for ${sources.length} sources, so ${rejection(add, "checksum can't be specified for multiple sources")}. Give each download an ADD of its own.`
  const source = add.resolve(sources[0].value)
  if (!source || source.startsWith('<<') || GIT.test(source)) return undefined
  if (!HTTP.test(source)) return `verifies downloads, and \`${sources[0].value}\` is a file of the build context, so ${rejection(add, "checksum can't be specified for non-HTTP(S) sources")}. Remove the flag.`
  if (SHA256.test(checksum)) return undefined
  return `is not a SHA-256 digest, which is all BuildKit verifies a download with, so the build fails at this ADD. Write \`--checksum=sha256:\` and the 64 lower-case hex digits \`sha256sum\` prints for the file.`
}

interface MountProblem {
  /** Where in the flag's value, when it is one option. */
  at?: Span
  says: string
  error: string
  advice?: string
}

/**
 * The first mistake BuildKit rejects in a `--mount` value, read as `parseMount` reads it: options in
 * order (a `required` before `type=secret` is read for a bind mount), values expanded, then the
 * options checked against the type. Split here rather than taken from the model's `options`, which
 * keeps neither the order nor the difference between `target` and `target=`.
 */
function mountProblem(run: Instruction, value: string): MountProblem | undefined {
  if (!value) return { says: '`--mount=` mounts nothing', error: 'failed to parse csv mounts: EOF', advice: 'Write the mount, such as `--mount=type=cache,target=/root/.cache`, or remove the flag.' }
  // The type the options so far give (bind until a `type=`), undefined when a variable hides it.
  let type: string | undefined = 'bind'
  const set = new Map<string, string>()
  const where = new Map<string, Span>()
  for (let start = 0; start <= value.length; ) {
    const comma = value.indexOf(',', start)
    const at = { start, end: comma < 0 ? value.length : comma }
    start = at.end + 1
    const field = value.slice(at.start, at.end)
    const eq = field.indexOf('=')
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase()
    const raw = eq < 0 ? undefined : field.slice(eq + 1)
    const known = KNOWN_MOUNT_KEYS.has(key)
    if (raw === undefined && !SWITCHES.has(key)) {
      const near = known ? key : suggest(key, MOUNT_KEYS)
      const error = `invalid field '${field}' must be a key=value pair`
      if (!field) return { at, says: '`--mount` has an empty option', error, advice: 'Remove the extra `,`.' }
      return { at, says: `The \`--mount\` option \`${field}\` has no value`, error, advice: near ? `Write \`${near}=<value>\`.` : `It takes ${choices(MOUNT_KEYS)}, each as \`key=value\`.` }
    }
    if (!known) {
      const near = suggest(key, MOUNT_KEYS)
      return { at, says: key ? `\`--mount\` has no option \`${key}\`` : `The \`--mount\` option \`${field}\` has no name`, error: `unexpected key '${key}' in '${field}'`, advice: near ? `Did you mean \`${near}\`?` : `It takes ${choices(MOUNT_KEYS)}.` }
    }
    if (key === 'from' && /\$./.test(raw!)) {
      return { at, says: `\`${field}\` asks for a variable in a mount's \`from\``, error: "'from' doesn't support variable expansion, define alias stage instead", advice: `Name a stage built from it instead (\`FROM ${raw} AS deps\`) and write \`from=deps\`.` }
    }
    const option = raw === undefined ? 'true' : run.resolve(raw)
    if (option === undefined) {
      if (key === 'type') type = undefined
      continue
    }
    if ((key === 'required' && type !== 'secret' && type !== 'ssh') || (key === 'size' && type !== 'tmpfs')) {
      if (type === undefined) continue
      const kinds = key === 'size' ? '`tmpfs` mounts' : '`secret` and `ssh` mounts'
      const advice = set.has('type') ? `Remove it: a ${type} mount has none.` : 'If the mount has another type, write `type=` first: BuildKit reads the options in order.'
      return { at, says: `\`${key}\` is an option of ${kinds}, and where it stands this is a \`${type}\` mount`, error: `unexpected key '${key}' for mount type '${type}'`, advice }
    }
    const problem = optionProblem(key, option, field)
    if (problem) return { at, ...problem }
    if (key === 'type') type = option.toLowerCase()
    const name = key === 'src' ? 'source' : key === 'dst' || key === 'destination' ? 'target' : key
    set.set(name, option)
    where.set(name, at)
  }
  const problem = type === undefined ? undefined : typeProblem(type, set)
  return problem && { ...problem, at: problem.key === undefined ? undefined : where.get(problem.key) }
}

/** What is wrong with one option's value; undefined when BuildKit takes it. */
function optionProblem(key: string, value: string, field: string): Omit<MountProblem, 'at'> | undefined {
  switch (key) {
    case 'type':
      return MOUNT_TYPES.includes(value.toLowerCase()) ? undefined : choice(field, value, MOUNT_TYPES, `unsupported mount type "${value}"`, 'a mount type')
    case 'sharing':
      return SHARING.includes(value.toLowerCase()) ? undefined : choice(field, value, SHARING, `unsupported sharing value "${value}"`, 'a sharing mode')
    case 'readonly':
    case 'ro':
    case 'readwrite':
    case 'rw':
    case 'required':
      return BOOLEAN.test(value) ? undefined : { says: `\`${field}\` is not a boolean`, error: `invalid value for ${key}: ${value}`, advice: `Write \`${key}\` alone (true) or \`${key}=false\`.` }
    case 'size':
      return SIZE.test(value) ? undefined : { says: `\`${field}\` is not a size`, error: `invalid value for size: ${value}`, advice: 'Write a number of bytes with an optional unit, such as `size=512m`.' }
    case 'mode':
      return OCTAL.test(value) && parseInt(value, 8) <= UINT32 ? undefined : { says: `\`${field}\` is not an octal mode`, error: `invalid value ${value} for mode`, advice: 'Write octal digits, such as `mode=0644`.' }
    case 'uid':
    case 'gid':
      return DECIMAL.test(value) && Number(value) <= UINT32 ? undefined : { says: `\`${field}\` is not a number`, error: `invalid value ${value} for ${key}`, advice: `Write the numeric id, such as \`${key}=10001\`: names are not looked up.` }
  }
  return undefined
}

/** What BuildKit's `validateMount` refuses in a mount of this type, and the option it is about. */
function typeProblem(type: string, set: ReadonlyMap<string, string>): (Omit<MountProblem, 'at'> & { key?: string }) | undefined {
  if (type !== 'secret' && type !== 'ssh' && type !== 'cache') {
    const key = ID_KEYS.find((k) => set.has(k))
    if (key) return { key, says: `\`${key}\` is an option of \`cache\`, \`secret\` and \`ssh\` mounts, and this is a \`${type}\` mount`, error: `${key} not allowed for "${type}" type mounts` }
  }
  if (type === 'secret') {
    if (set.has('from')) return { key: 'from', says: 'A secret mount takes its secret from the build command, not `from=`', error: 'secret mount should not have a from' }
    if (set.has('sharing')) return { key: 'sharing', says: '`sharing` is an option of cache mounts, and this is a secret mount', error: 'secret mount should not define sharing' }
    if (!set.get('source') && !set.get('target') && !set.get('id') && !set.has('env')) {
      return { says: 'A secret mount needs `id=` to say which secret it mounts', error: 'invalid secret mount. one of source, target required', advice: 'Write `--mount=type=secret,id=<id>`, the id given to `docker build --secret id=<id>,…`.' }
    }
    if (set.get('source') && set.get('id')) return { key: 'source', says: 'A secret mount names its secret with `id=` or `source=`, and this one has both', error: "both source and id can't be set" }
  }
  if (set.has('sharing') && type !== 'cache') return { key: 'sharing', says: `\`sharing\` is an option of cache mounts, and this is a \`${type}\` mount`, error: `invalid cache sharing set for ${type} mount` }
  const target = set.get('target')
  if ((type === 'bind' || type === 'cache' || type === 'tmpfs') && target?.startsWith('/') && isRoot(target)) {
    return { key: 'target', says: 'A mount over `/` would hide the whole file system', error: 'invalid mount target "/"', advice: 'Mount it on a directory of its own, such as `target=/cache`.' }
  }
  return undefined
}

function choice(field: string, value: string, known: readonly string[], error: string, what: string): Omit<MountProblem, 'at'> {
  const near = suggest(value, known)
  return { says: `\`${field}\` is not ${what}`, error, advice: `${near ? `Did you mean \`${near}\`? ` : ''}It takes ${choices(known)}.` }
}

/** `a`, `b` or `c`. */
function choices(values: readonly string[]): string {
  const quoted = values.map((v) => `\`${v}\``)
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`
}

/** True for an absolute path that names `/` itself: `/`, `//`, `/./`, `/tmp/..`. */
function isRoot(path: string): boolean {
  // Without `..`, a path with any character but `/` and `.` keeps a name: the join is not needed.
  if (!path.includes('..') && !ROOT_ONLY.test(path)) return false
  return posix.join('/', path) === '/'
}

function shift(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by }
}
