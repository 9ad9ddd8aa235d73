import { instructionsOf, writtenAsIs } from '../dockerfile/helpers.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'lowercase-expose-protocol',
  title: 'Write the protocol of an `EXPOSE` port in lowercase',
  severity: 'note',
  defaults:
    'On, as a note: `EXPOSE 80/TCP` is rare, Docker reads it as `80/tcp` anyway, and the fix is mechanical; `docker build` prints the same warning.',
  tags: ['style'],
  precision: 'very-high',
  // BuildKit has no test case for ExposeProtoCasing; its check (parsePort: the protocol after `/` is not
  // lowercase) is followed exactly. Ports written with a known `$VAR` are checked after expansion.
  equivalents: { buildkit: ['ExposeProtoCasing'] },
  rationale:
    'Docker lowercases the protocol of an exposed port, so `EXPOSE 53/UDP` means `53/udp`. Writing it in lowercase shows what the image really declares, matches how `docker inspect` and `docker run -p` spell it, and keeps `docker build --check` quiet.',
  fix: 'Write the protocol in lowercase: `EXPOSE 80/tcp 53/udp`.',
  examples: {
    bad: 'FROM nginxinc/nginx-unprivileged:1.28-alpine\nEXPOSE 8080/TCP\nUSER 10001\nCMD ["nginx", "-g", "daemon off;"]\n',
    good: 'FROM nginxinc/nginx-unprivileged:1.28-alpine\nEXPOSE 8080/tcp\nUSER 10001\nCMD ["nginx", "-g", "daemon off;"]\n'
  },
  fixable: true,
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const expose of instructionsOf(dockerfile, 'EXPOSE')) {
      for (const arg of expose.args) {
        const port = expose.resolve(arg.value)
        const slash = port?.indexOf('/') ?? -1
        if (!port || slash < 0 || port.slice(slash) === port.slice(slash).toLowerCase()) continue
        const lower = port.slice(0, slash) + port.slice(slash).toLowerCase()
        const literal = port === arg.value && writtenAsIs(dockerfile, arg)
        problems.push({
          at: arg,
          message: `Protocol in \`${port}\` is not lowercase: Docker reads it as \`${lower}\` and BuildKit warns about it (ExposeProtoCasing). Write \`${lower}\`.`,
          fix: literal ? { at: arg, text: lower } : undefined
        })
      }
    }
    return problems
  }
} satisfies Rule
