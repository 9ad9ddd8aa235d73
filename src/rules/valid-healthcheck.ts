import { customFrontend, instructionsOf, rejection } from '../dockerfile/helpers.js'
import { FLAGS } from '../dockerfile/instructions.js'
import type { Arg, Instruction } from '../dockerfile/model.js'
import { flagProblems, flagValue, leadingFlags, type WrittenFlag } from './data/flags.js'
import type { Problem, Rule } from './types.js'

const KINDS = FLAGS.get('HEALTHCHECK')!
const DURATIONS = new Set(['interval', 'timeout', 'start-period', 'start-interval'])
/** Go's `time.ParseDuration` units, in nanoseconds. */
const UNITS = new Map([['ns', 1], ['us', 1e3], ['µs', 1e3], ['μs', 1e3], ['ms', 1e6], ['s', 1e9], ['m', 60e9], ['h', 3600e9]])
/** One `<number><unit>` of a Go duration, the unit being everything up to the next digit or dot. */
const TERM = /(\d*)(?:\.(\d*))?([^\d.]*)/y
/** What a term starts with: a digit or the dot of a fraction. */
const TERM_START = /[\d.]/
const MAX_NANOSECONDS = 2 ** 63 - 1
/** `CMD []`: an empty JSON array is no command either. */
const EMPTY_JSON = /^\[\s*\]$/

export default {
  id: 'valid-healthcheck',
  title: '`HEALTHCHECK` should have valid options and a `CMD` or `NONE`',
  severity: 'error',
  defaults:
    'An error: BuildKit rejects each of these HEALTHCHECKs and stops the build at that line. Options before `NONE`, which BuildKit ignores, are reported too: they do nothing and mislead the reader.',
  tags: ['correctness'],
  precision: 'very-high',
  // No linter of the five checks HEALTHCHECK's syntax: BuildKit itself fails the build. The test has
  // BuildKit's own cases (parse_test.go's TestParseOptInterval: 50ns rejected, 0ms and 1ms taken).
  rationale:
    'BuildKit reads `HEALTHCHECK [options] CMD <command>` or `HEALTHCHECK NONE`, and stops the build at anything else: an option it does not know, a duration without a unit (`--interval=30`, "time: missing unit in duration"), one below a millisecond, a negative `--retries`, a type other than `CMD` ("Unknown type … in HEALTHCHECK (try CMD)"), or `CMD` with no command. It reads the options as written, without expanding variables.',
  fix: 'Write the options as `--name=value` with a unit on every duration (`--interval=30s --timeout=5s --start-period=10s --retries=3`), then `CMD` and the command: `HEALTHCHECK --interval=30s CMD curl -fs http://localhost:8080/health || exit 1`. To turn off the base image\'s check, write `HEALTHCHECK NONE` alone.',
  examples: {
    bad: 'FROM alpine:3.22\nCOPY server /usr/local/bin/server\nUSER 10001\nHEALTHCHECK --interval=30 --timeout=3 CMD ["server", "-healthcheck"]\nCMD ["server"]\n',
    good: 'FROM alpine:3.22\nCOPY server /usr/local/bin/server\nUSER 10001\nHEALTHCHECK --interval=30s --timeout=3s CMD ["server", "-healthcheck"]\nCMD ["server"]\n'
  },
  check: (dockerfile) => {
    const found: Problem[] = []
    for (const healthcheck of instructionsOf(dockerfile, 'HEALTHCHECK')) {
      const { flags, first } = leadingFlags(dockerfile, healthcheck)
      // No arguments at all is instruction-arguments' finding.
      if (!first) continue
      const problems = first.value.toUpperCase() === 'NONE' ? noneProblems(healthcheck, flags) : checkProblems(healthcheck, flags, first)
      if (!problems.length) continue
      // A frontend of its own may read HEALTHCHECK its own way.
      if (customFrontend(dockerfile)) return []
      found.push(...problems)
    }
    return found
  }
} satisfies Rule

/** `HEALTHCHECK NONE`: BuildKit refuses arguments after it, and never reads the options before it. */
function noneProblems(healthcheck: Instruction, flags: readonly WrittenFlag[]): Problem[] {
  const { args } = healthcheck
  const problems: Problem[] = []
  if (flags.length) {
    problems.push({
      at: { start: flags[0].start, end: flags[flags.length - 1].end },
      message: `BuildKit ignores the options of \`HEALTHCHECK NONE\`, which turns health checks off: remove ${flags.length > 1 ? 'them' : 'it'}.`
    })
  }
  if (args.length > 1) {
    const extra = args.slice(1)
    problems.push({
      at: { start: extra[0].start, end: extra[extra.length - 1].end },
      message: `\`HEALTHCHECK NONE\` takes no arguments, so ${rejection(healthcheck, 'HEALTHCHECK NONE takes no arguments')}. Write \`HEALTHCHECK NONE\` alone to turn the check off, or \`HEALTHCHECK CMD …\` to run one.`
    })
  }
  return problems
}

/** What is wrong with an option's value: what to say of it, BuildKit's error, and what to write instead. */
interface ValueProblem {
  says: string
  error: string
  advice: string
}

