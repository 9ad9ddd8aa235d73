import { customFrontend, rejection, wordsBeforeBodies } from '../dockerfile/helpers.js'
import { ARITY, JSON_FORM, type Arity } from '../dockerfile/instructions.js'
import type { Arg, Instruction } from '../dockerfile/model.js'
import { table } from '../lookup.js'
import type { Problem, Rule } from './types.js'

/** What to write instead of an instruction with no arguments. */
const ADVICE = table<string>({
  FROM: 'Name the base image, e.g. `FROM alpine:3.22`.',
  ADD: 'Name what to add and where, e.g. `ADD app.tar.gz /opt/app/`.',
  COPY: 'Name what to copy and where, e.g. `COPY . /app`.',
  ARG: 'Name the build argument, e.g. `ARG VERSION=1.0`, or remove the line.',
  ENV: 'Set a variable, e.g. `ENV NODE_ENV=production`, or remove the line.',
  LABEL: 'Add a label, e.g. `LABEL org.opencontainers.image.title="app"`, or remove the line.',
  EXPOSE: 'Name the port the app listens on, e.g. `EXPOSE 8080`, or remove the line.',
  VOLUME: 'Name the directory, e.g. `VOLUME /data`, or remove the line.',
  ONBUILD: 'Give it the instruction to run when an image is built from this one, e.g. `ONBUILD COPY . /app`, or remove the line.',
  HEALTHCHECK: "Give it the check to run, e.g. `HEALTHCHECK CMD curl -f http://localhost/ || exit 1`, or write `HEALTHCHECK NONE` to turn off the base image's.",
  MAINTAINER: 'Remove it, or name the author in a label: `LABEL org.opencontainers.image.authors="…"`.',
  STOPSIGNAL: 'Name the signal, e.g. `STOPSIGNAL SIGTERM`, or remove the line.',
  USER: 'Name the user, e.g. `USER 10001`.',
  WORKDIR: 'Name the directory, e.g. `WORKDIR /app`.'
})

/** Triggers Docker refuses whatever their arguments: valid-onbuild-trigger reports them. */
const NOT_TRIGGERS = new Set(['FROM', 'ONBUILD', 'MAINTAINER'])

export default {
  id: 'instruction-arguments',
  title: 'Give each instruction the arguments it takes',
  severity: 'error',
  defaults:
    'An error: BuildKit rejects an instruction with too few arguments, and a `USER` of two words or a bare `CMD` or `ENTRYPOINT` builds an image that fails when it runs.',
  tags: ['correctness'],
  precision: 'very-high',
  // No other tool's rule: BuildKit fails the parse (its parse_test.go argument-count cases are in the
  // test file). Beyond them: `USER` of two words and a bare `CMD` or `ENTRYPOINT`, which BuildKit
  // accepts, and ONBUILD triggers, which only the builds FROM this image reject.
  rationale:
    'Each instruction takes a set number of arguments: `COPY` sources and a destination, `WORKDIR` a directory, `FROM` an image and optionally `AS` and a stage name. BuildKit rejects an instruction with too few (`COPY requires at least two arguments`, `WORKDIR requires exactly one argument`, `FROM requires either one or three arguments`) and the build stops. A `USER` of two words and a `CMD` or `ENTRYPOINT` with nothing after it are accepted, but the image fails when it runs.',
  fix: 'Give the instruction what it takes: `COPY <source>… <destination>`, `FROM <image> [AS <name>]`, `USER <user>[:<group>]`, `WORKDIR <directory>`. A Dockerfile has no comments at the end of a line: put a comment on a line of its own.',
  examples: {
    bad: 'FROM alpine:3.22\nCOPY app\nUSER 10001\nCMD ["/usr/local/bin/app"]\n',
    good: 'FROM alpine:3.22\nCOPY app /usr/local/bin/app\nUSER 10001\nCMD ["/usr/local/bin/app"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const instruction of dockerfile.instructions) {
      const arity = ARITY.get(instruction.keyword)
      // SHELL's arguments are shell-exec-form's.
      if (!arity || instruction.keyword === 'SHELL' || (instruction.onbuild && NOT_TRIGGERS.has(instruction.keyword))) continue
      const problem = problemOf(instruction, arity)
      if (!problem) continue
      // A frontend of its own may read arguments its own way.
      if (customFrontend(dockerfile)) return []
      problems.push(problem)
    }
    return problems
  }
} satisfies Rule

