// The vocabulary of tables of settings that switch a safety check off, wherever a Dockerfile can
// write them: a command-line flag (`curl -k`), a config command (`npm config set strict-ssl false`),
// an environment variable (ENV, ARG, `export`, `NAME=value cmd`, `go env -w`), or a line written into
// a file. Rules are tables of these (./tls-bypasses.ts, …); ./find-mechanisms.ts does the looking.
import type { Command } from '../../shell/types.js'

/** Whether a value turns the check off; `undefined` is a value that cannot be known (`$VAR`, a build arg). */
export type ValueTest = (value: string | undefined) => boolean

export const anyValue: ValueTest = () => true
/** Set to something other than the empty string (a value that cannot be known counts). */
export const nonEmpty: ValueTest = (value) => value !== ''
export const matching =
  (pattern: RegExp): ValueTest =>
  (value) =>
    value !== undefined && pattern.test(value)
/** Off or on, maybe quoted (`'false'`); a stray quote (`false"`) makes another value, which tools read as on. */
export const FALSE = /^(["']?)(0|false|no|off)\1$/i
export const TRUE = /^(["']?)(1|true|yes|on)\1$/i

/** `curl -k`, `pip --trusted-host h`, `dnf --setopt=sslverify=0`. */
export interface FlagMechanism {
  programs: readonly string[]
  flags: readonly string[]
  /** For an option that takes a value: which values turn the check off. Without it the flag alone does. */
  value?: ValueTest
  /** The program's short options that take no value, so that `-k` is also found in `-sSLk`. */
  cluster?: string
  /** Only commands this accepts (rpm in install mode, …). */
  when?: (command: Command) => boolean
  /** A mechanical fix: what replaces the flag ('' drops it), given the command. */
  fix?: (command: Command) => string
  effect?: string
}

/** `npm config set strict-ssl false`, `git config --global http.sslVerify false`. */
export interface ConfigMechanism {
  programs: readonly string[]
  key: RegExp
  value: ValueTest
  /** Only commands this accepts (`yarn config set`, not `yarn set`). */
  when?: (command: Command) => boolean
  effect?: string
}

/** `ENV NODE_TLS_REJECT_UNAUTHORIZED=0`, `export GIT_SSL_NO_VERIFY=1`, `go env -w GOSUMDB=off`. */
export interface EnvMechanism {
  name: RegExp
  value: ValueTest
  effect?: string
}

/** A line written into a file: `sslverify=0` into a .repo file. */
export interface TextMechanism {
  pattern: RegExp
  /** Only text written to a file whose path matches. */
  file?: RegExp
  effect?: string
}

export interface Mechanisms {
  /** What a mechanism does when its row does not say, e.g. 'disables TLS certificate verification'. */
  effect: string
  flags?: readonly FlagMechanism[]
  configs?: readonly ConfigMechanism[]
  env?: readonly EnvMechanism[]
  text?: readonly TextMechanism[]
}

/** The fix of a flag whose removal is the whole fix. */
export const remove = (): string => ''
