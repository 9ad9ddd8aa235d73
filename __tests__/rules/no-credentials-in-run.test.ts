import rule from '../../src/rules/no-credentials-in-run.js'
import { testRule } from '../helpers/test-rule.js'

testRule(rule, {
  valid: [
    'FROM alpine:3.20\nRUN --mount=type=secret,id=aws,target=/root/.aws/credentials aws s3 cp s3://b/app.tgz /tmp/\n',
    'FROM alpine:3.20\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n',
    { name: 'settings that are not credentials', code: 'FROM alpine:3.20\nRUN aws configure set region eu-west-1 && npm config set registry https://npm.example.com && git config --global user.name bot\n' },
    { name: 'docker without login, az login with a managed identity', code: 'FROM alpine:3.20\nRUN docker run -p 8080:80 nginx && az login --identity\n' },
    { name: 'logged out in the same RUN', code: 'FROM alpine:3.20\nRUN --mount=type=secret,id=hub,env=HUB echo "$HUB" | docker login -u bot --password-stdin && docker pull x && docker logout\n' },
    { name: 'credential file deleted in the same RUN', code: 'FROM alpine:3.20\nRUN --mount=type=secret,id=t,env=T npm config set //registry.npmjs.org/:_authToken "$T" && npm ci && rm -f ~/.npmrc\n' },
    { name: 'git URL without credentials', code: 'FROM alpine:3.20\nRUN git config --global url."https://github.com/".insteadOf git@github.com:\n' },
    { name: 'vault login that stores no token', code: 'FROM alpine:3.20\nRUN --mount=type=secret,id=v,env=VAULT_TOKEN vault login -no-store -method=token && vault kv get secret/x\n' },
    { name: 'exec form is not looked into', code: 'FROM alpine:3.20\nRUN ["vault", "status"]\n' }
  ],
  invalid: [
    // Trivy checks/docker/leaked_secrets_test.rego (DS031): its tests about RUN commands. Trivy reports
    // the RUN once; this rule each command that logs in. With secret mounts, Trivy passes the RUN: the
    // values are still written to ~/.aws/credentials, in the layer.
    {
      name: 'DS031: test_deny_secret_in_set_command',
      code: 'FROM amazon/aws-cli:latest\nRUN aws configure set aws_access_key_id test-id &&     aws configure set aws_secret_access_key test-key\n',
      lines: [2, 2]
    },
    {
      name: 'DS031 (differs): test_allow_secret_in_set_command_with_secret_mount',
      code: 'FROM amazon/aws-cli:latest\nRUN --mount=type=secret,id=aws-key-id,env=AWS_ACCESS_KEY_ID --mount=type=secret,id=aws-secret-key,env=AWS_SECRET_ACCESS_KEY aws configure set aws_access_key_id $(cat /run/secrets/aws-key-id) &&     aws configure set aws_secret_access_key $(cat /run/secrets/aws-secret-key)\n',
      lines: [2, 2]
    },
    { code: 'FROM alpine:3.20\nARG KEY\nRUN aws configure set aws_secret_access_key "$KEY"\n', lines: [3], messages: ['`aws configure set` stores the credential in `~/.aws/credentials`'] },
    { name: 'even with a secret mount: the CLI copies it into its own file', code: 'FROM google/cloud-sdk:495.0.0-slim\nRUN --mount=type=secret,id=gcp,target=/tmp/key.json gcloud auth activate-service-account --key-file=/tmp/key.json && gsutil cp gs://b/x /x\n', lines: [2], messages: ['`gcloud auth activate-service-account`'] },
    { code: 'FROM alpine:3.20\nRUN az login --service-principal -u "$APP" -p "$PW" --tenant t\n', lines: [2], messages: ['`az login`'] },
    { code: 'FROM alpine:3.20\nRUN doctl auth init -t "$DO_TOKEN"\n', lines: [2] },
    { name: 'registry logins, sudo-wrapped', code: 'FROM alpine:3.20\nRUN sudo docker login -u bot -p "$P" registry.example.com\nRUN echo "$P" | podman login --password-stdin -u bot quay.io\nRUN helm registry login -u bot --password "$P" ghcr.io\n', lines: [2, 3, 4], messages: ['`docker login`', '`podman login`', '`helm registry login`'] },
    { name: 'npm auth tokens', code: 'FROM node:22-alpine\nRUN npm config set //registry.npmjs.org/:_authToken=$NPM_TOKEN && npm ci\nRUN yarn config set npmAuthToken "$T"\n', lines: [2, 3], messages: ['`npm config set` stores the credential in `~/.npmrc`'] },
    { name: 'tokens in git config', code: 'FROM alpine:3.20\nRUN git config --global url."https://${GH_TOKEN}@github.com/".insteadOf "https://github.com/"\nRUN git config --global http.https://github.com/.extraheader "AUTHORIZATION: basic $B64"\n', lines: [2, 3] },
    { name: 'gh, vault, kubectl, composer, poetry', code: 'FROM alpine:3.20\nRUN echo "$T" | gh auth login --with-token\nRUN vault login -method=github token="$T"\nRUN kubectl config set-credentials ci --token="$T"\nRUN composer config -g github-oauth.github.com "$T"\nRUN poetry config http-basic.private bot "$T"\n', lines: [2, 3, 4, 5, 6] },
    { name: 'in a sh -c string', code: 'FROM alpine:3.20\nRUN sh -c \'docker login -u bot -p "$P" && docker pull x\'\n', lines: [2] },
    { name: 'the file deleted by a later RUN is still in this layer', code: 'FROM alpine:3.20\nRUN aws configure set aws_access_key_id "$ID"\nRUN rm -rf /root/.aws\n', lines: [2] },
    { name: 'an ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD RUN docker login -p "$P" -u bot\n', lines: [2] },
    { name: 'a heredoc script', code: 'FROM alpine:3.20\nRUN <<EOF\nset -e\ndocker login -u bot -p "$P"\nEOF\n', lines: [4] }
  ]
})
