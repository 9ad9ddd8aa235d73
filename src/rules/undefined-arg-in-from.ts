import { writtenAsIs } from '../dockerfile/helpers.js'
import type { Arg, Dockerfile, Instruction } from '../dockerfile/model.js'
import { PLATFORM_ARGS } from '../dockerfile/scope.js'
import { closestName, references } from './data/variables.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'undefined-arg-in-from',
  title: '`FROM` should only use ARGs declared before the first `FROM`',
  severity: 'warning',
  defaults:
    'A warning: the variable is always empty, and `--build-arg` cannot set it, so the stage builds from another image or platform than the line suggests, or the build fails.',
  tags: ['correctness'],
  precision: 'very-high',
  // BuildKit's UndefinedArgInFrom test cases (testUndeclaredArg) are all in the test file. Beyond them,
  // `${X:-default}` with an undeclared X is reported too (BuildKit's lexer reports it as well).
  equivalents: { buildkit: ['UndefinedArgInFrom'] },
  rationale:
    'A `FROM` line can only use the ARGs declared before the first `FROM` (and the platform args BuildKit sets, such as `BUILDPLATFORM`). Any other variable is empty there, even when passed with `--build-arg`, so `FROM alpine:${TAG}` without `ARG TAG` reads as `alpine:` and fails, and a misspelt `$BULIDPLATFORM` silently drops the platform.',
  fix: 'Declare the variable at the top of the file, before the first `FROM`, with a default that works: `ARG TAG=3.20`. If the name is a typo, use the declared name.',
  examples: {
    bad: 'FROM alpine:${ALPINE_VERSION}\nUSER 10001\nCMD ["sh"]\n',
    good: 'ARG ALPINE_VERSION=3.22\nFROM alpine:${ALPINE_VERSION}\nUSER 10001\nCMD ["sh"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const { from } of dockerfile.stages) {
      // Only a `$` refers to a variable, and most FROMs have none: those are not read further.
      const platform = from.flags.find((f) => f.name === 'platform')
      if (platform?.value?.includes('$')) {
        problems.push(...undeclared(dockerfile, from, { value: platform.value, start: platform.end - platform.value.length, end: platform.end }))
      }
      if (from.args[0]?.value.includes('$')) problems.push(...undeclared(dockerfile, from, from.args[0]))
    }
    return problems
  }
} satisfies Rule

const PLATFORM = new Set<string>(PLATFORM_ARGS)

/** True when a FROM can use the variable: a platform arg, or an ARG before the first FROM. */
function isDeclared(dockerfile: Dockerfile, name: string): boolean {
  return PLATFORM.has(name) || dockerfile.globalArgs.some((arg) => arg.properties.some((p) => p.name === name))
}

/** The names a FROM can use, in that order, for a did-you-mean: built only for a name that is not one of them. */
function declaredNames(dockerfile: Dockerfile): Set<string> {
  const declared = new Set<string>(PLATFORM_ARGS)
  for (const arg of dockerfile.globalArgs) for (const p of arg.properties) declared.add(p.name)
  return declared
}

function* undeclared(dockerfile: Dockerfile, from: Instruction, arg: Arg): Generator<Problem> {
  // Narrow to the reference when the value is written as is (no continuation inside it): looked at once something is reported.
  let exact: boolean | undefined
  for (const ref of references(arg.value)) {
    if (isDeclared(dockerfile, ref.name)) continue
    exact ??= writtenAsIs(dockerfile, arg)
    const suggestion = closestName(ref.name, declaredNames(dockerfile))
    const hint = suggestion ? ` If you meant \`${suggestion}\`, fix the name; otherwise declare` : ' Declare'
    yield {
      at: exact ? { start: arg.start + ref.start, end: arg.start + ref.end } : from,
      message: `BuildKit warns: \`${arg.value.slice(ref.start, ref.end)}\` in FROM names no ARG declared before the first FROM, so it is always empty here, even with \`--build-arg\`.${hint} it at the top of the file: \`ARG ${ref.name}=…\`.`
    }
  }
}
