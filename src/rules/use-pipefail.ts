import type { Instruction } from '../dockerfile/model.js'
import { acceptsPipefail, effective } from '../shell/helpers.js'
import type { Command, Pipeline, Script } from '../shell/types.js'
import type { Problem, Rule } from './types.js'

/** An `-o` option cluster whose value is the next word: `-o`, `-eo`, `-euxo`. */
const O_CLUSTER = /^-[a-zA-Z]*o$/
/**
 * Commands that do not fail on their own: piping them (`echo "<sha>  F" | sha256sum -c -`) hides no
 * failure, and `yes | …` would even break under pipefail when the reader exits first (SIGPIPE).
 */
const NEVER_FAIL = new Set(['echo', 'printf', 'yes'])
/** What a loop that only prints runs: `while true; do echo y; sleep 2; done`. */
const LOOP_BODY = new Set([...NEVER_FAIL, 'true', ':', 'sleep'])

export default {
  id: 'use-pipefail',
  title: 'Set `-o pipefail` before a RUN that pipes',
  severity: 'warning',
  defaults:
    'A warning, on by default: a pipe without `pipefail` lets a failed download or command build a broken image with no error. It fires only on pipes whose failure would go unnoticed.',
  tags: ['reliability'],
  precision: 'high',
  // hadolint's DL4006 spec cases are all in the test file. Beyond them this rule also accepts a
  // `set -o pipefail` earlier in the same RUN (the build fails if the shell lacks it, so the pipe
  // never runs unguarded), a SHELL inherited from the stage this one is built FROM (Docker inherits
  // it), ksh/mksh; and it looks at ONBUILD triggers. DL4006 is only *related*: it flags every pipe,
  // while this rule passes pipes whose status cannot fail the build unnoticed (`if`/`while`
  // conditions, `! a | b`, pipes fed only by `echo`/`printf`/`yes`, `$(…)` given as an argument).
  // Trivy's DS032 rego tests are all in the test file and pass. KICS's samples are there too: KICS
  // looks only at RUNs that name bash, zsh or ash, so it misses a pipe run by /bin/sh and flags a `|`
  // given as an argument in exec form.
  equivalents: { trivy: ['DS032'] },
  related: { hadolint: ['DL4006'], kics: ['efbf148a'] },
  differences:
    "hadolint's DL4006 flags every RUN with a pipe unless an earlier `SHELL` of the same stage sets `-o pipefail` (or is PowerShell or cmd). This rule passes the pipes whose status cannot fail the build unnoticed, which DL4006 flags:\n\n" +
    '- pipes in an `if`, `elif`, `while` or `until` condition, whose status picks a branch instead of failing the build, and negated pipes (`! a | b`), which pipefail could only make succeed more often;\n' +
    '- pipes fed only by `echo`, `printf`, `yes` or a loop that only prints (`echo "<sha>  file" | sha256sum -c -`), which do not fail, and where `yes | …` would even break under pipefail;\n' +
    '- pipes inside a `$(…)` given as an argument, where only the outer command\'s status counts.\n\n' +
    'It also accepts what DL4006 does not: `set -o pipefail` earlier in the same RUN (the build fails if the shell lacks it, so the pipe never runs unguarded), a `SHELL` inherited from the stage this one is built `FROM` (Docker inherits it), and `ksh`/`mksh`. And it looks at ONBUILD triggers, which DL4006 skips.\n\n' +
    "Trivy's DS032 flags the same pipes as DL4006, and accepts only a `set -o pipefail` spelled that way, anywhere in the RUN (`set -euo pipefail` does not count, one after the pipe does). KICS looks only at RUNs that name `bash`, `zsh` or `ash`, so it misses `curl … | tar -xz` run by `/bin/sh`, and it flags `RUN [\"/bin/bash\", \"x\", \"|\", \"y\"]`, where `|` is an argument, not a pipe.",
  rationale:
    'A RUN fails only when its last command fails, so in `curl -fsSL https://… | tar -xz` a failed download is hidden: `tar` gets an empty stream, the step "succeeds", and the image is built without the files. With `pipefail` any failing command of the pipe fails the step.',
  fix: 'Run pipes under a shell with `pipefail`: put `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (or `/bin/ash` on Alpine) before the RUN, or start the RUN with `set -o pipefail &&` when its shell supports it.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nSHELL ["/bin/bash", "-c"]\nRUN ls /usr/share/doc | wc -l > /doc-count\nUSER 10001\nCMD ["bash"]\n',
    good:
      'FROM debian:bookworm-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN ls /usr/share/doc | wc -l > /doc-count\nUSER 10001\nCMD ["bash"]\n'
  },
  fixable: true,
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const instruction of dockerfile.instructions) {
      const script = instruction.shell
      const pipe = script && firstFailingPipe(script)
      if (!pipe || shellHasPipefail(instruction.shellCommand) || setsPipefailBefore(script!, pipe)) continue
      problems.push(problem(instruction, pipe, dockerfile.text))
    }
    return problems
  }
} satisfies Rule

