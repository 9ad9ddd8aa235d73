import { customFrontend, instructionsOf, rejection, writtenAsIs } from '../dockerfile/helpers.js'
import type { Dockerfile, Instruction } from '../dockerfile/model.js'
import { brokenJsonForm } from './data/json-form.js'
import type { Problem, Rule } from './types.js'

/** Words that mean the same as JSON strings: no quotes, variables, escapes or globs. */
const PLAIN = /^[\w.,:/=@+%-]+$/

export default {
  id: 'shell-exec-form',
  title: '`SHELL` should name the shell as a JSON array',
  severity: 'error',
  defaults: 'An error: BuildKit rejects a `SHELL` that is not a JSON array of strings, or an empty one, so nothing is built.',
  tags: ['correctness'],
  precision: 'very-high',
  // No other tool's rule: BuildKit fails the parse ("SHELL requires the arguments to be in JSON form").
  rationale:
    '`SHELL` sets the program that runs the shell form of the `RUN`, `CMD` and `ENTRYPOINT` after it, with its options, and Docker only takes it as a JSON array: `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`. BuildKit rejects the file when it is written as words ("SHELL requires the arguments to be in JSON form") or names no program ("SHELL requires at least one argument").',
  fix: 'Write the shell and its options as a JSON array of strings in double quotes: `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`, or `SHELL ["powershell", "-Command"]` on Windows.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nSHELL /bin/bash -o pipefail -c\nRUN echo "built on $(date)" | tee /build-info.txt\nUSER 10001\nCMD ["cat", "/build-info.txt"]\n',
    good: 'FROM debian:bookworm-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN echo "built on $(date)" | tee /build-info.txt\nUSER 10001\nCMD ["cat", "/build-info.txt"]\n'
  },
  fixable: true,
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const shell of instructionsOf(dockerfile, 'SHELL')) {
      // A JSON array that is broken is valid-json-form's.
      if (shell.json?.length || brokenJsonForm(shell.text)) continue
      if (customFrontend(dockerfile)) return problems
      problems.push(shell.json || !shell.args.length ? empty(shell) : notJson(dockerfile, shell))
    }
    return problems
  }
} satisfies Rule

function empty(shell: Instruction): Problem {
  const error = rejection(shell, 'SHELL requires at least one argument')
  return { at: shell.keywordSpan, message: `This \`SHELL\` names no shell, so ${error}. Name the shell and its options, e.g. \`SHELL ["/bin/bash", "-o", "pipefail", "-c"]\`, or remove the line.` }
}

function notJson(dockerfile: Dockerfile, shell: Instruction): Problem {
  const { args } = shell
  const at = { start: args[0].start, end: args[args.length - 1].end }
  const json = `[${args.map((a) => JSON.stringify(a.value)).join(', ')}]`
  const plain = args.every((a) => PLAIN.test(a.value) && writtenAsIs(dockerfile, a)) && !dockerfile.text.slice(at.start, at.end).includes('\n')
  const error = rejection(shell, 'SHELL requires the arguments to be in JSON form')
  return {
    at,
    message: `\`SHELL ${shorten(shell.text)}\` is not a JSON array, so ${error}. Write it as one, ${plain ? `\`SHELL ${json}\`` : '`SHELL ["/bin/bash", "-c"]`'}.`,
    fix: plain ? { at, text: json } : undefined
  }
}

function shorten(text: string): string {
  const line = text.trim().replace(/\s+/g, ' ')
  return line.length > 60 ? `${line.slice(0, 59)}…` : line
}
