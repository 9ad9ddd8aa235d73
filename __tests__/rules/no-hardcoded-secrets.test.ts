import { describe, expect, it } from '@jest/globals'
import { lint } from '../../src/lint.js'
import rule from '../../src/rules/no-hardcoded-secrets.js'
import { testRule } from '../helpers/test-rule.js'

// Built from pieces so that secret scanners do not flag this file.
const GHP = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'
const AWS = 'AKIA' + 'Z3QXJ7TKVW2B5NFM'
const SLACK = 'xoxb-' + '1234567890-abcdefghijkl'
const STRIPE = 'sk_' + 'live_' + '4eC39HqLyjWDarjtT1zdp7dc'
const GOOGLE = 'AIza' + 'SyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY'
const GLPAT = 'glpat-' + 'xY9zW8vU7tS6rQ5pO4nM'
const KEY = '-----BEGIN OPENSSH ' + 'PRIVATE KEY-----'

// KICS assets/queries/common/passwords_and_secrets/test/*.dockerfile (its common query, run on every
// kind of file). Its comments number the cases; built from pieces like the tokens above.
const KICS_GIT = 'RUN apk add --no-cache git \\\n    && git config \\\n    --global \\\n    url."https://${GIT_USER}:${GIT_TOKEN}@github.com".insteadOf \\\n    "https://github.com"\n'
const KICS_POSITIVE11 =
  'FROM test2\nARG url="http://bob:sekret@example.invalid/some/path"\nARG url2="https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"\n' +
  'ARG url3="https://team_name.webhook.office.com/webhookb2/7aa49aa6-7840-443d-806c-08ebe8f59966@c662313f-14fc-43a2-9a7a-d2e27f4f3478/IncomingWebhook/' + '8592f62b50cf41b9b93ba0c0a00a0b88/eff4cd58-1bb8-4899-94de-795f656b4a18"\n'
const KICS_POSITIVE25 = [
  'FROM baseImage',
  '',
  '#1 & #2:',
  'ARG token=sq0atp-' + '812erere3wewew45678901',
  '',
  '#3:',
  'ARG picaticKey=sk_live_' + '123as6789o1234567890123a123a5678',
  '',
  '#4 & #5:',
  'ARG amazonToken=amzn.mws.' + '643a5678-8f9f-1a2b-5c3b-e3ea43f3f4b4',
  '',
  '#6:',
  'ARG mailChimp=f4f56af5a54a3eaeb3c3beb3cc2ccccc' + '-us36',
  '',
  '#7:',
  'ARG sgApiK=SG.' + '51hxH2deSsCeY12345GHIg.1tvtQeRWRQotiVaLO0l3oBispoz12345ypIo8-9Wh6c',
  ''
].join('\n')
const kics = {
  valid: [
    { name: 'kics a88baa34: negative5.dockerfile', code: '# Generic Negative Test - no secrets (dockerfile)\nFROM baseImage\n\nRUN command\n' },
    { name: 'kics a88baa34: negative35.dockerfile', code: '# Generic Negative Test - arbitrary git "token" references (dockerfile)\nFROM baseImage\n\n' + KICS_GIT + '\n' },
    { name: 'kics a88baa34: negative45.dockerfile', code: 'FROM baseImage\n\n' + KICS_GIT + '\n' },
    { name: 'kics a88baa34: negative49.dockerfile', code: 'FROM baseImage\n\nENV ARTEMIS_USER artemis\n\n' + KICS_GIT + '\n' },
    { name: 'kics a88baa34: negative50.dockerfile', code: 'FROM baseImage\n\nENV ARTEMIS_USER=artemis\n\n' + KICS_GIT + '\n' }
  ],
  invalid: [
    { name: 'kics a88baa34: positive6.dockerfile', code: '# "Generic Password" positive-test\nFROM baseImage\n\n# positive1\nARG password=pass!1213Fs\n\nFROM test2\n\n# positive2\nARG password=pass!1213Fs\n', lines: [5, 10] },
    // The Slack URL is the one of Slack's documentation, with X's for its secret part.
    { name: 'kics a88baa34 (differs on the Slack sample): positive11.dockerfile', code: KICS_POSITIVE11, lines: [2, 4], messages: ['A password in a URL', 'A Microsoft Teams webhook URL'] },
    { name: 'kics a88baa34: positive25.dockerfile', code: KICS_POSITIVE25, lines: [4, 7, 10, 13, 16] },
    { name: 'kics a88baa34: positive51.dockerfile', code: 'FROM baseImage\n\nENV ARTEMIS_USER artemis\nENV ARTEMIS_PASSWORD artemis\n\n' + KICS_GIT, lines: [4] },
    { name: 'kics a88baa34: positive52.dockerfile', code: '# "Generic Password" positive-test\nFROM baseImage\n\nENV ARTEMIS_USER=artemis\nENV ARTEMIS_PASSWORD=artemis\n\n' + KICS_GIT, lines: [5] }
  ]
}

