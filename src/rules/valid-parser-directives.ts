import { parseCheckOptions } from '../suppressions.js'
import { readDirectives, type ParserDirective } from './data/directives.js'
import type { Problem, Rule } from './types.js'

const ESCAPES = new Set(['\\', '`'])
/** A first line that may be a directive: a `#` after blanks. */
const COMMENT_FIRST = /^[ \t]*#/

export default {
  id: 'valid-parser-directives',
  title: 'Parser directives should be given once, with values BuildKit takes',
  severity: 'error',
  defaults: 'An error: BuildKit refuses such a directive, and the build stops before its first step.',
  tags: ['correctness'],
  precision: 'very-high',
  // No linter of the five checks these: BuildKit itself fails the build. Directives it ignores are
  // misplaced-parser-directive's.
  rationale:
    'Parser directives (`# syntax=`, `# escape=`, `# check=`) at the top of a Dockerfile tell BuildKit how to read the rest. Each may be given once, the escape character can only be `\\` or `` ` ``, and `# check=` takes `skip=…`, `error=…` and `experimental=…` options: BuildKit stops with an error at anything else.',
  fix: 'Keep one line per directive and delete the repeated one; write `# escape=\\` (the default) or `` # escape=` `` (for Windows paths); write `# check=skip=<checks>;error=true`.',
  examples: {
    bad: '# syntax=docker/dockerfile:1\n# escape=/\nFROM alpine:3.22\nUSER 10001\nCMD ["sh"]\n',
    good: '# syntax=docker/dockerfile:1\nFROM alpine:3.22\nUSER 10001\nCMD ["sh"]\n'
  },
  check: (dockerfile) => {
    if (!COMMENT_FIRST.test(dockerfile.text)) return [] // no directive: most files
    // The parser refuses a directive given twice and an escape it does not know.
    const seen = new Map<string, ParserDirective>()
    const parser = readDirectives(dockerfile, 'parser').directives
    const problems: Problem[] = []
    for (const directive of parser) {
      const { name, value, valueSpan } = directive
      const first = seen.get(name)
      if (first) {
        problems.push({ at: directive, message: `BuildKit rejects a second \`${name}\` directive ("only one ${name} parser directive can be used") after the one on line ${first.line + 1}: keep the one you mean and delete the other.` })
      } else if (name === 'escape' && !ESCAPES.has(value)) {
        problems.push({ at: valueSpan, message: `BuildKit rejects the escape character \`${value}\` ("invalid escape token '${value}' does not match \` or \\"): write \`# escape=\\\`, the default, or \`\` # escape=\` \`\` for Windows paths.` })
      }
      seen.set(name, first ?? directive)
    }
    // The frontend reads the first `# check=` up to its first space, and fails the build on options it does not know.
    // Without a `#!` first line it reads the parser's first directives or fewer (it stops at an indented
    // one), so it has a `check` only if the parser has.
    const mayCheck = dockerfile.text.startsWith('#!') || parser.some((d) => d.name === 'check')
    const check = mayCheck ? readDirectives(dockerfile, 'frontend').directives.find((d) => d.name === 'check') : undefined
    const options = check?.value.split(' ', 1)[0] ?? ''
    if (check && !parseCheckOptions(options)) {
      problems.push({ at: check.valueSpan, message: `BuildKit rejects \`# check=${options}\` ("failed to parse check options"): write \`skip=<check>,…\`, \`error=true\` or \`experimental=<check>,…\`, separated by \`;\`.` })
    }
    return problems
  }
} satisfies Rule
