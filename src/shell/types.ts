// The command model every rule sees for a RUN body. Offsets are absolute offsets into the
// Dockerfile's text (the parser is given the body's starting offset), so a rule can point at a word.

export interface Span {
  start: number
  end: number
}

export interface Word extends Span {
  /** The word with quotes removed; expansions are kept as written (`$HOME/bin`, `$(uname -m)`). */
  value: string
  /** The word exactly as written. */
  raw: string
  /** True when the word holds no expansion at all, so `value` is what the shell will see. */
  literal: boolean
}

export interface Heredoc extends Span {
  delimiter: string
  /** True when the delimiter was quoted, so the body is not expanded. */
  quoted: boolean
  body: string
  /** Offset of the body's first character. */
  bodyStart: number
}

export interface Redirect extends Span {
  /** `>`, `>>`, `<`, `<<`, `<<-`, `<<<`, `>&`, `<&`, `&>`, `&>>`, `>|`, `<>` */
  op: string
  fd?: string
  target?: Word
  heredoc?: Heredoc
}

/** How a command came to run: directly, or nested inside another command. */
export type Context =
  | 'top' //              a command of the RUN itself
  | 'substitution' //     inside `$(…)` or backticks
  | 'process-substitution' // inside `<(…)` or `>(…)`
  | 'shell-string' //     the string of `sh -c '…'`, `bash -c "…"`, `su -c '…'`
  | 'heredoc-script' //   the heredoc given to a shell (`RUN <<EOF`, `bash <<EOF`)
  | 'wrapped' //          the command after `sudo`, `env`, `nice`, `xargs`, …

export interface Command extends Span {
  /** The command word's value (`apt-get`, `/usr/bin/curl`, `$CC`); '' when there is none. */
  name: string
  /** The name's basename (`curl` for `/usr/bin/curl`): what rules compare against. */
  program: string
  nameWord?: Word
  args: Word[]
  /** `NAME=value` words before the command name. */
  assignments: Word[]
  redirects: Redirect[]
  /** The pipeline this command is a stage of (a single-stage pipeline when not piped). */
  pipeline: Pipeline
  context: Context
  /** The command this one is nested in (the `sh` of `sh -c`, the `sudo` of `sudo x`, the command whose word holds `$(…)`). */
  parent?: Command
  /** For wrappers (`sudo`, `env`, `xargs`, …): the command they run, also listed in `Script.commands`. */
  inner?: Command
  /** True for a compound command stage (`( … )`, `{ … }`, `if`, `for`, `while`, `case`): its commands are listed on their own. */
  compound?: boolean
  /** True for a command of a PowerShell script (./powershell.ts): program names are lower-cased cmdlets, and POSIX shell rules do not apply. */
  powershell?: boolean
  /** True for a command of a cmd.exe line (./cmd.ts): program names are lower-cased without `.exe`, and POSIX shell rules do not apply. */
  cmd?: boolean
  /**
   * PowerShell: the command's output is compared with `-eq`, `-ne`, `-match` or `-like`, directly
   * (`(Get-FileHash f).Hash -ne $sha`) or through the variable it was assigned to (`$h = …; if ($h.Hash -ne $sha)`).
   */
  compared?: boolean
}

export interface Pipeline extends Span {
  commands: Command[]
  negated: boolean
  /**
   * True for a pipeline in the condition of an `if`, `elif`, `while` or `until` (at any depth of that
   * condition): its status picks a branch or ends a loop instead of becoming the script's status.
   */
  condition?: boolean
  /** The operator that joins this pipeline to the previous one in its list: `&&`, `||`, `;`, `&`, newline or undefined. */
  joinedBy?: string
}

export interface Script {
  /** Every simple command at any depth, in source order (a wrapper comes before what it wraps). */
  commands: Command[]
  /** Every pipeline at any depth, in source order. */
  pipelines: Pipeline[]
  /** Set when the body is not valid shell; the commands before the error are still listed. */
  error?: { message: string; offset: number }
}
