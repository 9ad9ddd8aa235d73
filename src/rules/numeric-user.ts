import { finalUser, isRootUser } from '../dockerfile/helpers.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'numeric-user',
  title: 'The image\'s `USER` should be a numeric UID',
  severity: 'note',
  enabledByDefault: false,
  defaults:
    'Off by default: it matters where Kubernetes enforces `runAsNonRoot`, and elsewhere a named user is fine. Turn it on if your images run on such clusters.',
  tags: ['reliability'],
  precision: 'high',
  // hadolint's DL3066 spec cases are all in the test file.
  related: { hadolint: ['DL3066'] },
  differences:
    'hadolint 2.15 reports every `USER` whose user is not a number, in build stages too, `USER root` included, and passes any that uses a declared build arg; a later change (hadolint#1239) keeps only the last `USER` of the last stage. This rule looks at the user the image runs as: the last `USER` of the final stage, or of the stage it is built `FROM` when it sets none. It leaves `USER root` to `no-root-user`, reads build args whose default is known (`ARG APP_USER=app` then `USER $APP_USER` is reported), does not guess at unknown ones, and skips Windows images, which have no numeric users.',
  rationale:
    'Kubernetes can only enforce `runAsNonRoot: true` when the image\'s user is a number: it cannot look a name up in the image\'s `/etc/passwd`, so a pod whose image says `USER app` is refused with "image has non-numeric user, cannot verify user is non-root". A numeric UID also means the same thing on every host and volume.',
  fix: 'Write the UID (and optionally the GID) the user was created with: `USER 10001` or `USER 10001:10001`. Create the user with a fixed UID so the number is known, e.g. `RUN adduser -D -u 10001 app`.',
  examples: {
    bad: 'FROM alpine:3.22\nRUN adduser -D -u 10001 app\nUSER app\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nRUN adduser -D -u 10001 app\nUSER 10001\nCMD ["sh"]\n'
  },
  check: ({ finalStage }) => {
    const user = finalStage && !finalStage.windows ? finalUser(finalStage) : undefined
    const written = user?.args[0]
    const value = written && user.resolve(written.value)
    if (!written || value === undefined || isRootUser(value)) return []
    const uid = value.split(':')[0]
    if (uid === '' || /^\d+$/.test(uid)) return []
    const problems: Problem[] = []
    problems.push({
      at: written,
      message: `The image runs as \`${written.value}\`, a user name rather than a UID: Kubernetes cannot verify that it is not root, and refuses to start it under \`runAsNonRoot\`. Write the user's numeric UID, e.g. \`USER 10001\`.`
    })
    return problems
  }
} satisfies Rule