function problemOf(instruction: Instruction, arity: Arity): Problem | undefined {
  const { keyword } = instruction
  const args = argumentsOf(instruction)
  if (args.length < arity.min) return missing(instruction, args, arity)
  if (keyword === 'FROM' && args.length !== 3 && args[1]?.value.toUpperCase() === 'AS') return fromStage(instruction, args)
  if (keyword === 'USER' && args.length > 1 && instruction.stage && !instruction.stage.windows) return userWords(args)
  if ((keyword === 'CMD' || keyword === 'ENTRYPOINT') && args.length === 0 && !instruction.json) return emptyCommand(instruction)
  return undefined
}

/** The arguments BuildKit counts: a JSON array's strings, else the words before any heredoc body. */
function argumentsOf(instruction: Instruction): readonly Arg[] {
  return instruction.jsonArgs && JSON_FORM.has(instruction.keyword) ? instruction.jsonArgs : wordsBeforeBodies(instruction)
}

function missing(instruction: Instruction, args: readonly Arg[], arity: Arity): Problem {
  const { keyword, keywordSpan } = instruction
  const copy = keyword === 'COPY' || keyword === 'ADD'
  const error =
    keyword === 'FROM'
      ? 'FROM requires either one or three arguments'
      : copy
        ? `${keyword} requires at least two arguments, but only one was provided. Destination could not be determined`
        : `${keyword} requires ${arity.line ? 'exactly' : 'at least'} one argument`
  if (copy && args.length === 1) {
    const source = args[0].value
    return {
      at: keywordSpan,
      message: `\`${keyword} ${source}\` says what to ${keyword === 'ADD' ? 'add' : 'copy'} but not where to, so ${rejection(instruction, error)}. Add the destination, e.g. \`${keyword} ${source} /app/\`.`
    }
  }
  return { at: keywordSpan, message: `\`${keyword}\` has no arguments, so ${rejection(instruction, error)}. ${ADVICE[keyword]}` }
}

/** `FROM image AS` with no name, or with more words after the name. */
function fromStage(instruction: Instruction, args: readonly Arg[]): Problem {
  const error = rejection(instruction, 'FROM requires either one or three arguments')
  if (args.length === 2) {
    return { at: args[1], message: `\`${args[1].value}\` is not followed by a stage name, so ${error}. Name the stage, \`FROM ${args[0].value} ${args[1].value} build\`, or remove \`${args[1].value}\`.` }
  }
  const extra = args.slice(3)
  return { at: around(extra), message: `The stage name \`${args[2].value}\` is followed by \`${text(extra)}\`, so ${error}.${remedy(extra)}` }
}

/** `USER app staff`: BuildKit takes the whole line as one name, which no Linux user has. */
function userWords(args: readonly Arg[]): Problem {
  const extra = args.slice(1)
  const name = text(args)
  const group = args.length === 2 && !extra[0].value.startsWith('#') ? ` To set the group too, write \`USER ${args[0].value}:${args[1].value}\`.` : ''
  return {
    at: around(extra),
    message: `BuildKit reads all of \`${name}\` as one user name, and no user has a space in its name: the next \`RUN\`, or the container when it starts, fails with "unable to find user ${name}".${group || remedy(extra)}`
  }
}

/** A shell-form CMD or ENTRYPOINT with nothing to run: the shell runs an empty command and exits. */
function emptyCommand(instruction: Instruction): Problem {
  const { keyword, keywordSpan, shellCommand } = instruction
  const shell = `${shellCommand.join(' ')} ""`
  const message =
    keyword === 'CMD'
      ? `\`CMD\` with nothing after it sets the command to \`${shell}\`, which runs nothing, so the container exits as soon as it starts. Write the command, e.g. \`CMD ["app"]\`, or \`CMD []\` to clear the base image's.`
      : `\`ENTRYPOINT\` with nothing after it sets the entrypoint to \`${shell}\`, which runs nothing and ignores CMD, so the container exits as soon as it starts. Write the program, e.g. \`ENTRYPOINT ["app"]\`, or \`ENTRYPOINT []\` to clear the base image's.`
  return { at: keywordSpan, message }
}

function around(args: readonly Arg[]): { start: number; end: number } {
  return { start: args[0].start, end: args[args.length - 1].end }
}

function text(args: readonly Arg[]): string {
  return args.map((a) => a.value).join(' ')
}

/** How to get rid of extra words: a comment goes on a line of its own. */
function remedy(extra: readonly Arg[]): string {
  return extra[0].value.startsWith('#')
    ? ' A Dockerfile has no comments at the end of a line: put the comment on a line of its own, above.'
    : ' Remove the extra words.'
}
