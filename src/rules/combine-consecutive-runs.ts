import { lineOf, reachesImage } from '../dockerfile/helpers.js'
import type { Instruction } from '../dockerfile/model.js'
import { effective } from '../shell/helpers.js'
import type { Command } from '../shell/types.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'combine-consecutive-runs',
  title: 'Join consecutive single-command RUNs into one',
  severity: 'note',
  enabledByDefault: false,
  defaults:
    'Off by default: an extra layer costs little, and separate RUNs are easier to read and cache. Turn it on to keep the layer count of final images down.',
  tags: ['image-size'],
  precision: 'high',
  // hadolint's DL3059 spec cases are all in the test file, and so are KICS's 0008c003 positive cases and
  // three of its negative ones (two positive cases are COPYs and ADDs, which differ: see `differences`).
  equivalents: { hadolint: ['DL3059'] },
  related: { kics: ['0008c003'] },
  differences:
    "Only the stages the final image is built from are checked: a build stage's layers are thrown away, so joining its RUNs saves nothing (hadolint#1056). `sudo x` counts as one command, and `sh -c '…'` as the commands its script runs.\n\nKICS's 0008c003 looks at the final stage only, reports its first RUN once when several follow each other, whatever they run, and also reports `COPY`s or `ADD`s in a row that share a destination; this rule reports each RUN of one command that follows another, and leaves `COPY` and `ADD` alone (copying in separate steps keeps the build cache of one file from depending on the others).",
  rationale:
    'Each RUN adds a layer to the image, with its own metadata and its own copy of every file it changes. Two RUNs that each run one command are usually one step split by accident: joined, they make one layer, and files the second command deletes never reach the image at all.',
  fix: 'Join the commands with `&&` in one RUN, one per line with `\\` continuations. RUNs that are split on purpose (different `--mount` flags, a cache boundary, several commands each) are not reported.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN useradd --system --uid 10001 app\nRUN mkdir -p /data\nUSER 10001\nCMD ["bash"]\n',
    good: 'FROM debian:bookworm-slim\nRUN useradd --system --uid 10001 app \\\n && mkdir -p /data\nUSER 10001\nCMD ["bash"]\n'
  },
  check: (dockerfile) => {
    let previous: { run: Instruction; command: Command } | undefined
    const problems: Problem[] = []
    for (const instruction of dockerfile.instructions) {
      // Any other instruction, an ONBUILD trigger or a new stage in between ends the run of RUNs.
      const command = instruction.keyword === 'RUN' && !instruction.onbuild && reachesImage(dockerfile, instruction) ? single(instruction) : undefined
      if (command && previous && flags(previous.run) === flags(instruction)) {
        const [first, second] = [effective(previous.command).program, effective(command).program]
        problems.push({
          at: { start: instruction.start, end: instruction.end },
          message: `\`${first}\` (line ${lineOf(dockerfile, previous.run.start)}) and \`${second}\` run as two RUNs of one command each: join them in one RUN (\`${first} … && ${second} …\`) to save a layer.`
        })
      }
      previous = command && { run: instruction, command }
    }
    return problems
  }
} satisfies Rule

/** The one command a RUN runs; undefined when it runs several (`a && b`, a pipe, a script). */
function single(run: Instruction): Command | undefined {
  const script = run.shell
  if (!script || script.error) return undefined
  // A wrapper and what it runs (`sudo apt-get …`) are one command; a heredoc's `<<EOF` holds none.
  const commands = script.commands.filter((c) => c.name !== '' && c.context !== 'wrapped')
  return commands.length === 1 ? commands[0] : undefined
}

/** The RUN's flags (`--mount=…`, `--network=…`), in any order: RUNs with different ones are split on purpose. */
function flags(run: Instruction): string {
  return run.flags
    .map((f) => `${f.name}=${f.value ?? ''}`)
    .sort()
    .join(' ')
}
