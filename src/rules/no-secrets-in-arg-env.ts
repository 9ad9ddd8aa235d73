import { CREDENTIAL_FILE_VARS, isSecretName } from './secrets/names.js'
import type { Instruction } from '../dockerfile/model.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'no-secrets-in-arg-env',
  title: 'Secrets should not be passed with `ARG` or `ENV`',
  severity: 'warning',
  defaults: 'A warning: a secret passed this way is readable by anyone who can pull the image, but a name is only a hint of what the value holds.',
  tags: ['security', 'secrets', 'CWE-522'],
  securitySeverity: 7.5,
  precision: 'high',
  // hadolint's DL3064 spec cases (with their ONBUILD variants, and ARG and ENV in ONBUILD) are all in
  // the test file. The name list is the union of DL3064's, Trivy DS031's and BuildKit's tokens; unlike
  // DL3064 it does not flag names that only describe a secret (`PASSWORD_FILE`, `TOKEN_URL`: BuildKit's
  // allow-list, widened), user names, or variables set to a path or to nothing. BuildKit's
  // SecretsUsedInArgOrEnv cases are in the test file; its `ENV git_key=` differs on purpose. So are
  // Trivy DS031's rego tests about names; DS031 also covers credential files (no-secret-files) and
  // login commands (no-credentials-in-run).
  related: { hadolint: ['DL3064'], buildkit: ['SecretsUsedInArgOrEnv'], trivy: ['DS031'] },
  differences:
    'hadolint looks at names only: any `ARG` or `ENV` whose name is one of 48 known secrets or contains `api_key`, `client_key`, `password`, `private`, `secret`, `token` or `username`. This rule also knows Trivy\'s and BuildKit\'s names, but passes names that describe a secret rather than hold it (`PASSWORD_FILE`, `TOKEN_URL`), user names, and values that cannot be a secret: a path (`GOOGLE_APPLICATION_CREDENTIALS=/run/secrets/key.json`), an empty value, and `ENV DB_PASSWORD=$DB_PASSWORD` with no such build arg, which only re-sets what the environment already holds. BuildKit\'s SecretsUsedInArgOrEnv matches whole `_`-separated words of the name (`SECRET_PASSPHRASE`, `auth`, `git_key`), so it warns on an empty value (`ENV git_key=`) but misses run-together and camelCase names (`DBPASSWORD`, `githubToken`), which this rule catches.\n\nTrivy\'s DS031 flags eight names (`GITHUB_TOKEN`, `AWS_SECRET_ACCESS_KEY`, …, also behind `VITE_` and `REACT_APP_`) in the final stage only, `AZURE_CLIENT_ID` among them, which is an application\'s public id and passes here; this rule looks at every stage, since a build arg of any stage is kept in the build record. DS031\'s other parts are no-secret-files\' (credential files copied in) and no-credentials-in-run\'s (CLIs logged in by a RUN).',
  cis: ['4.10'],
  rationale:
    'A build arg\'s value is recorded in the image history (`docker history`) and in build provenance, and an `ENV` value is stored in the image config (`docker inspect`). Anyone who can pull the image, or read the build cache, can read a token or password passed this way, long after the build.',
  fix: 'Pass build-time secrets as secret mounts, which never reach a layer or the history: `RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci`, built with `docker build --secret id=npm_token,env=NPM_TOKEN .`. Give runtime secrets to the container when it starts (an orchestrator secret or `docker run -e`), not in the image.',
  examples: {
    bad: 'FROM node:22-alpine\nARG NPM_TOKEN\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nUSER 10001\nCMD ["node", "server.js"]\n',
    good: 'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci --omit=dev\nUSER 10001\nCMD ["node", "server.js"]\n'
  },
  check: ({ instructions }) => {
    const problems: Problem[] = []
    for (const instruction of instructions) {
      const { keyword } = instruction
      if (keyword !== 'ARG' && keyword !== 'ENV') continue
      for (const p of instruction.properties) {
        // A variable like GOOGLE_APPLICATION_CREDENTIALS, or any set to a path, names a file
        // (no-secret-files looks at that), and `ENV TOKEN=""` clears a variable: neither holds a secret.
        if (!isSecretName(p.name) || CREDENTIAL_FILE_VARS.has(p.name) || p.value === '' || /^(~|\.{1,2})?\//.test(p.value ?? '')) continue
        // `ENV DB_PASSWORD=$DB_PASSWORD` with no such ARG re-sets what the environment already holds
        // (from the base image, or nothing): this line puts no secret in the image.
        if (keyword === 'ENV' && isSelfReference(p.name, p.value) && !declaresArg(instruction, p.name)) continue
        const where =
          keyword === 'ARG'
            ? 'a build arg\'s value is recorded in the image history and build provenance'
            : '`ENV` values are stored in the image config, readable by anyone who can pull the image'
        problems.push({ at: p.nameSpan, message: `\`${keyword} ${p.name}\` looks like a secret: ${where}. Use a secret mount instead.` })
      }
    }
    return problems
  }
} satisfies Rule

function isSelfReference(name: string, value: string | undefined): boolean {
  return value === `$${name}` || value === `\${${name}}`
}

/** An `ARG name` declared earlier in the instruction's stage (a global ARG is not in scope there unless redeclared). */
function declaresArg(instruction: Instruction, name: string): boolean {
  const earlier = instruction.stage ? instruction.stage.instructions.slice(0, instruction.stage.instructions.indexOf(instruction)) : []
  return earlier.some((i) => i.keyword === 'ARG' && i.properties.some((p) => p.name === name))
}
