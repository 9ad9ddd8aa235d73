import { closest } from '../closest.js'
import { instructionsOf } from '../dockerfile/helpers.js'
import { MAX_SIGNAL, SIGNALS } from './data/signals.js'
import type { Problem, Rule } from './types.js'

const NUMBER = /^[+-]?\d+$/
/** A real-time signal counted from either end: `RTMIN+16`, `RTMAX-20` (the `SIG` prefix dropped). */
const REAL_TIME = /^RTM(IN|AX)([+-])(\d+)$/
const QUOTED = /^(["'])([^"']*)\1$/
const BLANK = /\s/
const QUOTE = /["']/
const NAMES = [...SIGNALS.keys()].filter((name) => !name.includes('+') && !name.includes('-')).map((name) => `SIG${name}`)

export default {
  id: 'valid-stopsignal',
  title: '`STOPSIGNAL` should name a signal',
  severity: 'error',
  defaults:
    'An error: BuildKit rejects a name it does not know, and stops the build at this line; a number that is no Linux signal builds, but `docker stop` cannot send it.',
  tags: ['correctness'],
  precision: 'very-high',
  // No linter of the five checks STOPSIGNAL: BuildKit itself fails the build ("invalid signal").
  rationale:
    '`STOPSIGNAL` is the signal `docker stop` sends the main process so it can shut down cleanly (`SIGTERM` by default). BuildKit accepts a signal name, with or without `SIG` and in any case, or a number, and stops the build with "invalid signal" at anything else, usually a typo such as `SIGTREM`.',
  fix: 'Write a signal name such as `SIGTERM`, `SIGINT` or `SIGQUIT` (whichever the program handles as "shut down"), or a number from 1 to 64: `STOPSIGNAL SIGQUIT`.',
  examples: {
    bad: 'FROM nginx:1.28-alpine\nUSER 10001\nSTOPSIGNAL SIGQUITE\nCMD ["nginx", "-g", "daemon off;"]\n',
    good: 'FROM nginx:1.28-alpine\nUSER 10001\nSTOPSIGNAL SIGQUIT\nCMD ["nginx", "-g", "daemon off;"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const instruction of instructionsOf(dockerfile, 'STOPSIGNAL')) {
      const { args, text } = instruction
      // BuildKit takes everything after the keyword as the one signal, quotes removed and variables expanded.
      const written = text.trim()
      if (!written) continue // no argument: instruction-arguments reports it
      const value = instruction.resolve(QUOTED.exec(written)?.[2] ?? written)
      if (value === undefined || QUOTE.test(value)) continue
      const problem = signalProblem(value, instruction.stage?.windows === true)
      if (!problem) continue
      const shown = value === written ? `\`${written}\`` : `\`${written}\` (\`${value}\`)`
      problems.push({ at: { start: args[0].start, end: args[args.length - 1].end }, message: `${shown} ${problem}` })
    }
    return problems
  }
} satisfies Rule

/** What is wrong with a STOPSIGNAL value, as the rest of a sentence; undefined when it is a signal. */
function signalProblem(value: string, windows: boolean): string | undefined {
  if (BLANK.test(value)) return `is more than one word: BuildKit reads it all as one signal name and rejects it ("invalid signal"). Write the one signal, such as \`STOPSIGNAL SIGTERM\`.`
  if (NUMBER.test(value)) {
    const number = Number(value)
    // Go's Atoi refuses numbers beyond 64 bits; BuildKit then looks the digits up as a name.
    if (number === 0 || !Number.isSafeInteger(number)) return `is not a signal: BuildKit rejects it ("invalid signal: ${value}"). Write a number from 1 to ${MAX_SIGNAL}, or a name such as \`SIGTERM\`.`
    if (windows || (number >= 1 && number <= MAX_SIGNAL)) return undefined
    return `is not a signal Linux has (they are numbered 1 to ${MAX_SIGNAL}): the build accepts it, but \`docker stop\` cannot send it and kills the container instead, without a clean shutdown. Write the signal the program handles, such as \`SIGTERM\` (15).`
  }
  const name = value.toUpperCase().replace(/^SIG/, '')
  if (SIGNALS.has(name)) return undefined
  const rejected = `is not a signal: BuildKit rejects it ("invalid signal: ${value}")`
  const realTime = REAL_TIME.exec(name)
  if (realTime) {
    const [, end, sign, offset] = realTime
    const number = SIGNALS.get(`RTM${end}`)! + (sign === '+' ? 1 : -1) * Number(offset)
    return number >= SIGNALS.get('RTMIN')! && number <= MAX_SIGNAL
      ? `${rejected}, which names real-time signals only up to \`SIGRTMIN+15\` and from \`SIGRTMAX-14\`. Write its number, \`${number}\`.`
      : `${rejected}: real-time signals run from \`SIGRTMIN\` (34) to \`SIGRTMAX\` (64).`
  }
  const near = closest(`SIG${name}`, NAMES, 2)
  return near ? `${rejected}. Did you mean \`${near}\`?` : `${rejected}. Write a signal name such as \`SIGTERM\` or \`SIGINT\`, or its number.`
}
