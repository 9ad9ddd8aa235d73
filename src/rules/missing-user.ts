import { finalStages, finalUser, isFilesOnly, isRootUser, lastOf } from '../dockerfile/helpers.js'
import type { Instruction, Stage } from '../dockerfile/model.js'
import { isPinnable } from '../dockerfile/image.js'
import { isNonRootImage } from './data/non-root-images.js'
import { isBootableOsImage } from './data/os-images.js'
import type { Rule } from './types.js'

export default {
  id: 'missing-user',
  title: 'The final stage should set a non-root USER',
  severity: 'warning',
  defaults:
    'On, as a warning: almost every base image runs as root, and setting a user is one line. It stays quiet where the base image is known to run as a non-root user or is a variable, for Windows images, for images that never run a process (a `scratch` image with no `CMD` or `ENTRYPOINT`), and for images that start their command through `gosu` or `su-exec` with an unprivileged user.',
  tags: ['security', 'least-privilege', 'CWE-250'],
  securitySeverity: 7.0,
  precision: 'high',
  // Trivy's DS002 cases about a file with no USER, Checkov's CKV_DOCKER_3 cases (with gosu) and KICS's
  // fd54f200 samples are in the test file; one of Trivy's and two of KICS's differ, see `differences`.
  related: { trivy: ['DS002'], checkov: ['CKV_DOCKER_3'], kics: ['fd54f200'] },
  differences:
    "Trivy's DS002 and Checkov's CKV_DOCKER_3 pass a file with a `USER` in any stage, even a build stage the image is not built `FROM`; this rule looks at the image: the final stage and the stages it is built `FROM`. Trivy also reports a `USER` with no argument as missing (BuildKit rejects it, and instruction-arguments reports it). KICS's fd54f200 looks at the final stage only and passes any final stage built `FROM scratch`, even one that runs a command, which then runs as root; this rule reports that one. All three report base images known to run as a non-root user (distroless `:nonroot`, Chainguard, Jenkins), Windows images and base images named by a build arg, which this rule passes.",
  cis: ['4.1'],
  rationale:
    'Without a `USER` instruction the container runs as the base image\'s user, which for almost every base image (and always for `scratch`) is root. Any code execution bug in the app then gives the attacker root inside the container, write access to everything in the image, and a much shorter path to escaping onto the host through a kernel or runtime flaw.',
  fix: 'Add a `USER` with an unprivileged numeric UID as the last `USER` of the final stage, after the steps that need root: create the user (`RUN adduser -D -u 10001 app` on Alpine, `RUN useradd -u 10001 -m app` on Debian) or, for `scratch` and distroless images, just write `USER 65532`. Make sure the files the app writes belong to that user.',
  examples: {
    bad: 'FROM alpine:3.22\nCOPY --chmod=0755 app /usr/local/bin/app\nCMD ["app"]\n',
    good: 'FROM alpine:3.22\nCOPY --chmod=0755 app /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n'
  },
  check: (dockerfile) => {
    const stage = dockerfile.finalStage
    if (!stage || finalUser(stage)) return []
    const chain = finalStages(dockerfile)
    const base = chain[chain.length - 1].image
    // An unknown base (`FROM $BASE`, or a placeholder such as `FROM BASEIMAGE` that a script replaces)
    // may set a user; Windows images have no root.
    if ((!base.scratch && !isPinnable(base)) || isNonRootImage(base) || stage.windows) return []
    // A bootable OS image is booted as a machine, not run as a container.
    if (isBootableOsImage(base)) return []
    // A `scratch` image with no CMD or ENTRYPOINT holds files only: it never runs.
    if (isFilesOnly(chain)) return []
    // `ENTRYPOINT ["gosu", "app", "server"]` runs the server as `app`.
    if (dropsPrivileges(chain)) return []
    // Name the base as written, and as resolved when ARGs were in it.
    const name = base.raw === base.resolved ? `\`${base.raw}\`` : `\`${base.raw}\` (\`${base.resolved}\`)`
    const via = chain.length > 1 ? ` (nor do the stages it is built FROM, down to ${name})` : ''
    const runs = base.scratch ? '`scratch` images run as root' : `${name} runs as root unless it sets a user itself`
    return [{ at: stage.from, message: `The final stage never sets \`USER\`${via}: ${runs}. Add \`USER 10001\` (or another unprivileged UID).` }]
  }
} satisfies Rule

/** Programs that run a command as another user, given first: `gosu app server`, `su-exec 10001 server`. */
const SWITCH_USER = new Set(['gosu', 'su-exec'])

/**
 * True when the image starts its command through gosu or su-exec with an unprivileged user
 * (`ENTRYPOINT ["gosu", "app", "server"]`): root only starts the switch, the app runs as that user.
 */
function dropsPrivileges(chain: readonly Stage[]): boolean {
  const [program = '', user, command] = startCommand(chain)?.json ?? []
  return SWITCH_USER.has(program.slice(program.lastIndexOf('/') + 1)) && user !== undefined && !isRootUser(user) && command !== undefined
}

/** The ENTRYPOINT the image starts with, or its CMD when it has none. */
function startCommand(chain: readonly Stage[]): Instruction | undefined {
  for (const keyword of ['ENTRYPOINT', 'CMD']) {
    for (const stage of chain) {
      const found = lastOf(stage, keyword)
      if (found) return found
    }
  }
  return undefined
}
