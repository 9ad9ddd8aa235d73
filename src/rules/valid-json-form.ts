import { customFrontend, rejection } from '../dockerfile/helpers.js'
import { JSON_FORM } from '../dockerfile/instructions.js'
import type { Arg, Dockerfile, Instruction } from '../dockerfile/model.js'
import { brokenJsonForm, type BrokenJson } from './data/json-form.js'
import type { Problem, Rule } from './types.js'

const POSIX_SHELLS = /(^|\/)(sh|bash|ash|dash|zsh|ksh)$/
const STARTS_ARRAY = /^\s*\[/

export default {
  id: 'valid-json-form',
  title: 'An argument list written as a JSON array should be valid JSON',
  severity: 'error',
  defaults:
    'An error: the build or the container fails. Docker silently runs such a command as a shell command (`[node,: not found`) and reads such paths as words, and BuildKit rejects a broken `SHELL` and an array of values other than strings.',
  tags: ['correctness'],
  precision: 'very-high',
  // No other tool's rule: BuildKit reads such text as shell form (its json_test.go cases are in the test
  // file). hadolint's DL3025 and BuildKit's JSONArgsRecommended flag a broken CMD as shell form, for
  // another concern (signals): exec-form-cmd claims them.
  rationale:
    'The JSON (exec) form of `RUN`, `CMD`, `ENTRYPOINT`, `HEALTHCHECK CMD`, `COPY`, `ADD` and `VOLUME` must be valid JSON: strings in double quotes, commas between them and none after the last, a backslash written `\\\\`. When it is not, Docker does not fail: it silently reads the text as shell form, so `CMD [\'node\', \'server.js\']` runs `/bin/sh -c "[\'node\', \'server.js\']"`, which fails with `[node,: not found`, and `COPY [\'app\', \'/app/\']` looks for a file named by the word `[\'app\',`. BuildKit rejects a `SHELL` that is not valid JSON, and an array with numbers or other values that are not strings ("when using JSON array syntax, arrays must be comprised of strings only").',
  fix: 'Write the arguments as a JSON array of strings: each in double quotes, separated by commas, `CMD ["node", "server.js"]`. Double each backslash (`"C:\\\\app\\\\app.exe"`), and put a comment on a line of its own: a Dockerfile has no comments at the end of a line.',
  examples: {
    bad: "FROM node:22-bookworm-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\nCMD ['node', 'server.js']\n",
    good: 'FROM node:22-bookworm-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\nCMD ["node", "server.js"]\n'
  },
  fixable: true,
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const instruction of dockerfile.instructions) {
      if (instruction.json || !JSON_FORM.has(instruction.keyword === 'HEALTHCHECK' ? 'CMD' : instruction.keyword)) continue
      const body = bodyOf(instruction)
      const broken = body && brokenJsonForm(body.text)
      if (!body || !broken) continue
      if (customFrontend(dockerfile)) return problems
      problems.push(problem(dockerfile, instruction, body, broken))
    }
    return problems
  }
} satisfies Rule

interface Body {
  /** The text BuildKit tries to read as JSON, continuations joined. */
  text: string
  args: Arg[]
}

/** The arguments BuildKit reads as JSON when they start with `[`: all of them, or those after `HEALTHCHECK CMD`. */
function bodyOf({ keyword, text, args }: Instruction): Body | undefined {
  if (keyword !== 'HEALTHCHECK') return STARTS_ARRAY.test(text) ? { text, args } : undefined
  // `text` starts with the arguments as written, `CMD` first.
  if (args[0]?.value.toUpperCase() !== 'CMD' || !args[1]?.value.startsWith('[')) return undefined
  return { text: text.slice(3), args: args.slice(1) }
}

function problem(dockerfile: Dockerfile, instruction: Instruction, body: Body, broken: BrokenJson): Problem {
  const { keyword } = instruction
  const at = { start: body.args[0].start, end: body.args[body.args.length - 1].end }
  const subject = `\`${keyword === 'HEALTHCHECK' ? 'HEALTHCHECK CMD' : keyword} ${shorten(body.text.trim())}\``
  const fix = broken.corrected && !dockerfile.text.slice(at.start, at.end).includes('\n') ? { at, text: broken.corrected } : undefined
  if (broken.rejected || keyword === 'SHELL') {
    const error = broken.rejected ? 'when using JSON array syntax, arrays must be comprised of strings only' : 'SHELL requires the arguments to be in JSON form'
    const rejected = rejection(instruction, error)
    return { at, message: `${subject} is not a JSON array of strings: ${broken.problem}. ${rejected[0].toUpperCase()}${rejected.slice(1)}.`, fix }
  }
  const where = instruction.onbuild ? ' in the images built `FROM` this one' : ''
  return { at, message: `${subject} is not valid JSON: ${broken.problem}. Docker does not stop at it${where}: ${fallback(instruction, body)}.`, fix }
}

/** What Docker does instead: run the text as a shell command, or read its words as paths. */
function fallback(instruction: Instruction, body: Body): string {
  const { keyword, shellCommand } = instruction
  const words = body.args.slice(0, 2).map((a) => `\`${a.value}\``).join(', ')
  if (keyword === 'COPY' || keyword === 'ADD') return `it reads the words as paths (${words}, …), which name no files, so the build fails`
  if (keyword === 'VOLUME') return `it reads the words as the paths of the volumes (${words}), not the paths you meant`
  const command = `\`${shorten(body.text.trim())}\``
  // The shell runs the first word, `[node,`, as a program (`[` alone is the shell's test command).
  const program = body.text.trim().split(/\s+/)[0].replace(/["']/g, '')
  const notFound = POSIX_SHELLS.test(shellCommand[0] ?? '') && program !== '[' && !program.includes('\\') ? ` (\`${program}: not found\`)` : ''
  const result = keyword === 'RUN' ? ', and so does the build' : keyword === 'HEALTHCHECK' ? ', so the container is reported unhealthy' : ' when the container starts'
  return `it runs ${command} as a shell command with \`${shellCommand.join(' ')}\`, which fails${notFound}${result}`
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ')
  return line.length > 60 ? `${line.slice(0, 59)}…` : line
}
