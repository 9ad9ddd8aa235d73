import rule from '../../src/rules/no-build-arg-credentials.js'
import { testRule } from '../helpers/test-rule.js'

testRule(rule, {
  valid: [
    // Trivy checks/docker/leaked_secrets_test.rego (DS031) judges build args by name, as
    // no-secrets-in-arg-env does; this rule looks at how they are used.
    { name: 'DS031 (differs): test_deny_secret_arg, a build arg that is not used', code: 'FROM busybox\nARG GITHUB_TOKEN\n' },
    { name: 'DS031 (differs): test_deny_secret_arg_variable_with_default', code: 'FROM busybox\nARG GITHUB_TOKEN=placeholder\n' },
    'FROM alpine:3.20\nRUN --mount=type=secret,id=t,env=TOKEN curl -H "Authorization: Bearer $TOKEN" https://api.example.com\n',
    { name: 'an ARG used in a non-credential position', code: 'FROM alpine:3.20\nARG VERSION=1.2.3\nARG USER=app\nRUN curl -fsSL https://example.com/app-$VERSION.tgz -o /tmp/a.tgz && adduser -D $USER\n' },
    { name: 'an ENV, not an ARG (no-secrets-in-arg-env looks at names)', code: 'FROM alpine:3.20\nENV TOKEN=abc\nRUN curl -H "Authorization: Bearer $TOKEN" https://x\n' },
    { name: 'a global ARG not declared in the stage is empty there', code: 'ARG TOKEN\nFROM alpine:3.20\nRUN curl -u "$TOKEN:" https://x\n' },
    { name: 'an ARG of another stage', code: 'FROM alpine:3.20 AS a\nARG TOKEN\nFROM alpine:3.20\nRUN curl -u "$TOKEN:" https://x\n' },
    { name: 'an ARG declared after the RUN', code: 'FROM alpine:3.20\nRUN curl -u "$TOKEN:" https://x\nARG TOKEN\n' },
    { name: 'the user part of user:password', code: 'FROM alpine:3.20\nARG USER\nRUN --mount=type=secret,id=p,env=P curl -u "$USER:$P" https://x\n' },
    { name: 'a URL host, not its user info', code: 'FROM alpine:3.20\nARG HOST\nRUN curl https://$HOST/path@v1\n' },
    { name: 'a quoted COPY heredoc is not expanded', code: 'FROM node:22-alpine\nARG NPM\nCOPY <<"EOF" /root/.npmrc\n//registry.npmjs.org/:_authToken=${NPM}\nEOF\n' },
    { name: 'an ARG written to a file that holds no credentials', code: 'FROM alpine:3.20\nARG REGISTRY\nRUN echo "registry=$REGISTRY" > /root/.config/app.conf\n' }
  ],
  invalid: [
    { name: 'DS031\'s build arg, used as a credential', code: 'FROM busybox\nARG GITHUB_TOKEN\nRUN wget --header="Authorization: token $GITHUB_TOKEN" https://api.github.com/repos/a/b/tarball\n', lines: [3] },
    { code: 'FROM alpine:3.20\nARG TOKEN\nRUN curl -fsSL -u "$TOKEN:" https://x\n', lines: [3], messages: ['Build arg `TOKEN` is used as a credential with `curl -u`'] },
    { code: 'FROM alpine:3.20\nARG PW\nRUN curl --user "bot:${PW}" https://x\n', lines: [3] },
    { name: 'whatever the ARG is called', code: 'FROM alpine:3.20\nARG X\nRUN curl -H "Authorization: Bearer $X" https://api.github.com\n', lines: [3], messages: ['in the `Authorization` header'] },
    { name: 'URL user info', code: 'FROM alpine:3.20\nARG GIT_USER\nARG GIT_PAT\nRUN git clone https://${GIT_USER}:${GIT_PAT}@github.com/a/b.git && git clone https://$GIT_PAT@github.com/c/d.git\n', lines: [4, 4], messages: ['`GIT_PAT` is used as a credential in a URL'] },
    { name: 'npm _authToken written to ~/.npmrc', code: 'FROM node:22-alpine\nARG NPM\nRUN echo "//registry.npmjs.org/:_authToken=${NPM}" > ~/.npmrc && npm ci\n', lines: [3], messages: ['as `_authToken=`'] },
    { name: '--password and -p of a login', code: 'FROM alpine:3.20\nARG REG\nRUN docker login -u bot -p $REG r.example.com && mysql -uroot -p$REG -e "select 1" && wget --password=$REG https://x\n', lines: [3, 3, 3] },
    { name: 'credential assignments and key=value', code: 'FROM alpine:3.20\nARG T\nRUN NPM_TOKEN=$T npm ci && echo "db.password=$T" >> /app/app.properties\n', lines: [3, 3] },
    { name: 'a .netrc written by a heredoc', code: 'FROM alpine:3.20\nARG PAT\nRUN cat > /root/.netrc <<EOF\nmachine github.com login bot password ${PAT}\nEOF\n', lines: [4], messages: ['in a file written to `/root/.netrc`'] },
    { name: 'a COPY heredoc to ~/.npmrc (expanded by BuildKit)', code: 'FROM node:22-alpine\nARG NPM\nCOPY <<EOF /root/.npmrc\n//registry.npmjs.org/:_authToken=${NPM}\nEOF\n', lines: [4], messages: ['in a file written to `/root/.npmrc`'] },
    { name: 'tee into .git-credentials', code: 'FROM alpine:3.20\nARG PAT\nRUN echo "https://bot:$PAT@github.com" | tee /root/.git-credentials\n', lines: [3] },
    { name: 'sh -c string, reported once', code: 'FROM alpine:3.20\nARG X\nRUN sh -c \'curl -u "$X:" https://x\'\n', lines: [3] },
    { name: 'sudo and env wrappers', code: 'FROM alpine:3.20\nARG X\nRUN sudo -E env FOO=1 curl -H "PRIVATE-TOKEN: $X" https://gitlab.com/api\n', lines: [3] },
    { name: 'heredoc script, continuation with a comment inside', code: 'FROM alpine:3.20\nARG X\nRUN <<EOF\ncurl -u "$X:" https://a\nEOF\nRUN apk add --no-cache curl \\\n# download\n && curl -H "X-API-Key: ${X}" https://b\n', lines: [4, 8] },
    { name: 'ONBUILD ARG and RUN', code: 'FROM alpine:3.20\nONBUILD ARG X\nONBUILD RUN curl -u "$X:" https://x\n', lines: [3] },
    { name: 'a later stage redeclares a global ARG', code: 'ARG TOKEN\nFROM alpine:3.20\nARG TOKEN\nRUN curl -H "Authorization: token $TOKEN" https://x\n', lines: [4] }
  ]
})
