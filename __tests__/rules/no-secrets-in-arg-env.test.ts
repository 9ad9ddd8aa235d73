import rule from '../../src/rules/no-secrets-in-arg-env.js'
import { testRule } from '../helpers/test-rule.js'

// hadolint test/Hadolint/Rule/DL3064Spec.hs, each case also as its ONBUILD variant (hadolint's
// onBuildRuleCatches wraps the RUN instructions in ONBUILD).
const onbuild = (code: string) => code.replace(/^RUN /gm, 'ONBUILD RUN ')
const dl3064Valid: [string, string][] = [
  ['ok: no ARG, no ENV', 'FROM debian:bullseye\nRUN foobar\n'],
  ['ok: ARG no sensitive data, no ENV', 'ARG foobar\nFROM debian:bullseye\nRUN foobar\n'],
  ['ok: no ARG, ENV no sensitive data', 'FROM debian:bullseye\nENV foobar=barfoo\nRUN foobar\n']
]
const dl3064Invalid: [string, string, number][] = [
  ['not ok: ARG with sensitive data', 'ARG AWS_ACCESS_KEY_ID\nFROM debian:bullseye\nRUN foobar\n', 1],
  ['not ok: ARG with sensitive data, different casing', 'ARG openai_api_key\nFROM debian:bullseye\nRUN foobar\n', 1],
  ['not ok: ENV with sensitive data', 'FROM debian:bullseye\nENV AWS_ACCESS_KEY_ID=abcdefghijklmnopqrstuvwxyz\nRUN foobar\n', 2],
  ['not ok: ENV with sensitive data, different casing', 'FROM debian:bullseye\nENV my_password=abcdefghijklmnopqrstuvwxyz\nRUN foobar\n', 2]
]
const dl3064 = {
  valid: dl3064Valid.flatMap(([name, code]) => [
    { name: `DL3064: ${name}`, code },
    { name: `DL3064: ${name} (ONBUILD)`, code: onbuild(code) }
  ]),
  invalid: dl3064Invalid.flatMap(([name, code, line]) => [
    { name: `DL3064: ${name}`, code, lines: [line] },
    { name: `DL3064: ${name} (ONBUILD)`, code: onbuild(code), lines: [line] }
  ])
}

// BuildKit's frontend/dockerfile/dockerfile_lint_test.go, testSecretsUsedInArgOrEnv: one file, taken
// here line by line (BuildKit warns on lines 3 to 8 of it, twice on 5 and 6). It warns on `ENV git_key=`,
// which this rule passes on purpose (an empty value holds no secret), so SecretsUsedInArgOrEnv is only
// related.
const bk = (line: string) => `\nFROM scratch\n${line}\n`
const buildkit = {
  valid: [
    { name: 'BuildKit SecretsUsedInArgOrEnv: a name with no secret word (sunflower)', code: bk('ENV sunflower=foo') },
    { name: 'BuildKit SecretsUsedInArgOrEnv: a public key, empty', code: bk('ENV PUBLIC_KEY=') },
    { name: 'BuildKit SecretsUsedInArgOrEnv: a public token', code: bk('ARG public_token') },
    { name: 'BuildKit SecretsUsedInArgOrEnv (differs): an empty value', code: bk('ENV git_key=') }
  ],
  invalid: [
    { name: 'BuildKit SecretsUsedInArgOrEnv: ARG SECRET_PASSPHRASE', code: bk('ARG SECRET_PASSPHRASE'), lines: [3] },
    { name: 'BuildKit SecretsUsedInArgOrEnv: mixed case', code: bk('ENV SUPER_Secret=foo'), lines: [3] },
    { name: 'BuildKit SecretsUsedInArgOrEnv: two names in one ENV', code: bk('ENV password=bar secret=baz'), lines: [3, 3] },
    { name: 'BuildKit SecretsUsedInArgOrEnv: two names in one ARG', code: bk('ARG super_duper_secret_token=foo auth=bar'), lines: [3, 3] },
    { name: 'BuildKit SecretsUsedInArgOrEnv: one of two names', code: bk('ENV apikey=bar sunflower=foo'), lines: [3] },
    {
      name: 'BuildKit SecretsUsedInArgOrEnv: the whole file (less the empty git_key, see above)',
      code: '\nFROM scratch\nARG SECRET_PASSPHRASE\nENV SUPER_Secret=foo\nENV password=bar secret=baz\nARG super_duper_secret_token=foo auth=bar\nENV apikey=bar sunflower=foo\nENV git_key=\nENV PUBLIC_KEY=\nARG public_token\n',
      lines: [3, 4, 5, 5, 6, 6, 7]
    }
  ]
}

