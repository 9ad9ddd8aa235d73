// Text a Dockerfile writes into files: `echo … > f`, `printf … | tee f`, `cat > f <<EOF`, and
// `COPY <<EOF f`. Rules look in it for configuration lines (`gpgcheck=0`, `[trusted=yes]`).
import { copyDestination, perFile, runCommands } from '../../dockerfile/helpers.js'
import type { Dockerfile, Span } from '../../dockerfile/model.js'
import { effective, isInterpreter } from '../../shell/helpers.js'
import type { Command, Word } from '../../shell/types.js'
import { writtenFiles } from '../../shell/writes.js'

export interface WrittenText {
  /** The text, with `\n` and `\t` escapes of echo/printf turned into the characters they print. */
  text: string
  /** Where the text is; `exact` when `text[i]` is at `at.start + i` (heredoc bodies). */
  at: Span
  exact: boolean
  /** The files it goes to, when the Dockerfile says (`>`, `>>`, `tee`, the COPY destination). */
  files: string[]
}

/** Every piece of text the Dockerfile writes with echo, printf, a heredoc, or a COPY/ADD heredoc (found once per file: several rules ask). */
export function writtenTexts(dockerfile: Dockerfile): readonly WrittenText[] {
  return perFile(dockerfile, allWrittenTexts)
}

function allWrittenTexts(dockerfile: Dockerfile): WrittenText[] {
  const found: WrittenText[] = []
  for (const { command } of runCommands(dockerfile)) {
    const printed = printedText(command)
    if (printed) found.push(printed)
    if (!command.redirects.length) continue // no heredoc: most commands
    // A heredoc given to a shell is a script, and its commands are listed on their own.
    const tool = effective(command).program
    if (tool === '' || isInterpreter(tool)) continue
    for (const redirect of command.redirects) {
      const heredoc = redirect.heredoc
      if (heredoc) found.push({ text: heredoc.body, at: { start: heredoc.bodyStart, end: heredoc.bodyStart + heredoc.body.length }, exact: true, files: targets(command) })
    }
  }
  for (const instruction of dockerfile.instructions) {
    if ((instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') || !instruction.heredocs.length) continue
    const destination = copyDestination(instruction)?.value
    for (const heredoc of instruction.heredocs) {
      const at = { start: heredoc.bodyStart, end: heredoc.bodyStart + heredoc.body.length }
      found.push({ text: heredoc.body, at, exact: true, files: destination ? [destination] : [] })
    }
  }
  return found
}

function printedText(command: Command): WrittenText | undefined {
  let args = command.args
  if (command.program === 'echo') {
    const options = args.findIndex((a) => !/^-[neE]+$/.test(a.value))
    args = options < 0 ? [] : args.slice(options)
  } else if (command.program !== 'printf') {
    return undefined
  }
  if (!args.length) return undefined
  const text = args.map((a) => a.value).join(' ').replace(/\\n/g, '\n').replace(/\\t/g, '\t')
  return { text, at: { start: args[0].start, end: args[args.length - 1].end }, exact: false, files: targets(command) }
}

/** The files a command's output goes to: its (or its wrapper's) redirects, or a `tee` it runs or pipes into. */
function targets(command: Command): string[] {
  const files: Word[] = []
  // A redirect on a wrapper (`sudo echo x > f`) is the wrapper's.
  for (let c = command; c.context === 'wrapped' && c.parent; c = c.parent) files.push(...writtenFiles(c.parent))
  for (const stage of command.pipeline.commands) if (stage.start >= command.start) files.push(...writtenFiles(effective(stage)))
  return files.map((f) => f.value)
}
