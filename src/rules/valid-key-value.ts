import { instructionsOf } from '../dockerfile/helpers.js'
import type { Instruction, Property } from '../dockerfile/model.js'
import type { Problem, Rule } from './types.js'

/** A word that sets an environment variable, named in upper case as they are: `PATH=/app/bin:$PATH`. */
const ASSIGNMENT = /^[A-Z_][A-Z0-9_]*=/
/** Variables whose value is a list of settings, where `NAME=value` words are at home (`MAKEFLAGS -j4 V=1`). */
const LIST_VARIABLE = /(FLAGS|OPTS|OPTIONS|ARGS)$/i
const QUOTES = /["']/

export default {
  id: 'valid-key-value',
  title: '`ENV`, `LABEL` and `ARG` should be written as BuildKit reads them',
  severity: 'error',
  defaults:
    'An error: BuildKit rejects a missing value, a word without `=` among `key=value` pairs and an empty name, and stops the build at this line.',
  tags: ['correctness'],
  precision: 'very-high',
  // No linter of the five checks these: BuildKit itself fails the build. The legacy `ENV key value` form that
  // builds fine is key-equals-value's (LegacyKeyValueFormat); here only its words that BuildKit misreads.
  rationale:
    'BuildKit reads `ENV` and `LABEL` in one of two forms, chosen by the first word: `key=value` pairs, where every word must be a pair, or the legacy `key value`, where the value is everything after the key. A value with an unquoted space (`ENV GREETING=hello world`), a key without a value or an `=` without a key stops the build; a `NAME=value` word after a legacy value silently becomes part of that value.',
  fix: 'Write every variable or label as `key=value`, and quote a value that has spaces: `ENV GREETING="hello world" LANG=C.UTF-8`.',
  examples: {
    bad: 'FROM alpine:3.22\nENV GREETING=hello world\nUSER 10001\nCMD ["sh", "-c", "echo $GREETING"]\n',
    good: 'FROM alpine:3.22\nENV GREETING="hello world"\nUSER 10001\nCMD ["sh", "-c", "echo $GREETING"]\n'
  },
  check: (dockerfile) => {
    const { text } = dockerfile
    const problems: Problem[] = []
    for (const instruction of instructionsOf(dockerfile, 'ENV', 'LABEL', 'ARG')) {
      const { keyword, args, properties } = instruction
      if (args.length === 0) continue // the keyword alone: instruction-arguments reports it
      for (const p of properties) {
        if (p.name === '' && text[p.nameSpan.end] === '=') {
          problems.push({ at: p, message: `\`${text.slice(p.start, p.end)}\` has no name before its \`=\`: BuildKit rejects it ("${keyword} names can not be blank"). Write the name: \`NAME=value\`.` })
        }
      }
      if (keyword === 'ARG') continue // `ARG a b=c` declares `a` and `b`: any word will do
      const first = properties[0]
      if (first && text[first.nameSpan.end] === '=') problems.push(...unpaired(instruction, properties))
      else if (args.length === 1 && !args[0].value.includes('=')) {
        problems.push({ at: args[0], message: `\`${keyword} ${args[0].value}\` has no value: BuildKit rejects it ("${keyword} must have two arguments"). Write \`${keyword} ${args[0].value}=value\`, or \`${args[0].value}=""\` for an empty one.` })
      } else if (keyword === 'ENV') {
        const problem = misreadLegacy(instruction)
        if (problem) problems.push(problem)
      }
    }
    return problems
  }
} satisfies Rule

/** In the `key=value` form, the words that are no pair: `ENV GREETING=hello world`. */
function* unpaired({ keyword }: Instruction, properties: readonly Property[]): Generator<Problem> {
  for (let i = 1; i < properties.length; i++) {
    const word = properties[i]
    if (word.value !== undefined) continue
    const before = properties[i - 1]
    const quote = before.value !== undefined && !QUOTES.test(before.value) ? ` If it belongs to the value before it, quote that value: \`${before.name}="${before.value} ${word.name}"\`.` : ''
    yield {
      at: word,
      message: `\`${word.name}\` is not a \`key=value\` pair: BuildKit rejects this ${keyword} ("Syntax error - can't find = in \\"${word.name}\\""), as each word after \`${keyword} ${properties[0].name}=…\` must be one.${quote}`
    }
  }
}

/**
 * A legacy `ENV NAME value …` whose value goes on with a `NAME=value` word: `ENV JAVA_HOME /opt/java
 * PATH=/opt/java/bin:$PATH` sets JAVA_HOME to all of it, and PATH not at all.
 */
function misreadLegacy({ args, text, properties }: Instruction): Problem | undefined {
  const [variable] = properties
  if (!variable?.value || QUOTES.test(text) || LIST_VARIABLE.test(variable.name)) return undefined
  const word = args.slice(2).find((a) => ASSIGNMENT.test(a.value))
  if (!word) return undefined
  const setting = word.value.slice(0, word.value.indexOf('='))
  return {
    at: word,
    message: `BuildKit reads this \`ENV\` in the legacy \`key value\` form, where the value is everything after the key: it sets \`${variable.name}\` to \`${variable.value}\`, and \`${setting}\` not at all. Write each variable as \`key=value\`: \`ENV ${variable.name}=… ${word.value}\`.`
  }
}
