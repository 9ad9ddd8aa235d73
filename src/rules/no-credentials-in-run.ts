import { runsAfter } from '../shell/helpers.js'
import type { Problem, Rule } from './types.js'
import { loginOf, undoes } from './secrets/logins.js'

export default {
  id: 'no-credentials-in-run',
  title: 'A RUN should not log a CLI in and leave its credentials in the layer',
  severity: 'error',
  defaults:
    'On, as an error: a login in a RUN leaves a working credential in a layer that everyone who pulls the image can read. A RUN that logs out, or deletes the credential file, before it ends passes.',
  tags: ['security', 'secrets', 'CWE-522'],
  securitySeverity: 8.0,
  precision: 'high',
  // Trivy DS031's rego tests about RUN commands are in the test file; the one with secret mounts
  // differs on purpose. DS031's other parts are no-secrets-in-arg-env's and no-secret-files'.
  related: { trivy: ['DS031'] },
  differences:
    "Trivy's DS031 flags `aws configure set`, `gcloud auth activate-service-account` and `az login` in RUNs of the final stage that have no secret mount. A secret mount does not help here: the tool copies the credential into its own file, which stays in the layer, so this rule also reports those RUNs, looks at every stage and at more CLIs (`docker login`, `npm config set …:_authToken`, `gh auth login`, …), and accepts a RUN only when it logs out or deletes that file again. DS031's checks of `ARG`/`ENV` names and of copied credential files are no-secrets-in-arg-env's and no-secret-files'.",
  cis: ['4.10'],
  rationale:
    'Logging a CLI in (`docker login`, `aws configure set aws_secret_access_key`, `gcloud auth activate-service-account`, `npm config set …:_authToken`) writes the credential to a file in the home directory. That file is part of the RUN\'s layer: anyone who pulls the image, or a stage built from it, can copy the credential out.',
  fix: 'Let the tool read the credential from a secret mount for just that one command, e.g. `RUN --mount=type=secret,id=aws,target=/root/.aws/credentials aws s3 cp s3://bucket/app.tgz /tmp/` or `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`. If a login cannot be avoided, log out (or delete the file) in the same RUN.',
  examples: {
    bad: 'FROM alpine:3.22\nRUN apk add --no-cache aws-cli\nRUN --mount=type=secret,id=aws_key \\\n    aws configure set aws_secret_access_key "$(cat /run/secrets/aws_key)" \\\n && aws s3 cp s3://releases/app.tgz /tmp/app.tgz\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nRUN apk add --no-cache aws-cli\nRUN --mount=type=secret,id=aws,target=/root/.aws/credentials \\\n    aws s3 cp s3://releases/app.tgz /tmp/app.tgz\nUSER 10001\nCMD ["sh"]\n'
  },
  check: ({ instructions }) => {
    const problems: Problem[] = []
    for (const instruction of instructions) {
      const commands = instruction.shell?.commands ?? []
      for (const command of commands) {
        const login = loginOf(command)
        if (!login || commands.some((later) => runsAfter(later, command) && undoes(later, login, command.program))) continue
        problems.push({ at: command, message: `\`${login.what}\` stores the credential in ${login.file}, which stays in this layer: mount it as a secret for this command instead.` })
      }
    }
    return problems
  }
} satisfies Rule