/** The first pipe of the script whose earlier commands' failure pipefail would catch (most scripts have no pipe at all). */
function firstFailingPipe(script: Script): Pipeline | undefined {
  for (const pipe of script.pipelines) {
    if (pipe.commands.length < 2 || testedOnly(pipe)) continue
    const first = pipe.commands[0]
    if (runByRunShell(first) && !statusIgnored(first) && !fedByNeverFailing(pipe, script)) return pipe
  }
  return undefined
}

/** True when the RUN's own shell turns pipefail on before the pipe. */
function setsPipefailBefore(script: Script, pipe: Pipeline): boolean {
  for (const command of script.commands) if (command.start < pipe.start && setsPipefail(command)) return true
  return false
}

function problem(instruction: Instruction, pipe: Pipeline, text: string): Problem {
  const [first, last] = [pipe.commands[0], pipe.commands[pipe.commands.length - 1]]
  const message = `\`${label(first)} … | ${label(last)}\` runs without \`pipefail\`, so only the last command's failure fails the build.`
  const at = { start: pipe.start, end: pipe.end }
  // `set -o pipefail` can only be suggested where the shell is known to support it (dash did not).
  if (!acceptsPipefail(instruction.shellCommand[0] ?? '')) {
    return { at, message: `${message} Use \`SHELL ["/bin/bash", "-o", "pipefail", "-c"]\` (or \`/bin/ash\` on Alpine) before it.` }
  }
  // A heredoc script (`RUN <<EOF`) takes `set -o pipefail` as its first line, not as a prefix of the RUN line.
  if (instruction.heredocs.length) return { at, message: `${message} Start the script with \`set -o pipefail\`.` }
  const word = instruction.args[0]
  const fix = word && { at: { start: word.start, end: word.end }, text: `set -o pipefail && ${text.slice(word.start, word.end)}` }
  return { at, message: `${message} Start the RUN with \`set -o pipefail &&\`.`, fix }
}

function label(command: Command): string {
  const c = effective(command)
  return c.compound ? c.name + '…' : c.program
}

/**
 * A condition (`if ldd /bin/ls | grep -q "not found"; then exit 1; fi`) picks a branch instead of
 * failing the build, and a negated pipe (`! a | b`) only succeeds more often under pipefail: either
 * way pipefail adds no failure the build would otherwise miss.
 */
function testedOnly(pipe: Pipeline): boolean {
  return pipe.condition === true || pipe.negated
}

/**
 * `echo … | sha256sum -c -`, `yes | sdkmanager --licenses`, and `(while true; do echo y; sleep 2; done) | …`,
 * a loop that only prints: a feeder that cannot fail, and that pipefail would fail when the reader exits.
 */
function fedByNeverFailing(pipe: Pipeline, script: Script): boolean {
  const printsOnly = (c: Command) =>
    c.compound && script.commands.every((inner) => inner.end <= c.start || inner.start >= c.end || inner.compound || LOOP_BODY.has(inner.program))
  return pipe.commands.slice(0, -1).every((c) => NEVER_FAIL.has(c.program) || printsOnly(c))
}

/** `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`, `["/bin/ash", "-eo", "pipefail", "-c"]`. */
function shellHasPipefail(shell: readonly string[]): boolean {
  if (!acceptsPipefail(shell[0] ?? '')) return false
  return shell.some((arg, i) => arg === 'pipefail' && O_CLUSTER.test(shell[i - 1] ?? ''))
}

/** `set -o pipefail`, `set -euxo pipefail`, `set -o errexit -o pipefail`, run by the RUN's own shell. */
function setsPipefail(command: Command): boolean {
  if (command.program !== 'set' || !(command.context === 'top' || command.context === 'heredoc-script') || !runByRunShell(command)) return false
  return command.args.some((arg, i) => arg.value === 'pipefail' && O_CLUSTER.test(command.args[i - 1]?.value ?? ''))
}

/**
 * True when the command runs in the RUN's own shell (or a subshell of it): not in the script of a
 * nested `sh -c '…'` or `bash <<EOF`, whose options the SHELL instruction does not set.
 */
function runByRunShell(command: Command): boolean {
  // PowerShell pipes objects, and its errors do not go through the RUN shell's exit status; cmd has no pipefail.
  if (command.powershell || command.cmd) return false
  for (let c: Command | undefined = command; c; c = c.parent) {
    if (c.context === 'shell-string' || (c.context === 'heredoc-script' && c.parent?.name)) return false
  }
  return true
}

/**
 * True inside `$(…)` or `<(…)` given as an argument (`cp x "$(ls | head -1)"`): the command's own
 * status decides, so pipefail changes nothing. An assignment (`v=$(a | b)`) keeps the status.
 */
function statusIgnored(command: Command): boolean {
  const nested = command.context === 'substitution' || command.context === 'process-substitution'
  return nested && command.parent !== undefined && command.parent.name !== ''
}