/** `HEALTHCHECK [options] CMD …`: BuildKit reads the options, then the type and the command. */
function checkProblems(healthcheck: Instruction, flags: readonly WrittenFlag[], first: Arg): Problem[] {
  const problems = flagProblems(healthcheck, flags, KINDS)
  for (const flag of flags) {
    const value = KINDS.has(flag.name) ? flagValue(flag) : undefined
    // Unset or empty: Docker's default.
    if (!value) continue
    const problem = DURATIONS.has(flag.name) ? durationProblem(flag.name, value) : retriesProblem(value)
    if (problem) problems.push({ at: flag, message: `\`--${flag.name}=${flag.value}\` ${problem.says}, so ${rejection(healthcheck, problem.error)}. ${problem.advice}` })
  }
  const type = first.value.toUpperCase()
  if (type !== 'CMD') {
    // `--interval 30s CMD …`: the word after a flag missing its value is that value, already reported.
    if (flags.some((f) => f.value === undefined && KINDS.has(f.name))) return problems
    problems.push({
      at: first,
      message: `\`HEALTHCHECK ${first.value}\` names no check type, so ${rejection(healthcheck, `Unknown type "${type}" in HEALTHCHECK (try CMD)`)}. Write \`CMD\` before the command (\`HEALTHCHECK CMD ${first.value} …\`), or \`HEALTHCHECK NONE\` to turn the check off.`
    })
    return problems
  }
  const command = healthcheck.args.slice(healthcheck.args.indexOf(first) + 1)
  if (!command.length || (command.length === 1 && EMPTY_JSON.test(command[0].value))) {
    problems.push({
      at: first,
      message: `\`HEALTHCHECK CMD\` has no command to run, so ${rejection(healthcheck, 'Missing command after HEALTHCHECK CMD')}. Write the check after \`CMD\`, e.g. \`HEALTHCHECK CMD curl -fs http://localhost:8080/ || exit 1\`.`
    })
  }
  return problems
}

/** A duration as Go's `time.ParseDuration` reads it (BuildKit's parser for HEALTHCHECK), in nanoseconds. */
function parseDuration(text: string): number | { error: 'invalid' | 'missing unit' | 'unknown unit'; unit?: string } {
  const sign = text[0] === '-' || text[0] === '+' ? text[0] : ''
  const rest = text.slice(sign.length)
  if (rest === '0') return 0
  if (rest === '') return { error: 'invalid' }
  let total = 0
  for (let at = 0; at < rest.length; ) {
    if (!TERM_START.test(rest[at])) return { error: 'invalid' }
    TERM.lastIndex = at
    const [term, whole, fraction, unit] = TERM.exec(rest)!
    if (!whole && !fraction) return { error: 'invalid' }
    if (!unit) return { error: 'missing unit' }
    const scale = UNITS.get(unit)
    if (scale === undefined) return { error: 'unknown unit', unit }
    total += (Number(whole || 0) + Number(`0.${fraction ?? 0}`)) * scale
    if (total > MAX_NANOSECONDS) return { error: 'invalid' }
    at += term.length
  }
  return sign === '-' ? -total : total
}

function durationProblem(name: string, value: string): ValueProblem | undefined {
  const parsed = parseDuration(value)
  if (typeof parsed === 'number') {
    if (parsed === 0 || parsed >= 1e6) return undefined
    return {
      says: parsed < 0 ? 'is negative' : 'is shorter than a millisecond',
      error: `Interval "${name}" cannot be less than 1ms`,
      advice: 'Write at least `1ms` (health checks usually wait seconds), or leave the option out for Docker\'s default.'
    }
  }
  const quoted = JSON.stringify(value)
  const write = 'Write a number and a unit (`ms`, `s`, `m` or `h`), such as `30s` or `1m30s`.'
  if (parsed.error === 'missing unit') return { says: 'has no unit', error: `time: missing unit in duration ${quoted}`, advice: `${write} A bare number is not taken as seconds.` }
  if (parsed.error === 'unknown unit') {
    return { says: `has the unit \`${parsed.unit}\`, which Go durations do not know`, error: `time: unknown unit ${JSON.stringify(parsed.unit)} in duration ${quoted}`, advice: write }
  }
  const variable = value.includes('$') ? ' BuildKit reads HEALTHCHECK\'s options as written, without expanding variables.' : ''
  return { says: 'is not a duration', error: `time: invalid duration ${quoted}`, advice: `${write}${variable}` }
}

function retriesProblem(value: string): ValueProblem | undefined {
  const parse = `strconv.ParseInt: parsing ${JSON.stringify(value)}`
  const advice = 'Write how many failed checks in a row make the container unhealthy, such as `--retries=3`.'
  if (!/^[+-]?\d+$/.test(value)) {
    const variable = value.includes('$') ? ' BuildKit reads HEALTHCHECK\'s options as written, without expanding variables.' : ''
    return { says: 'is not a whole number', error: `${parse}: invalid syntax`, advice: advice + variable }
  }
  const count = Number(value)
  if (count > 2 ** 31 - 1 || count < -(2 ** 31)) return { says: 'is too large', error: `${parse}: value out of range`, advice }
  return count < 0 ? { says: 'is negative', error: `--retries cannot be negative (${count})`, advice } : undefined
}
