import { finalStages, isFilesOnly, lastOf } from '../dockerfile/helpers.js'
import type { Rule } from './types.js'

export default {
  id: 'healthcheck',
  title: 'The final stage should declare a HEALTHCHECK',
  severity: 'note',
  enabledByDefault: false,
  defaults:
    'Off by default, as in hadolint: Kubernetes and most other orchestrators ignore `HEALTHCHECK` and probe containers their own way, so many good images rightly have none. Turn it on where images run under plain Docker, Compose or Swarm.',
  tags: ['security', 'availability'],
  securitySeverity: 2.0,
  precision: 'medium',
  // hadolint's DL3057 spec cases are all in the test file; two of them deliberately differ (a `scratch`
  // stage with nothing to run), see `differences`. So are the cases of Trivy's DS026, Checkov's
  // CKV_DOCKER_2 and KICS's b03a748a, which all agree; what differs comes from their code.
  related: { hadolint: ['DL3057'], trivy: ['DS026'], checkov: ['CKV_DOCKER_2'], kics: ['b03a748a'] },
  differences:
    "hadolint reports every stage that has no `HEALTHCHECK` and is not built `FROM` a stage with one, build stages included, although a build stage never runs as a container. This rule looks at the final image only, following the stages it is built `FROM`, and skips a `scratch` image with no `CMD` or `ENTRYPOINT`: it holds files (an export stage, or data for other builds) and runs no process to check, where hadolint reports `FROM scratch` alone.\n\nTrivy's DS026, Checkov's CKV_DOCKER_2 and KICS's b03a748a also report an image of files with nothing to run. Trivy and Checkov pass a file with a `HEALTHCHECK` in any stage, even a build stage the image is not built `FROM`, where this rule asks for one in the image; KICS looks at the final stage itself and reports it even when it inherits a `HEALTHCHECK` from the stage it is built `FROM`.",
  cis: ['4.6'],
  rationale:
    'Without a `HEALTHCHECK`, Docker only knows whether the main process is alive, not whether it still answers. A hung or deadlocked service keeps receiving traffic, and Docker Swarm or Compose never restart it or hold back a broken rollout.',
  fix: 'Add a `HEALTHCHECK` to the final stage that asks the app itself whether it is healthy, e.g. `HEALTHCHECK --interval=30s --timeout=3s CMD ["/app/server", "-healthcheck"]`. If the platform probes the container another way (Kubernetes liveness probes), write `HEALTHCHECK NONE` to record that decision.',
  examples: {
    bad: 'FROM alpine:3.22\nCOPY server /usr/local/bin/server\nUSER 10001\nCMD ["server"]\n',
    good: 'FROM alpine:3.22\nCOPY server /usr/local/bin/server\nUSER 10001\nHEALTHCHECK --interval=30s --timeout=3s CMD ["server", "-healthcheck"]\nCMD ["server"]\n'
  },
  check: (dockerfile) => {
    const chain = finalStages(dockerfile)
    // A HEALTHCHECK (or HEALTHCHECK NONE) in the stage the final one is built FROM is inherited.
    // A `scratch` image with no CMD or ENTRYPOINT holds files only: it runs no process to check.
    if (chain.length === 0 || chain.some((stage) => lastOf(stage, 'HEALTHCHECK')) || isFilesOnly(chain)) return []
    return [{
      at: chain[0].from,
      message: `The final stage (\`FROM ${chain[0].image.raw}\`) has no \`HEALTHCHECK\`: add one that asks the app whether it is healthy, or \`HEALTHCHECK NONE\` if the platform probes it another way.`
    }]
  }
} satisfies Rule
