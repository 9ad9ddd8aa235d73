import { writtenAsIs } from '../dockerfile/helpers.js'
import type { Arg, Dockerfile, Instruction, Stage } from '../dockerfile/model.js'
import { closestName, isTypo, references } from './data/variables.js'
import type { Problem, Rule } from './types.js'

/** The instructions whose arguments BuildKit expands (RUN, CMD, ENTRYPOINT are left to the shell). */
const EXPANDED = new Set(['ADD', 'COPY', 'ENV', 'ARG', 'EXPOSE', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR'])
/** Set in every image: BuildKit gives a stage without one a default PATH. */
const ALWAYS = ['PATH']

export default {
  id: 'undefined-variable',
  title: 'Variables in instructions should be declared before they are used',
  severity: 'warning',
  defaults:
    'A warning: the variable expands to an empty string, so a path, user or label silently ends up wrong. Only reported when the base image cannot be the one defining it, to stay precise.',
  tags: ['correctness'],
  precision: 'high',
  related: { buildkit: ['UndefinedVar'] },
  differences:
    "BuildKit knows the base image's environment because it pulls the image; a linter does not, and images set many variables (`JAVA_HOME`, `NGINX_VERSION`, `GOPATH`). So on an image base this rule reports a variable only when it is clearly a mistake: declared later in the same stage, a global ARG the stage does not re-declare, or a typo of a name in scope (one letter off, or another case: BuildKit's \"did you mean\"; `$GOPATH` is not taken for a typo of `$PATH`). `ARG X=${X}`, the idiom that takes X from `--build-arg` only, is passed. On a `scratch` base (directly or through earlier stages) every undeclared variable is reported, as BuildKit does. References with a default (`${X:-d}`) are passed, since they handle the unset case, and `ENV a=1 b=$a` is left to env-same-instruction-reference. BuildKit reports stages the build target does not reach only in `--check`; this rule checks every stage.",
  rationale:
    'Outside `RUN`, Docker substitutes `$NAME` itself, from the ARGs and ENVs declared before in the same stage (and the base image\'s environment). Any other name becomes an empty string without an error, so `COPY $DIR_ASSET .` copies the whole context and `WORKDIR /opt/$APP` is `/opt/`.',
  fix: 'Declare the variable before the instruction with `ARG NAME=default` or `ENV NAME=value`, fix the name if it is a typo, or, for a global ARG, repeat `ARG NAME` inside the stage to bring its value in.',
  examples: {
    bad: 'ARG APP_DIR=/opt/app\nFROM alpine:3.22\nWORKDIR $APP_DIR\nUSER 10001\nCMD ["sh"]\n',
    good: 'ARG APP_DIR=/opt/app\nFROM alpine:3.22\nARG APP_DIR\nWORKDIR $APP_DIR\nUSER 10001\nCMD ["sh"]\n'
  },
  check: (dockerfile) => {
    let globals: Set<string> | undefined
    const problems: Problem[] = []
    for (const stage of dockerfile.stages) {
      const own = stage.instructions.filter((i) => !i.onbuild && EXPANDED.has(i.keyword))
      // Most stages refer to no variable: nothing to report, and no scope to work out.
      if (!own.some((i) => i.text.includes('$'))) continue
      globals ??= new Set(dockerfile.globalArgs.flatMap((a) => a.properties.map((p) => p.name)))
      const inScope = new Set([...ALWAYS, ...inherited(stage.image.stage)])
      const later = new Set(own.flatMap(declaredBy))
      const context = { dockerfile, globals, inScope, later, scratch: fromScratch(stage) }
      for (const instruction of own) {
        if (instruction.text.includes('$')) for (const arg of valuesOf(instruction)) problems.push(...undefinedIn(instruction, arg, context))
        for (const name of declaredBy(instruction)) inScope.add(name)
      }
    }
    return problems
  }
} satisfies Rule

interface Context {
  dockerfile: Dockerfile
  globals: ReadonlySet<string>
  inScope: ReadonlySet<string>
  later: ReadonlySet<string>
  scratch: boolean
}

function* undefinedIn(instruction: Instruction, arg: Arg, { dockerfile, globals, inScope, later, scratch }: Context): Generator<Problem> {
  // `ENV a=1 b=$a` is env-same-instruction-reference's; `ARG X=${X}` is the idiom that takes X from `--build-arg` only.
  const same = new Set(declaredBy(instruction))
  const exact = writtenAsIs(dockerfile, arg)
  for (const ref of references(arg.value)) {
    if (ref.guarded || inScope.has(ref.name) || same.has(ref.name)) continue
    const written = `\`${arg.value.slice(ref.start, ref.end)}\``
    // On an image base only a typo is a sure mistake: `$GOPATH` is not a near miss of `$PATH`, the golang image sets it.
    const near = closestName(ref.name, inScope)
    const suggestion = near && (scratch || isTypo(ref.name, near)) ? near : undefined
    let advice: string | undefined
    if (later.has(ref.name)) advice = `is only declared further down in this stage: move its ARG or ENV above this ${instruction.keyword}.`
    else if (globals.has(ref.name)) advice = `is a global ARG, and a stage does not see those: add \`ARG ${ref.name}\` in this stage, before this ${instruction.keyword}.`
    else if (suggestion) advice = `is not declared: did you mean \`$${suggestion}\`?`
    else if (scratch) advice = `is not declared, and the stage builds on \`scratch\`, so nothing sets it: declare it with \`ARG ${ref.name}=…\` or \`ENV ${ref.name}=…\` before this ${instruction.keyword}.`
    if (!advice) continue // the base image may set it
    yield {
      at: exact ? { start: arg.start + ref.start, end: arg.start + ref.end } : arg,
      message: `BuildKit warns: ${written} expands to an empty string here, since it ${advice}`
    }
  }
}

/** The values BuildKit expands: the arguments, or the values of ENV, ARG and LABEL pairs. */
function valuesOf(instruction: Instruction): Arg[] {
  if (!['ENV', 'ARG', 'LABEL'].includes(instruction.keyword)) return instruction.args
  return instruction.properties.flatMap((p) => (p.value !== undefined && p.valueSpan ? [{ value: p.value, ...p.valueSpan }] : []))
}

function declaredBy(instruction: Instruction): string[] {
  return instruction.keyword === 'ARG' || instruction.keyword === 'ENV' ? instruction.properties.map((p) => p.name) : []
}

/** The names an earlier stage declares, which a stage built FROM it sees. */
function inherited(stage: Stage | undefined): string[] {
  if (!stage) return []
  return [...inherited(stage.image.stage), ...stage.instructions.filter((i) => !i.onbuild).flatMap(declaredBy)]
}

function fromScratch(stage: Stage): boolean {
  return stage.image.scratch || (stage.image.stage !== undefined && fromScratch(stage.image.stage))
}
