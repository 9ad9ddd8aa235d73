import { finalUser, isRootUser } from '../dockerfile/helpers.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'no-root-user',
  title: 'The image should not run as root',
  severity: 'error',
  defaults: 'An error: running as root turns any code-execution bug in the app into root in the container, and writing `USER root` last is an explicit choice to do so.',
  tags: ['security', 'least-privilege', 'CWE-250'],
  securitySeverity: 8.0,
  precision: 'very-high',
  // hadolint's DL3002 spec cases are all in the test file; one deliberately differs (root in a build
  // stage the image is not built FROM), see `differences`. So are KICS's 67fd0c4a samples (all agree),
  // Checkov's CKV_DOCKER_8 cases (they agree; its code differs) and Trivy's DS002 cases about the last
  // USER (one differs; those about a file with no USER are in missing-user's test).
  equivalents: { kics: ['67fd0c4a'] },
  related: { hadolint: ['DL3002'], trivy: ['DS002'], checkov: ['CKV_DOCKER_8'] },
  differences:
    'hadolint checks the last `USER` of every stage, so a build stage that switches to root to install its tools is reported although it never runs as a container (hadolint#405). This rule checks the user the image runs as: the last `USER` of the final stage, or of the stage it is built `FROM` when it sets none. It also reads build args whose default is known (`ARG U=root` then `USER $U`).\n\nTrivy\'s DS002 and Checkov\'s CKV_DOCKER_8 look at the last `USER` of the whole file, wherever it is, so a build stage that ends with `USER root` is reported when the final stage sets no user (Trivy\'s own test expects that), although the image runs as its base image\'s user, which missing-user reports. Checkov compares with `root` alone and misses `0` and `root:root`. Like KICS\'s 67fd0c4a, a UID is read as a number (`000`, `+0`), and the group does not matter (`USER 1000:0` passes).',
  cis: ['4.1'],
  rationale:
    'The last `USER` of the final stage is the user the container runs as. As root, any code execution bug in the app gives the attacker root inside the container, write access to everything in the image, and a much shorter path to escaping onto the host through a kernel or runtime flaw.',
  fix: 'Create an unprivileged user (or use a numeric UID) and make it the last `USER` of the final stage. Switch to root only for the steps that need it, then switch back.',
  examples: {
    bad: 'FROM alpine:3.22\nRUN adduser -D -u 10001 app\nUSER root\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nRUN adduser -D -u 10001 app\nUSER 10001\nCMD ["sh"]\n'
  },
  check: ({ finalStage }) => {
    const user = finalStage && finalUser(finalStage)
    if (!user || !user.args[0]) return []
    const name = user.resolve(user.args[0].value)
    const problems: Problem[] = []
    if (name !== undefined && isRootUser(name)) {
      problems.push({ at: user, message: `The final stage runs as \`${user.args[0].value}\`: switch to an unprivileged user as the last \`USER\`.` })
    }
    return problems
  }
} satisfies Rule
