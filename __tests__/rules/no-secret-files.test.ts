import rule from '../../src/rules/no-secret-files.js'
import { testRule } from '../helpers/test-rule.js'

// Trivy checks/docker/leaked_secrets_test.rego (DS031), whose inputs are one busybox stage: the tests
// about credential files. Its tests about names are no-secrets-in-arg-env's, those about RUN commands
// no-credentials-in-run's.
const ds031 = (...lines: string[]) => `FROM busybox\n${lines.join('\n')}\n`
const trivy = {
  valid: [
    { name: 'DS031: test_allow_secret_file_without_copy', code: ds031('ENV GOOGLE_APPLICATION_CREDENTIALS=/credentials/google-storage-service.json') },
    { name: 'DS031: test_allow_secret_file_copy_with_other_base_path', code: ds031('COPY /src /src', 'ENV GOOGLE_APPLICATION_CREDENTIALS=./app/google-storage-service.json') },
    // The working directory of busybox is `/`, but a base image's is not known here: `./app/…` is not guessed at.
    { name: 'DS031 (differs): test_deny_secret_file, a path relative to the base image\'s working directory', code: ds031('COPY /src /app/', 'ENV GOOGLE_APPLICATION_CREDENTIALS ./app/google-storage-service.json') },
    { name: 'DS031 (differs): test_deny_secret_file_in_arg, a path relative to the base image\'s working directory', code: ds031('COPY /src /app/', 'ARG GOOGLE_APPLICATION_CREDENTIALS=./app/google-storage-service.json') }
  ],
  invalid: [
    { name: 'DS031: test_deny_copy_secret_file', code: ds031('COPY ./config $AWS_CONFIG_FILE'), lines: [2], messages: ['`./config` is copied to `$AWS_CONFIG_FILE`'] },
    // Both paths are relative to the same working directory, whatever it is.
    { name: 'DS031: test_deny_secret_file_quoted_path', code: ds031('COPY . .', 'ENV GOOGLE_APPLICATION_CREDENTIALS "./news-extraction.json"'), lines: [3], messages: ['points at `./news-extraction.json`'] },
    { name: 'DS031: test_deny_secret_file_in_arg, with an absolute path', code: ds031('COPY /src /app/', 'ARG GOOGLE_APPLICATION_CREDENTIALS=/app/google-storage-service.json'), lines: [3] }
  ]
}

