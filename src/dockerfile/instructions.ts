// The instruction vocabulary of Dockerfiles as BuildKit reads them: which keywords exist. Rules that
// ask "is this an instruction", "which flags does it take" read it here, never from a list of their own.

/** Every instruction keyword BuildKit knows (upper case). Any other word starting a line is an error. */
export const INSTRUCTIONS: ReadonlySet<string> = new Set([
  'FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME',
  'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL'
])

/** How many arguments an instruction takes, counted after its flags (see ARITY). */
export interface Arity {
  /** The fewest BuildKit accepts. */
  min: number
  /** The most it accepts, where there is a limit. */
  max?: number
  /** BuildKit takes the whole rest of the line as the one argument, spaces and all (`WORKDIR /my dir`). */
  line?: true
}

/**
 * The argument counts BuildKit's `frontend/dockerfile/instructions/parse.go` checks, per instruction.
 * A JSON-form array counts its strings. FROM takes one or three (`FROM image AS name`), never two.
 * RUN, CMD and ENTRYPOINT take none too: BuildKit then runs an empty shell command.
 */
export const ARITY: ReadonlyMap<string, Arity> = new Map<string, Arity>([
  ['FROM', { min: 1, max: 3 }],
  ['ADD', { min: 2 }],
  ['COPY', { min: 2 }],
  ['ARG', { min: 1 }],
  ['ENV', { min: 1 }],
  ['LABEL', { min: 1 }],
  ['EXPOSE', { min: 1 }],
  ['VOLUME', { min: 1 }],
  ['ONBUILD', { min: 1 }],
  ['HEALTHCHECK', { min: 1 }],
  ['SHELL', { min: 1 }],
  ['MAINTAINER', { min: 1, line: true }],
  ['STOPSIGNAL', { min: 1, line: true }],
  ['USER', { min: 1, line: true }],
  ['WORKDIR', { min: 1, line: true }],
  ['RUN', { min: 0 }],
  ['CMD', { min: 0 }],
  ['ENTRYPOINT', { min: 0 }]
])

/**
 * The instructions whose arguments BuildKit reads as a JSON array when they start with `[`
 * (parseMaybeJSON, parseMaybeJSONToList), and what `HEALTHCHECK CMD` is followed by. Any other
 * instruction takes `[…]` as text.
 */
export const JSON_FORM: ReadonlySet<string> = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'ADD', 'COPY', 'VOLUME'])

/**
 * How BuildKit reads a flag (`frontend/dockerfile/instructions/bflag.go`): a `boolean` is a bare
 * `--link` or `--link=true|false`; a `value` needs `--name=value` and may be given once; `values`
 * need `=` too and may be repeated (`--mount`, `--exclude`).
 */
export type FlagKind = 'boolean' | 'value' | 'values'

const flags = (kinds: Record<string, FlagKind>): ReadonlyMap<string, FlagKind> => new Map(Object.entries(kinds))
const NONE: ReadonlyMap<string, FlagKind> = new Map()

/**
 * The flags each instruction takes, by name without `--`, as BuildKit's `instructions/parse.go`
 * declares them (Dockerfile frontend 1.27, whose stable channel has them all: `RUN --security`,
 * `--device`, `COPY --parents`, `--exclude` once needed `labs`). BuildKit reads the `--words` that
 * start any instruction as flags and rejects those the instruction does not declare: an empty map
 * means "takes none". ARG and STOPSIGNAL have no entry: older frontends never read their flags (newer
 * ones give ARG a `--required`), so what they are given is not judged. HEALTHCHECK's flags are read
 * for `HEALTHCHECK CMD` only (`HEALTHCHECK NONE` ignores them).
 */
export const FLAGS: ReadonlyMap<string, ReadonlyMap<string, FlagKind>> = new Map([
  ['FROM', flags({ platform: 'value' })],
  ['RUN', flags({ mount: 'values', network: 'value', security: 'value', device: 'values' })],
  ['COPY', flags({ from: 'value', chown: 'value', chmod: 'value', link: 'boolean', exclude: 'values', parents: 'boolean' })],
  ['ADD', flags({ chown: 'value', chmod: 'value', link: 'boolean', 'keep-git-dir': 'boolean', checksum: 'value', exclude: 'values', unpack: 'boolean' })],
  ['HEALTHCHECK', flags({ interval: 'value', timeout: 'value', 'start-period': 'value', 'start-interval': 'value', retries: 'value' })],
  ...['CMD', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'LABEL', 'MAINTAINER', 'ONBUILD', 'SHELL', 'USER', 'VOLUME', 'WORKDIR'].map((k) => [k, NONE] as const)
])
