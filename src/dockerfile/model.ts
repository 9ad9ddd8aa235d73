// The model of a Dockerfile that rules see. Built once per file by ./parse.ts from dockerfile-ast.
// Positions are absolute offsets into `Dockerfile.text` (a UTF-8 BOM removed); the engine turns them
// into 1-based lines and columns in one place (./positions.ts).
import type { Script, Span } from '../shell/types.js'

export type { Span }

export interface Flag extends Span {
  name: string
  /** The value as written, or undefined for a bare `--flag`. */
  value?: string
  /** `--mount=type=cache,target=/x` → { type: 'cache', target: '/x' } */
  options: Record<string, string>
}

export interface Arg extends Span {
  value: string
}

export interface Heredoc extends Span {
  name: string
  body: string
  bodyStart: number
}

export type Keyword =
  | 'FROM' | 'RUN' | 'CMD' | 'LABEL' | 'MAINTAINER' | 'EXPOSE' | 'ENV' | 'ADD' | 'COPY' | 'ENTRYPOINT'
  | 'VOLUME' | 'USER' | 'WORKDIR' | 'ARG' | 'ONBUILD' | 'STOPSIGNAL' | 'HEALTHCHECK' | 'SHELL'
  | (string & {})

export interface Instruction extends Span {
  /** Upper-case keyword, whatever case the file uses. */
  keyword: Keyword
  /** Span of the keyword itself. */
  keywordSpan: Span
  flags: Flag[]
  /** Arguments after the flags, split as Docker splits them (continuations joined). */
  args: Arg[]
  /** The arguments as one string, as Docker sees it: continuations joined, comment lines dropped. */
  text: string
  /** Exec (JSON array) form values, for RUN/CMD/ENTRYPOINT/SHELL/COPY/ADD written that way. */
  json?: string[]
  /** The same strings with their spans (the whole instruction's span for a string written with escapes). */
  jsonArgs?: Arg[]
  heredocs: Heredoc[]
  /** `KEY=value` pairs of ENV, ARG and LABEL (ARG without a default has value undefined). */
  properties: Property[]
  /** The stage the instruction belongs to; undefined for ARGs before the first FROM. */
  stage?: Stage
  /** For a trigger: the ONBUILD instruction that holds it. */
  onbuild?: Instruction
  /**
   * A RUN's commands, parsed once: a shell-form body run by a POSIX shell through the shell parser;
   * an exec-form RUN as its one command (with `["sh", "-c", "…"]` strings parsed as scripts).
   */
  shell?: Script
  /** The shell that runs a shell-form RUN/CMD/ENTRYPOINT here (SHELL instruction, default /bin/sh -c). */
  shellCommand: readonly string[]
  /** Resolves `$VAR`/`${VAR}` from the ARG and ENV values in scope; undefined if any value is unknown. */
  resolve(text: string): string | undefined
}

export interface Property extends Span {
  name: string
  value?: string
  nameSpan: Span
  valueSpan?: Span
}

export interface ImageRef extends Span {
  /** As written, e.g. `${REGISTRY}/app:${TAG}`. */
  raw: string
  /** With known ARG values substituted; undefined when a value is unknown. */
  resolved?: string
  registry?: string
  /** Repository path without registry, e.g. `library/node` is written `node`. */
  repository?: string
  tag?: string
  digest?: string
  /** The earlier stage this reference names, when it names one. */
  stage?: Stage
  /** True for `scratch`. */
  scratch: boolean
}

/** Where an image is used: `FROM x`, `COPY --from=x`, `RUN --mount=from=x`. */
export interface ImageUse {
  image: ImageRef
  instruction: Instruction
  kind: 'from' | 'copy-from' | 'mount-from'
}

export interface Stage {
  index: number
  name?: string
  from: Instruction
  image: ImageRef
  /** Instructions of the stage after FROM, ONBUILD triggers included (with `onbuild` set). */
  instructions: Instruction[]
  isFinal: boolean
  /**
   * A Windows image: named so (path or tag), in a file with the `# escape=\`` of Windows Dockerfiles, or
   * built FROM a Windows stage. It has no root user and no POSIX shell.
   */
  windows: boolean
}

export interface Directive extends Span {
  name: string
  value: string
}

export interface Comment extends Span {
  /** The comment text after `#`, trimmed. */
  text: string
  line: number
}

export interface Dockerfile {
  /** The text the offsets refer to (BOM removed). */
  text: string
  escape: string
  directives: Directive[]
  comments: Comment[]
  /** Every instruction in order, ONBUILD triggers right after their ONBUILD. */
  instructions: Instruction[]
  /** ARG instructions before the first FROM. */
  globalArgs: Instruction[]
  stages: Stage[]
  finalStage?: Stage
  images: ImageUse[]
  /** 0-based offsets of line starts, for offset → line/column. */
  lineStarts: number[]
  /** What several rules derive from the file, computed once on first use: see `perFile` (./helpers.ts). */
  memo: Map<unknown, unknown>
  /** What is known of the build context beyond the Dockerfile: set by `lint` from its `SourceFile`. */
  context?: BuildContext
}

/** Files of the build context the adapters read next to a Dockerfile (the engine itself reads no file). */
export interface BuildContext {
  /**
   * The ignore file BuildKit applies when the context is the Dockerfile's directory: `<name>.dockerignore`
   * beside the Dockerfile, else the `.dockerignore` there. Rules read it through `dockerignoreOf`.
   */
  dockerignore?: { path: string; text: string }
}