testRule(rule, {
  valid: [
    ...trivy.valid,
    'FROM alpine:3.20\nWORKDIR /app\nCOPY package.json package-lock.json ./\nCOPY src/ ./src/\n',
    { name: 'public halves, samples and certificates', code: 'FROM alpine:3.20\nCOPY id_rsa.pub /root/.ssh/authorized_keys\nCOPY .env.example /app/.env.example\nCOPY ca.pem fullchain.pem /etc/ssl/certs/\nCOPY kubeconfig.sample /docs/\n' },
    { name: 'package signing keys', code: 'FROM debian:bookworm-slim\nCOPY nodesource.key /etc/apt/keyrings/nodesource.key\nCOPY docker-archive.key /tmp/\n' },
    { name: 'a `.key` imported as a package signing key', code: 'FROM debian:bookworm-slim\nCOPY nodesource.key vendor.key /tmp/\nRUN apt-key add /tmp/vendor.key && cat /tmp/nodesource.key | gpg --dearmor -o /usr/share/keyrings/nodesource.gpg\n' },
    { name: 'a secret read into a variable of a command whose output is logged', code: 'FROM alpine:3.20\nRUN --mount=type=secret,id=t TOKEN="$(cat /run/secrets/t)" ./fetch.sh > /tmp/fetch.log\n' },
    { name: 'an .npmrc that is kept (it may only set a registry)', code: 'FROM node:22-alpine\nCOPY .npmrc package.json ./\nRUN npm ci\n' },
    { name: 'a secret mount read where it is needed', code: 'FROM alpine:3.20\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\nRUN --mount=type=secret,id=t TOKEN="$(cat /run/secrets/t)" ./fetch.sh\n' },
    { name: 'a secret copied out and deleted in the same RUN', code: 'FROM alpine:3.20\nRUN --mount=type=secret,id=npmrc cp /run/secrets/npmrc /root/.npmrc && npm ci && rm -f /root/.npmrc\n' },
    { name: 'a secret written to a tmpfs mount', code: 'FROM alpine:3.20\nRUN --mount=type=secret,id=k --mount=type=tmpfs,target=/scratch cat /run/secrets/k > /scratch/k && ./use /scratch/k\n' },
    { name: 'credential-file variables pointing outside what is copied', code: 'FROM alpine:3.20\nCOPY app.jar /app/\nENV GOOGLE_APPLICATION_CREDENTIALS=/app/sa.json KUBECONFIG=/run/secrets/kubeconfig\n' },
    { name: 'COPY into / says nothing about one file', code: 'FROM alpine:3.20\nCOPY rootfs/ /\nENV AWS_SHARED_CREDENTIALS_FILE=/etc/aws/credentials\n' },
    { name: 'a COPY to a variable that names no credential file', code: 'FROM alpine:3.20\nCOPY app.conf $APP_CONFIG\n' },
    { name: 'a relative ENV path is not guessed at', code: 'FROM alpine:3.20\nCOPY . /app\nENV GOOGLE_APPLICATION_CREDENTIALS=sa.json\n' },
    { name: 'a removed file that was never copied', code: 'FROM alpine:3.20\nRUN echo registry=x > .npmrc && npm ci && rm .npmrc\n' }
  ],
  invalid: [
    ...trivy.invalid,
    { code: 'FROM alpine:3.20\nCOPY id_rsa /root/.ssh/id_rsa\n', lines: [2], messages: ['`id_rsa` looks like an SSH private key'] },
    { name: 'renamed to a key on the way in', code: 'FROM alpine:3.20\nCOPY deploy /root/.ssh/id_ed25519\n', lines: [2] },
    { name: 'keys, stores, env files, kubeconfigs, service accounts', code: 'FROM alpine:3.20\nCOPY server.key tls/privkey.pem keystore.p12 /etc/ssl/private/\nCOPY .env .env.production /app/\nCOPY ["ci-kubeconfig.yaml", "gcp-service-account.json", "/secrets/"]\nADD .git-credentials .netrc .pypirc /root/\n', lines: [2, 2, 2, 3, 3, 4, 4, 5, 5, 5] },
    { name: 'credential directories and docker config', code: 'FROM alpine:3.20\nCOPY .ssh /root/.ssh\nCOPY .docker/config.json /root/.docker/config.json\nCOPY --from=build /root/.aws /root/.aws\n', lines: [2, 3, 4] },
    { name: 'deleting it later does not help', code: 'FROM alpine:3.20\nCOPY id_rsa /root/.ssh/\nRUN git clone git@github.com:a/b.git && rm /root/.ssh/id_rsa\n', lines: [2], messages: ['Deleting it in a later step does not remove it from this layer.'] },
    { name: 'a token file deleted in a later RUN', code: 'FROM node:22-alpine\nWORKDIR /app\nCOPY .npmrc package.json ./\nRUN npm ci && rm -f .npmrc\n', lines: [4], messages: ['`.npmrc` was added by the COPY on line 3'] },
    { name: 'a private key that is not imported anywhere', code: 'FROM alpine:3.20\nCOPY master.key /app/config/\nRUN gpg --version\n', lines: [2] },
    { name: 'a secret mount printed into a file by sudo echo', code: 'FROM alpine:3.20\nRUN --mount=type=secret,id=t sudo echo "TOKEN=$(cat /run/secrets/t)" > /app/.env\n', lines: [2] },
    { name: 'a secret mount copied to a relative path', code: 'FROM node:22-alpine\nWORKDIR /app\nRUN --mount=type=secret,id=env cp /run/secrets/env .env && npm run build\n', lines: [3], messages: ['is written to `.env`'] },
    { name: 'a secret mount copied out', code: 'FROM alpine:3.20\nRUN --mount=type=secret,id=npmrc cp /run/secrets/npmrc /root/.npmrc && npm ci\n', lines: [2], messages: ['The secret `/run/secrets/npmrc` is written to `/root/.npmrc`'] },
    { name: 'a secret mount written out with cat, $(…), tee and a custom target', code: 'FROM alpine:3.20\nRUN --mount=type=secret,id=e cat /run/secrets/e > /app/.env\nRUN --mount=type=secret,id=t echo "token=$(cat /run/secrets/t)" | tee -a /etc/app.conf\nRUN --mount=type=secret,id=k,target=/k.pem base64 -d /k.pem | sudo tee /root/key.pem > /dev/null\n', lines: [2, 3, 4] },
    { name: 'a credential-file variable into a copied directory (DS031)', code: 'FROM alpine:3.20\nCOPY . /app\nENV GOOGLE_APPLICATION_CREDENTIALS=/app/secrets/sa.json\n', lines: [3], messages: ['`GOOGLE_APPLICATION_CREDENTIALS` points at `/app/secrets/sa.json`, which the COPY on line 2'] },
    { name: 'a credential file copied to the variable\'s path, through WORKDIR', code: 'FROM alpine:3.20\nWORKDIR /srv\nENV KUBECONFIG=/srv/kube/config\nCOPY config ${KUBECONFIG}\nCOPY creds.json ./\nENV AWS_CONFIG_FILE=/srv/creds.json\n', lines: [3, 6] },
    { name: 'a COPY to a credential-file variable whose value is not known', code: 'FROM alpine:3.20\nCOPY key.json ${GOOGLE_APPLICATION_CREDENTIALS}\n', lines: [2], messages: ['`key.json` is copied to `${GOOGLE_APPLICATION_CREDENTIALS}`, the credentials file that `GOOGLE_APPLICATION_CREDENTIALS` names'] },
    { name: 'a relative path into `COPY . .`, both relative to the same working directory', code: 'FROM node:22-slim\nCOPY . .\nRUN npm ci\nENV GOOGLE_APPLICATION_CREDENTIALS=config/sa.json\n', lines: [4], messages: ['which the COPY on line 2 puts into the image'] },
    { name: 'from a stage the final one is built on', code: 'FROM alpine:3.20 AS base\nCOPY conf/ /etc/app/\nFROM base\nENV HF_TOKEN_PATH=/etc/app/hf/token\n', lines: [4] }
  ]
})
