import type { Problem, Rule } from './types.js'

/** The API sockets of container engines: whoever can write to one controls the host. */
const SOCKET = /(^|\/)(docker|podman|containerd|crio)\.sock$/

export default {
  id: 'no-docker-socket',
  title: 'The Docker socket should not be declared as a volume',
  severity: 'error',
  defaults:
    'On, as an error: the socket gives whoever controls the container control of the host, and an image rarely has a reason to ask for it.',
  tags: ['security', 'host-isolation', 'CWE-250'],
  securitySeverity: 9.0,
  precision: 'very-high',
  rationale:
    '`VOLUME /var/run/docker.sock` says the image expects the host\'s Docker socket mounted in. Whoever can talk to that socket can start a privileged container with the host\'s disk mounted, so any bug in this container becomes root on the host.',
  fix: 'Remove the `VOLUME`. If the container truly needs to start containers, give it a narrowly scoped API instead (a socket proxy that allows only the calls it needs, or rootless Docker/Podman), and never to internet-facing services.',
  examples: {
    bad: 'FROM alpine:3.22\nVOLUME /var/run/docker.sock\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nVOLUME /data\nUSER 10001\nCMD ["sh"]\n'
  },
  check: ({ instructions }) => {
    const problems: Problem[] = []
    for (const instruction of instructions) {
      if (instruction.keyword !== 'VOLUME') continue
      const paths = instruction.json ?? instruction.args.map((a) => a.value)
      for (const [i, path] of paths.entries()) {
        const resolved = instruction.resolve(path)?.replace(/\/+$/, '')
        if (resolved === undefined || !SOCKET.test(resolved)) continue
        // The JSON form's strings have no spans of their own: point at the instruction then.
        const at = instruction.json ? instruction : instruction.args[i]
        problems.push({ at, message: `\`VOLUME ${resolved}\` expects the host's container engine socket mounted in, which gives the container control of the host.` })
      }
    }
    return problems
  }
} satisfies Rule
