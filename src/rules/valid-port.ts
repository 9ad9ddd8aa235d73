import { instructionsOf } from '../dockerfile/helpers.js'
import type { Problem, Rule } from './types.js'

/** `80`, `8000-8010`, each with an optional `/protocol` (`80/` is tcp). */
const PORT = /^(\d+)(?:-(\d+))?(?:\/(.*))?$/
const PROTOCOLS = new Set(['tcp', 'udp', 'sctp'])

export default {
  id: 'valid-port',
  title: '`EXPOSE` should list valid ports (0–65535, `tcp`, `udp` or `sctp`)',
  severity: 'error',
  defaults: 'An error: Docker rejects such a port, so the build fails at this EXPOSE.',
  tags: ['correctness'],
  precision: 'very-high',
  // hadolint's DL3011 spec cases are both in the test file, and so are those of Trivy's DS008 and KICS's
  // 71bf8cf8 (which report a port above 65535 only).
  equivalents: { hadolint: ['DL3011'], trivy: ['DS008'], kics: ['71bf8cf8'] },
  differences:
    "Beyond the cases of hadolint, Trivy and KICS, ports that known ARG and ENV values give (`EXPOSE $PORT`) are checked, and so are the other mistakes Docker rejects: a range that ends before it starts, a protocol other than `tcp`, `udp` or `sctp`, and a value that is no number. Values that are not known and `host:container` mappings (which Docker accepts) are not judged. `ONBUILD EXPOSE` triggers are checked too.",
  rationale:
    'Ports are 16-bit numbers, from 0 to 65535, and EXPOSE knows the protocols `tcp`, `udp` and `sctp` only. Docker refuses anything else and the build fails at this line, usually because of a typo (`80800`, `8080-8000`, `443/tpc`).',
  fix: 'Write the port the service listens on as a number from 0 to 65535, a range low to high (`8000-8010`), and optionally `/tcp`, `/udp` or `/sctp`: `EXPOSE 8080`, `EXPOSE 53/udp`.',
  examples: {
    bad: 'FROM alpine:3.22\nCOPY server /usr/local/bin/server\nUSER 10001\nEXPOSE 80800\nCMD ["server"]\n',
    good: 'FROM alpine:3.22\nCOPY server /usr/local/bin/server\nUSER 10001\nEXPOSE 8080\nCMD ["server"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const expose of instructionsOf(dockerfile, 'EXPOSE')) {
      for (const arg of expose.args) {
        const value = expose.resolve(arg.value)
        // Unknown, or `[ip:]host:container`, which Docker accepts and ignores the host part of.
        if (!value || value.includes(':')) continue
        const problem = portProblem(value)
        const shown = value === arg.value ? `\`${value}\`` : `\`${arg.value}\` (\`${value}\`)`
        if (problem) problems.push({ at: arg, message: `${shown} ${problem}` })
      }
    }
    return problems
  }
} satisfies Rule

/** What is wrong with an EXPOSE value, as the rest of a sentence; undefined when Docker accepts it. */
function portProblem(value: string): string | undefined {
  const match = PORT.exec(value)
  if (!match) return 'is not a port: write a number such as `8080`, or a range such as `8000-8010`, optionally followed by `/tcp`, `/udp` or `/sctp`.'
  const [, from, to, protocol] = match
  const high = [from, to].find((port) => port !== undefined && Number(port) > 65535)
  if (high) return `is not a valid port: \`${high}\` is above 65535, the highest port there is. Check the number the service listens on.`
  if (to !== undefined && Number(to) < Number(from)) return `is a range that ends before it starts: write it low to high, \`${to}-${from}\`.`
  if (protocol && !PROTOCOLS.has(protocol.toLowerCase())) return `names the protocol \`${protocol}\`: EXPOSE knows \`tcp\`, \`udp\` and \`sctp\` only.`
  return undefined
}
