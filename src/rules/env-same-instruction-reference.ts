import type { Dockerfile, Instruction, Property } from '../dockerfile/model.js'
import type { Problem, Rule } from './types.js'

/** A variable's name after `$`, or after `${`. */
const NAME = /\{?([A-Za-z_][A-Za-z0-9_]*)/y

export default {
  id: 'env-same-instruction-reference',
  title: 'An `ENV` value should not read a variable the same `ENV` sets',
  severity: 'warning',
  defaults: 'A warning: the value silently comes out different from what the line seems to say, and the image is built with it.',
  tags: ['correctness'],
  precision: 'high',
  // hadolint's DL3044 spec cases are all in the test file.
  equivalents: { hadolint: ['DL3044'] },
  differences:
    'Variables are scoped as Docker scopes them: a name counts as set earlier when an `ENV` or `ARG` of the stage, or an `ENV` of a stage it is built `FROM`, sets it. A global `ARG` (before the first `FROM`) is not in scope in a stage that does not declare it again, so unlike in hadolint it does not count. A value that reads its own name before a later pair sets it again (`PATH=/a:$PATH … PATH=…`) is reported once, at the pair that reads the other. `$NAME` in single quotes or after an escape is not a reference.',
  rationale:
    'Docker expands every value of an `ENV` line with the variables as they were *before* the line, and only then sets them. In `ENV APP_HOME=/app CONFIG=$APP_HOME/config`, `CONFIG` becomes `/config`: `$APP_HOME` is still empty when it is read, so the image is built with a path nobody wrote.',
  fix: 'Set the variable in an earlier `ENV` and read it in a later one:\n\n```dockerfile\nENV APP_HOME=/app\nENV CONFIG=$APP_HOME/config\n```',
  examples: {
    bad: 'FROM alpine:3.22\nENV APP_HOME=/app CONFIG=$APP_HOME/config.yml\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nENV APP_HOME=/app\nENV CONFIG=$APP_HOME/config.yml\nUSER 10001\nCMD ["sh"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const env of dockerfile.instructions) {
      if (env.keyword !== 'ENV' || env.properties.length < 2) continue
      let setBefore: Set<string> | undefined
      for (const [index, pair] of env.properties.entries()) {
        if (!pair.valueSpan || !pair.value?.includes('$')) continue
        const written = dockerfile.text.slice(pair.valueSpan.start, pair.valueSpan.end)
        const sibling = [...namesRead(written, dockerfile.escape)].find((name) => setBySibling(env.properties, index, name))
        if (!sibling || (setBefore ??= namesSetBefore(dockerfile, env)).has(sibling)) continue
        problems.push({
          at: pair,
          message: `\`${pair.name}\` reads \`$${sibling}\`, which this same \`ENV\` sets: Docker expands the values before setting any, so it gets \`$${sibling}\` from before this line (empty unless the base image sets it). Set \`${sibling}\` in an earlier \`ENV\`.`
        })
      }
    }
    return problems
  }
} satisfies Rule

/**
 * True when a pair other than `pairs[index]` sets `name`. A pair that reads its own name (`PATH=/a:$PATH`)
 * means the value from before the line, so for it only an earlier pair of the same name counts.
 */
function setBySibling(pairs: readonly Property[], index: number, name: string): boolean {
  const own = pairs[index].name === name
  return pairs.some((p, i) => i !== index && p.name === name && (!own || i < index))
}

/**
 * The variables a value reads as written (`$A`, `${A}`, `${A:-x}`): not inside single quotes, and not
 * after the escape character (`\$A` is literal).
 */
function namesRead(written: string, escape: string): Set<string> {
  const names = new Set<string>()
  let quote = ''
  for (let i = 0; i < written.length; i++) {
    const c = written[i]
    if (c === escape && quote !== "'") i++
    else if ((c === "'" || c === '"') && (quote === '' || quote === c)) quote = quote ? '' : c
    else if (c === '$' && quote !== "'") {
      NAME.lastIndex = i + 1
      const name = NAME.exec(written)?.[1]
      if (name) names.add(name)
    }
  }
  return names
}

/**
 * The names set where `env` can read them: by an ENV or ARG before it in its stage (before the first
 * FROM, in the instructions there), or by an ENV of the stages it is built FROM. An ONBUILD trigger runs
 * in a child image, after every instruction of this one: the whole stage counts.
 */
function namesSetBefore(dockerfile: Dockerfile, env: Instruction): Set<string> {
  const names = new Set<string>()
  const add = (i: Instruction) => {
    if (i !== env && (i.keyword === 'ENV' || i.keyword === 'ARG')) for (const p of i.properties) names.add(p.name)
  }
  const stage = env.stage
  const own = stage ? stage.instructions : dockerfile.instructions.filter((i) => !i.stage)
  for (const i of own) {
    if (i === env && !env.onbuild) break
    if (!i.onbuild || env.onbuild) add(i)
  }
  for (let s = stage?.image.stage; s; s = s.image.stage) s.instructions.filter((i) => i.keyword === 'ENV').forEach(add)
  return names
}
