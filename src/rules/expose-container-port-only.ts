import { instructionsOf, writtenAsIs } from '../dockerfile/helpers.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'expose-container-port-only',
  title: '`EXPOSE` should list container ports, without a host port or IP address',
  severity: 'warning',
  defaults:
    'A warning: the host part is silently ignored, so the line does not do what it says, and BuildKit announces that it will become an error.',
  tags: ['correctness'],
  precision: 'very-high',
  // BuildKit's ExposeInvalidFormat has no test case in dockerfile_lint_test.go; the test covers the
  // forms its port parser splits (`host:container`, `ip:host:container`, `[ipv6]:host:container`).
  // Beyond it, values from known ARG/ENV and ONBUILD EXPOSE triggers are checked too.
  equivalents: { buildkit: ['ExposeInvalidFormat'] },
  rationale:
    '`EXPOSE` only records which ports the container listens on; it cannot publish a port on the host. Docker ignores the `host:` and `ip:` parts of `EXPOSE 8080:80`, so the port is not reachable the way the line suggests, and BuildKit warns that such values will be rejected in a future release.',
  fix: 'Keep the container port only (`EXPOSE 80`), and publish it when running the container: `docker run -p 8080:80 …` or `ports:` in Compose.',
  examples: {
    bad: 'FROM alpine:3.22\nCOPY server /usr/local/bin/server\nUSER 10001\nEXPOSE 8080:8080\nCMD ["server"]\n',
    good: 'FROM alpine:3.22\nCOPY server /usr/local/bin/server\nUSER 10001\nEXPOSE 8080\nCMD ["server"]\n'
  },
  fixable: true,
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const expose of instructionsOf(dockerfile, 'EXPOSE')) {
      for (const arg of expose.args) {
        // BuildKit expands the value first; a `:` written literally stays whatever the variables hold.
        const value = expose.resolve(arg.value) ?? (arg.value.includes(':') ? arg.value : undefined)
        if (!value?.includes(':')) continue
        const container = value.slice(value.lastIndexOf(':') + 1)
        const literal = !arg.value.includes('$') && writtenAsIs(dockerfile, arg)
        problems.push({
          at: arg,
          message: `BuildKit warns: \`EXPOSE ${arg.value}\` gives a host port or IP address, which EXPOSE ignores (only \`docker run -p\` publishes ports). Write the container port alone, \`EXPOSE ${container}\`, and publish it with \`docker run -p ${value}\`.`,
          ...(literal && /^\d/.test(container) ? { fix: { at: arg, text: container } } : {})
        })
      }
    }
    return problems
  }
} satisfies Rule