testRule(rule, {
  valid: [
    ...kics.valid,
    'FROM alpine:3.20\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci\n',
    { name: 'references to variables and secret mounts', code: 'FROM alpine:3.20\nARG DB_PASSWORD\nENV API_TOKEN=$API_TOKEN\nRUN mysql --password="$(cat /run/secrets/db)" -e "select 1"\nRUN git clone https://oauth2:${GITLAB_TOKEN}@gitlab.com/a/b.git\n' },
    { name: 'placeholders', code: 'FROM alpine:3.20\nENV DB_PASSWORD=changeme API_KEY="<your api key>" SECRET_TOKEN=xxxxxxxx\nRUN echo "password=${PASSWORD}" > /etc/app.conf\n' },
    { name: 'a URL with a password in a comment is an example', code: 'FROM alpine:3.20\n# run with DATABASE_URL=postgres://postgres:postgres@db/app\nRUN echo ok\n' },
    { name: 'documentation sample keys', code: 'FROM alpine:3.20\nENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n' },
    { name: 'paths to secret files', code: 'FROM alpine:3.20\nENV DB_PASSWORD=/run/secrets/db SECRET_KEY=/etc/app/secret.key\n' },
    { name: 'names that are not the credential itself', code: 'FROM alpine:3.20\nENV AUTH=ldap AUTH_METHOD=oauth KEY_ID=42\nLABEL org.example.token-url=https://auth.example.com\n' },
    { name: 'URLs with a user but no password', code: 'FROM alpine:3.20\nRUN git clone ssh://git@github.com/a/b.git && curl https://user@example.com/\n' },
    { name: 'a sed expression mentioning password=', code: 'FROM alpine:3.20\nRUN sed -i "s/password=.*/password=secret/" /etc/app.conf\n' },
    { name: 'account passwords are no-password-in-image\'s', code: 'FROM alpine:3.20\nRUN useradd --password abcdef123 app\n' },
    { name: 'a self-described build-time dummy (Django collectstatic)', code: 'FROM python:3.12-slim\nRUN SECRET_KEY=build-time-only python manage.py collectstatic --noinput\nENV API_TOKEN=fake_token DB_PASSWORD=not-a-real-password\n' },
    { name: 'the variable name spelled again', code: 'FROM alpine:3.20\nENV AWS_SECRET_ACCESS_KEY secretaccesskey\nENV API_KEY=api-key\n' },
    { name: '--password-stdin takes no value', code: 'FROM alpine:3.20\nRUN docker login --password-stdin registry.example.com\n' }
  ],
  invalid: [
    ...kics.invalid,
    { code: `FROM alpine:3.20\nENV GITHUB_TOKEN=${GHP}\n`, lines: [2], messages: ['A GitHub token is written into the Dockerfile: `ghp_…` (40 characters)'] },
    { name: 'an AWS key in a RUN', code: `FROM alpine:3.20\nRUN AWS_ACCESS_KEY_ID=${AWS} aws s3 ls\n`, lines: [2], messages: ['AWS access key'] },
    { name: 'shaped tokens anywhere, comments included', code: `FROM alpine:3.20\n# slack: ${SLACK}\nLABEL stripe=${STRIPE}\nCMD ["app", "--key", "${GOOGLE}"]\n`, lines: [2, 3, 4] },
    { name: 'a token in a sh -c string', code: `FROM alpine:3.20\nRUN sh -c 'curl -H "PRIVATE-TOKEN: ${GLPAT}" https://gitlab.com/api/v4/projects'\n`, lines: [2], messages: ['GitLab token'] },
    { name: 'a private key in a heredoc', code: `FROM alpine:3.20\nCOPY <<EOF /root/.ssh/id_ed25519\n${KEY}\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\nEOF\n`, lines: [3], messages: ['A private key'] },
    { name: 'a password in a URL', code: 'FROM alpine:3.20\nENV DATABASE_URL=postgres://app:s3cr3tP4ss@db:5432/app\n', lines: [2], messages: ['`s3…` (10 characters)'] },
    { name: 'secret-named ENV/ARG/LABEL values', code: 'FROM alpine:3.20\nARG NPM_TOKEN=npm-abc-123\nENV DJANGO_SECRET_KEY="k#9x!v2"\nLABEL db.password=hunter22\n', lines: [2, 3, 4] },
    { name: 'options and assignments on a command line', code: 'FROM alpine:3.20\nRUN mysql -uroot -pHunter22 -e "select 1"\nRUN curl --oauth2-bearer abc --token 9f8e7d6c https://x && API_KEY=abc123 ./deploy\nRUN echo "spring.datasource.password=hunter22" >> app.properties\n', lines: [2, 3, 3, 4] },
    { name: 'an .npmrc line and a URL query parameter', code: 'FROM node:22-alpine\nRUN echo "//registry.npmjs.org/:_authToken=0f2b5c1e-3d4a-4b6c-9e8f-7a1b2c3d4e5f" > ~/.npmrc\nRUN curl -fsSL "https://api.example.com/v1/export?format=csv&access_token=9d8c7b6a5f4e" -o /tmp/x.csv\n', lines: [2, 3], messages: ['`_authToken` is given a hard-coded value: `0f2b…` (36 characters)', '`access_token`'] },
    { name: 'lines of files written by heredocs', code: 'FROM alpine:3.20\nRUN cat > /app/.env <<EOF\nDB_USER=app\nDB_PASSWORD=hunter22\nEOF\nCOPY <<EOF /root/.netrc\nmachine github.com login bot password abc123def\nEOF\n', lines: [4, 7] },
    { name: 'a JSON config in a heredoc', code: 'FROM alpine:3.20\nCOPY <<EOF /app/config.json\n{\n  "apiKey": "a8f5f167f44f4964e6c998dee827110c",\n  "region": "eu"\n}\nEOF\n', lines: [4] },
    { name: 'sudo and env wrappers', code: 'FROM alpine:3.20\nRUN sudo -E env API_TOKEN=abcdef123 ./install.sh\n', lines: [2] },
    { name: 'dummy-looking words with digits or capitals still look real', code: 'FROM python:3.12-slim\nRUN SECRET_KEY=build-time-only-9f3K python manage.py collectstatic\nENV API_TOKEN=Fake_Token\n', lines: [2, 3] },
    { name: 'a default password that is only part of the name', code: 'FROM alpine:3.20\nENV ADMIN_PASSWORD=admin\nENV AWS_SECRET_ACCESS_KEY secretaccesskey2\n', lines: [2, 3] },
    { name: 'an ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD ENV SERVICE_PASSWORD=hunter22\n', lines: [2] },
    { name: 'a continuation with a comment line inside', code: 'FROM alpine:3.20\nRUN apk add --no-cache curl \\\n# fetch the release\n && curl -fsSL https://ci:pa55word@ci.example.com/app.tgz -o /tmp/app.tgz\n', lines: [4] }
  ]
})

describe('no-hardcoded-secrets messages', () => {
  it('never contain the secret', () => {
    const secrets = [GHP, AWS, SLACK, STRIPE, GOOGLE, GLPAT, 'hunter22', 's3cr3tP4ss']
    const text = `FROM alpine:3.20\nENV A=${GHP} B=${AWS} C=${SLACK} D=${STRIPE} E=${GOOGLE} F=${GLPAT} DB_PASSWORD=hunter22\nENV URL=https://u:s3cr3tP4ss@h\n`
    const messages = lint({ path: 'Dockerfile', text }, { rules: [rule] }).map((f) => f.message)
    expect(messages).toHaveLength(secrets.length)
    for (const m of messages) for (const s of secrets) expect(m).not.toContain(s.slice(0, Math.ceil(s.length / 2)))
  })
})
