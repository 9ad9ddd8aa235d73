// A secret mount keeps a secret out of the layers only while nothing copies it out of the mount:
// `cp /run/secrets/npmrc /root/.npmrc` or `cat /run/secrets/t > /app/.env` writes it into the layer.
import type { Instruction } from '../../dockerfile/model.js'
import { effective, positionals, runsAfter } from '../../shell/helpers.js'
import type { Command, Word } from '../../shell/types.js'
import { basename } from './files.js'

export interface SecretCopy {
  /** The word naming the secret that is read. */
  secret: Word
  /** The file it is written to. */
  target: Word
}

const COPIERS = new Set(['cp', 'install', 'rsync'])

/** Where this RUN's secrets are mounted: `/run/secrets/…` and each secret mount's `target`. */
function secretPaths(run: Instruction): string[] {
  const paths = ['/run/secrets/']
  for (const f of run.flags) {
    const target = f.options.target ?? f.options.dst ?? f.options.destination
    if (f.name === 'mount' && f.options.type === 'secret' && target) paths.push(target)
  }
  return paths
}

/** Paths whose content is not part of the layer: mounts of this RUN, /dev and /proc. */
function isPersistent(path: string, run: Instruction): boolean {
  if (/^\/(dev|proc)\//.test(path) || path.startsWith('/run/secrets/')) return false
  return !run.flags.some((f) => {
    const target = f.options.target ?? f.options.dst ?? f.options.destination
    return f.name === 'mount' && target !== undefined && (path === target || path.startsWith(target.replace(/\/?$/, '/')))
  })
}

const NONE: readonly SecretCopy[] = []

/**
 * Each place a RUN writes the content of one of its secret mounts into a file of the image. (A list,
 * not a generator: it is asked of every RUN, and most give nothing.)
 */
export function secretCopies(run: Instruction): readonly SecretCopy[] {
  if (!run.shell) return NONE
  // Most RUNs read no secret (no `/run/secrets/` in them, no secret mount elsewhere): skipped before
  // their commands are read, and those without flags before any list is made.
  const named = run.text.includes('/run/secrets/')
  if (!named && !run.flags.length) return NONE
  const mounts = secretPaths(run)
  if (!named && mounts.length === 1) return NONE
  const found: SecretCopy[] = []
  const commands = run.shell.commands
  const isSecret = (w: Word) => mounts.some((m) => (m.endsWith('/') ? w.value.startsWith(m) : w.value === m))
  for (const command of commands) {
    const secret = command.args.find(isSecret) ?? command.redirects.find((r) => r.op === '<' && r.target && isSecret(r.target))?.target
    if (!secret) continue
    const targets = COPIERS.has(command.program) ? positionals(command, ['-m', '--mode', '-o', '-g', '--owner', '--group']).slice(-1) : outputsOf(command)
    for (const target of targets) {
      if (target === secret || !isPersistent(target.value, run)) continue
      // Deleted again before the RUN ends, so never in the layer: `cp … ~/.npmrc && npm ci && rm ~/.npmrc`.
      const name = basename(target.value)
      const removed = commands.some((c) => c.program === 'rm' && runsAfter(c, command) && c.args.some((a) => basename(a.value) === name))
      if (!removed) found.push({ secret, target })
    }
  }
  return found
}

/**
 * The files a command's output ends up in: its `>`/`>>` redirects, those of the commands it pipes
 * into (and their `tee`), and, for `$(…)` printed by echo/printf, those of the echo.
 */
function outputsOf(command: Command): Word[] {
  const files: Word[] = []
  for (let c: Command | undefined = command; c; c = printedBy(c) ?? (c.context === 'wrapped' ? c.parent : undefined)) {
    for (const stage of c.pipeline.commands) {
      if (stage.start < c.start) continue
      for (const r of stage.redirects) if (/^(>|>>|>\||&>|&>>)$/.test(r.op) && r.fd !== '2' && r.target) files.push(r.target)
      const tee = effective(stage)
      if (tee.program === 'tee') files.push(...positionals(tee, ['--output-error']))
    }
  }
  return files
}

/** The echo or printf that prints a `$(…)` in one of its arguments (not `VAR=$(…) cmd`: that is not output). */
function printedBy(command: Command): Command | undefined {
  const parent = command.context === 'substitution' ? command.parent : undefined
  const printer = parent && effective(parent)
  if (!printer || (printer.program !== 'echo' && printer.program !== 'printf')) return undefined
  return printer.args.some((a) => a.start <= command.start && command.end <= a.end) ? printer : undefined
}