// Trivy checks/docker/leaked_secrets_test.rego (DS031), whose inputs are one busybox stage. Its tests
// that turn a setting of the check off (check_args, excluded_envs) have no counterpart here; the ones
// about credential files and RUN commands are no-secret-files' and no-credentials-in-run's.
const ds031 = (...lines: string[]) => `FROM busybox\n${lines.join('\n')}\n`
const trivy = {
  valid: [
    { name: 'DS031: test_allow_secret_file_without_copy', code: ds031('ENV GOOGLE_APPLICATION_CREDENTIALS=/credentials/google-storage-service.json') },
    { name: 'DS031: test_allow_secret_file_copy_with_other_base_path (a file path, not a secret)', code: ds031('COPY /src /src', 'ENV GOOGLE_APPLICATION_CREDENTIALS=./app/google-storage-service.json') },
    { name: 'DS031: test_deny_secret_file_quoted_path (a file path, not a secret)', code: ds031('COPY . .', 'ENV GOOGLE_APPLICATION_CREDENTIALS="./news-extraction.json"') },
    { name: 'DS031: test_deny_secret_file_in_arg (a file path, not a secret)', code: ds031('COPY /src /app/', 'ARG GOOGLE_APPLICATION_CREDENTIALS=./app/google-storage-service.json') },
    { name: 'DS031 (differs): AZURE_CLIENT_ID, one of its names, is an application\'s public id', code: ds031('ARG AZURE_CLIENT_ID') }
  ],
  invalid: [
    { name: 'DS031: test_deny_secret_env_variable', code: ds031('ENV GITHUB_TOKEN'), lines: [2] },
    { name: 'DS031: test_deny_secret_env_variable_with_default', code: ds031('ENV GITHUB_TOKEN=placeholder'), lines: [2] },
    { name: 'DS031: test_deny_secret_arg_variable_with_default', code: ds031('ARG GITHUB_TOKEN=placeholder'), lines: [2] },
    { name: 'DS031: test_deny_secret_arg', code: ds031('ARG GITHUB_TOKEN'), lines: [2] },
    { name: 'DS031: test_deny_custom_secret_env (Trivy needs MY_SECRET in included_envs)', code: ds031('ENV MY_SECRET'), lines: [2] },
    { name: 'DS031: test_deny_secret_arg_with_prefix', code: ds031('ARG VITE_AWS_ACCESS_KEY_ID=REPLACE_WITH_YOUR_OWN'), lines: [2] }
  ]
}

testRule(rule, {
  valid: [
    ...trivy.valid,
    ...dl3064.valid,
    ...buildkit.valid,
    { name: 'ENV re-setting itself with no such ARG puts nothing new in the image (hadolint warns)', code: 'FROM debian:bullseye\nENV DB_PASSWORD=${DB_PASSWORD} API_TOKEN=$API_TOKEN\n' },
    { name: 'ONBUILD ENV with no sensitive data', code: 'FROM debian:bullseye\nONBUILD ENV foobar=barfoo\nRUN foobar\n' },
    { name: 'names that describe a secret, not hold it (BuildKit allow-list, widened)', code: 'FROM alpine:3.20\nARG PUBLIC_KEY\nENV PASSWORD_FILE=/run/secrets/db TOKEN_URL=https://auth.example.com/token SECRET_VERSION=3\n' },
    { name: 'public GPG key fingerprints of official images', code: 'FROM alpine:3.20\nENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D\n' },
    { name: 'words that only contain a secret word', code: 'FROM alpine:3.20\nENV TOKENIZERS_PARALLELISM=false KEYBOARD=us MONKEY=1 PWD=/app\n' },
    { name: 'credential-file variables and relative paths name files', code: 'FROM alpine:3.20\nARG GOOGLE_APPLICATION_CREDENTIALS\nENV SSH_KEY=./deploy/id_ed25519 DB_PASSWORD=../run/db-password\n' },
    { name: 'a credential-file variable set to a path', code: 'FROM alpine:3.20\nENV GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/google/key.json\n' },
    { name: 'a variable cleared', code: 'FROM alpine:3.20\nENV GITHUB_TOKEN=""\n' },
    { name: 'Rails\' dummy secret for asset builds', code: 'FROM ruby:3.3-slim\nENV SECRET_KEY_BASE_DUMMY=1\n' },
    { name: 'a user name is not a secret', code: 'FROM alpine:3.20\nARG DOCKER_USERNAME\n' }
  ],
  invalid: [
    ...trivy.invalid,
    ...dl3064.invalid,
    ...buildkit.invalid,
    { name: 'ENV copying a build arg of the same name bakes the build arg in', code: 'FROM debian:bullseye\nARG DB_PASSWORD\nENV DB_PASSWORD=${DB_PASSWORD}\n', lines: [2, 3] },
    { name: 'ONBUILD ARG', code: 'FROM debian:bullseye\nONBUILD ARG AWS_ACCESS_KEY_ID\nRUN foobar\n', lines: [2] },
    { name: 'ONBUILD ENV', code: 'FROM debian:bullseye\nONBUILD ENV my_password=abcdefghijklmnopqrstuvwxyz\nRUN foobar\n', lines: [2] },
    { code: 'FROM alpine:3.20\nARG NPM_TOKEN\n', lines: [2], messages: ['`ARG NPM_TOKEN` looks like a secret: a build arg'] },
    { code: 'FROM alpine:3.20\nENV DB_PASSWORD=hunter2\n', lines: [2], messages: ['`ENV DB_PASSWORD` looks like a secret: `ENV` values are stored in the image config'] },
    { name: 'every name of a multi-name ENV', code: 'FROM alpine:3.20\nENV A=1 API_KEY=x CLIENT_SECRET=y\n', lines: [2, 2] },
    { name: 'the legacy `ENV name value` form', code: 'FROM alpine:3.20\nENV SECRET_KEY_BASE abc\n', lines: [2] },
    { name: 'camelCase and run-together names', code: 'FROM alpine:3.20\nARG githubToken\nARG DBPASSWORD\n', lines: [2, 3] },
    { name: 'front-end prefixes (DS031)', code: 'FROM alpine:3.20\nARG VITE_GITHUB_TOKEN\n', lines: [2] },
    { name: 'copied from an ARG into ENV', code: 'FROM alpine:3.20\nARG GH_TOKEN\nENV GH_TOKEN=$GH_TOKEN\n', lines: [2, 3] },
    { name: 'in a build stage too', code: 'FROM golang:1.23 AS build\nARG GOPRIVATE_TOKEN\nFROM alpine:3.20\n', lines: [2] }
  ]
})
