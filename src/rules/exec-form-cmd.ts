import { instructionsOf } from '../dockerfile/helpers.js'
import type { Dockerfile, Instruction } from '../dockerfile/model.js'
import { parseShell } from '../shell/parse.js'
import { brokenJsonForm } from './data/json-form.js'
import type { Problem, Rule } from './types.js'

/** Words that mean the same in a JSON array: no quotes, variables, globs, operators or escapes. */
const PLAIN = /^[\w.,:/=@+%-]+$/

export default {
  id: 'exec-form-cmd',
  title: '`CMD` and `ENTRYPOINT` should use the JSON (exec) form',
  severity: 'warning',
  defaults:
    'A warning: in shell form the app may never see `docker stop`, so stopping it waits out the timeout and kills it mid-work. The JSON form is a mechanical change.',
  tags: ['reliability'],
  precision: 'high',
  // hadolint's DL3025 spec cases are all in the test file; its "warn on HEALTHCHECK CMD shell
  // notation" case fails on purpose (see `differences`), so DL3025 is only related. So are BuildKit's
  // JSONArgsRecommended cases, of which those with a SHELL differ on purpose, and KICS's b86987e1
  // samples, of which the one with a build stage differs on purpose.
  related: { hadolint: ['DL3025'], buildkit: ['JSONArgsRecommended'], kics: ['b86987e1'] },
  differences:
    "hadolint (2.15 and its tests) also flags `HEALTHCHECK CMD` in shell form. This rule does not: a health check is not the container's main process, so signals do not concern it, and the shell form is what its usual `curl -f http://localhost/ || exit 1` needs. It also passes a shell form whose last command is `exec` (`CMD exec app …`, `CMD echo ready; exec app …`), where the shell replaces itself with the app, which then receives signals: the usual way to keep variable expansion. `ONBUILD CMD` and `ONBUILD ENTRYPOINT` triggers are checked too. BuildKit's JSONArgsRecommended passes a shell form once `SHELL` has changed the shell (in the stage or one it is built `FROM`); this rule does not, since whatever the shell, it may stay the main process that `docker stop` signals (BuildKit also does not pass a shell form that ends with `exec`, nor check `ONBUILD` triggers).\n\nKICS's b86987e1 looks at the final stage only, so it passes a shell-form `CMD` or `ENTRYPOINT` in a build stage, which this rule reports like hadolint and BuildKit (a stage can be built and run on its own with `--target`). It also reports a shell form that ends with `exec`, which this rule passes.",
  rationale:
    "In shell form (`CMD node server.js`) Docker runs `/bin/sh -c \"node server.js\"`. Unless the shell replaces itself with your app (some do for a lone command, none for `a && b` or a trap), the shell is the container's main process: it receives the SIGTERM of `docker stop` and does not pass it on, so the app never shuts down gracefully and is killed after the timeout. A shell-form ENTRYPOINT also ignores the arguments of `docker run` and of CMD.",
  fix: 'Write the command as a JSON array of strings in double quotes: `CMD ["node", "server.js"]`. If it needs the shell to expand variables, keep the shell form but start it with `exec`, so the shell is replaced by the app: `CMD exec node server.js --port \"$PORT\"`.',
  examples: {
    bad: 'FROM node:22-bookworm-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\nCMD node server.js\n',
    good: 'FROM node:22-bookworm-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\nCMD ["node", "server.js"]\n'
  },
  fixable: true,
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const instruction of instructionsOf(dockerfile, 'CMD', 'ENTRYPOINT')) {
      const body = instruction.text.trim()
      // A JSON array Docker cannot read is `valid-json-form`'s error, not a style question.
      if (instruction.json || !body || brokenJsonForm(body) || execsLast(body)) continue
      problems.push(problem(dockerfile, instruction, body))
    }
    return problems
  }
} satisfies Rule

function problem(dockerfile: Dockerfile, instruction: Instruction, body: string): Problem {
  const { keyword, args } = instruction
  const at = { start: args[0].start, end: args[args.length - 1].end }
  const json = `[${args.map((a) => JSON.stringify(a.value)).join(', ')}]`
  const simple = args.every((a) => PLAIN.test(a.value)) && dockerfile.text.slice(at.start, at.end) === body
  const also = keyword === 'ENTRYPOINT' ? ', and the arguments of `docker run` and CMD are ignored' : ''
  return {
    at,
    message: `\`${keyword} ${shorten(body)}\` is in shell form: \`${instruction.shellCommand.join(' ')}\` runs it and may stay the main process, so the signal of \`docker stop\` may never reach your program${also}. Write it as a JSON array, \`${keyword} ${simple ? json : '["program", "arg"]'}\`, or start it with \`exec\` if it needs the shell.`,
    // Only a CMD is rewritten: an ENTRYPOINT in JSON form would also start taking CMD as arguments.
    fix: simple && keyword === 'CMD' ? { at, text: json } : undefined
  }
}

/**
 * True when the shell form ends by replacing the shell with the program (`exec node server.js`,
 * `echo ready; exec nginx -g 'daemon off;'`): the program then receives the signals itself.
 */
function execsLast(body: string): boolean {
  if (!body.includes('exec')) return false
  const top = parseShell(body).commands.filter((c) => c.context === 'top')
  return top[top.length - 1]?.program === 'exec'
}

/** A command as one short line, for a message. */
function shorten(body: string): string {
  const line = body.replace(/\s+/g, ' ')
  return line.length > 60 ? `${line.slice(0, 57)}…` : line
}
