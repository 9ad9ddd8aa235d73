import rule from '../../src/rules/use-workdir.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM debian:bookworm-slim\n'

// Trivy's DS013 tests and KICS's samples end with this CMD (KICS's also set AUTHOR with ENV first).
const NGINX_CMD = `CMD cd /usr/share/nginx/html && sed -e s/Docker/"$AUTHOR"/ Hello_docker.html > index.html ; nginx -g 'daemon off;'`
const kicsStage = (run: string) => `FROM nginx\nENV AUTHOR=Docker\n${run}\nCOPY Hello_docker.html /usr/share/nginx/html\n${NGINX_CMD}\n`
const KICS_POSITIVE1 = ['RUN cd /../share/nginx/html', 'RUN cd ../share/nginx/html', 'RUN cd /usr/../share/nginx/html'].map(kicsStage).join('\n')
const lower = (code: string) => code.replace(/^[A-Z]+/gm, (keyword) => keyword.toLowerCase())

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3003Spec.hs
    { name: 'DL3003: WORKDIR', code: FROM + 'WORKDIR /opt\n' },
    // Trivy checks/docker/run_command_cd_instead_of_workdir_test.rego: test_basic_allowed
    { name: 'DS013: WORKDIR, and cd in CMD', code: `FROM nginx\nWORKDIR /usr/share/nginx/html\nCOPY Hello_docker.html /usr/share/nginx/html\n${NGINX_CMD}\n` },
    // KICS assets/queries/dockerfile/run_command_cd_instead_of_workdir/test/negative*.dockerfile
    { name: 'kics f4a6bcd3: negative.dockerfile', code: kicsStage('WORKDIR /usr/share/nginx/html').trimEnd() },
    { name: 'kics f4a6bcd3: negative2.dockerfile (cd as an argument of apk, across a continuation)', code: kicsStage('RUN apk add --no-cache python \\\n    cd /usr/share/nginx/html') },
    { name: 'kics f4a6bcd3: negative3.dockerfile (lower case)', code: lower(kicsStage('WORKDIR /usr/share/nginx/html').trimEnd()) },
    // beyond hadolint
    { name: 'cd in a subshell', code: FROM + 'RUN (cd /usr/src/app && make install) && rm -rf /usr/src/app\n' },
    { name: 'cd in a command substitution', code: FROM + 'RUN ln -s "$(cd /opt/tool && pwd)/bin/tool" /usr/local/bin/tool\n' },
    { name: 'cd in a nested shell', code: FROM + "RUN su app -c 'cd ~ && git clone https://example.com/dotfiles.git'\n" },
    { name: 'cd in a nested heredoc shell', code: FROM + 'RUN bash <<EOF\ncd /tmp\nmake\nEOF\n' },
    { name: 'cd undone with cd -', code: FROM + 'RUN cd /tmp/build && make install && cd - && rm -rf /tmp/build\n' },
    { name: 'cd undone with cd "$OLDPWD"', code: FROM + 'RUN cd /tmp/build && make install && cd "$OLDPWD"\n' },
    { name: 'cd as an argument', code: FROM + 'RUN echo cd /opt\n' }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3003Spec.hs
    { name: 'DL3003: RUN cd /opt', code: FROM + 'RUN cd /opt\n', lines: [2], messages: ['`cd /opt` is the last command of this RUN, so it changes nothing: the next instruction starts in the old directory again. Use `WORKDIR /opt` instead.'] },
    // Trivy checks/docker/run_command_cd_instead_of_workdir_test.rego
    { name: 'DS013: test_basic_denied', code: `FROM nginx\nRUN cd /usr/share/nginx/html\n${NGINX_CMD}\n`, lines: [2] },
    { name: 'DS013: test_chaining_denied', code: `FROM nginx\nENV AUTHOR Docker\nRUN apt-get install vim && cd /usr/share/nginx/html\n${NGINX_CMD}\n`, lines: [3] },
    // KICS assets/queries/dockerfile/run_command_cd_instead_of_workdir/test/positive*.dockerfile
    { name: 'kics f4a6bcd3: positive.dockerfile', code: kicsStage('RUN cd /usr/share/nginx/html').trimEnd(), lines: [3] },
    { name: 'kics f4a6bcd3: positive1.dockerfile', code: KICS_POSITIVE1, lines: [3, 9, 15] },
    { name: 'kics f4a6bcd3: positive2.dockerfile (lower case)', code: lower(KICS_POSITIVE1), lines: [3, 9, 15] },
    // beyond hadolint
    { name: 'cd before other commands', code: FROM + 'RUN cd /app && npm ci\n', lines: [2], messages: ['`cd /app` changes directory for the rest of this RUN only: set it with `WORKDIR /app` before the RUN'] },
    { name: 'cd with an option', code: FROM + 'RUN cd -P /app && make\n', lines: [2], messages: ['`cd /app`'] },
    { name: 'each cd', code: FROM + 'RUN cd /tmp && wget -nv https://example.com/x.tgz \\\n && cd x && make\n', lines: [2, 3] },
    { name: 'cd after ;', code: FROM + 'RUN apt-get update; cd /tmp && make\n', lines: [2] },
    { name: 'cd inside an if', code: FROM + 'RUN if [ -d /src ]; then cd /src; fi && make\n', lines: [2] },
    { name: 'cd in a heredoc', code: FROM + 'RUN <<EOF\ncd /app\nnpm ci\nEOF\n', lines: [3] },
    { name: 'onbuild', code: FROM + 'ONBUILD RUN cd /app && npm ci\n', lines: [2] },
    { name: 'only the cd before cd - is scoped', code: FROM + 'RUN cd /a && cd /b && make && cd -\n', lines: [2] }
  ]
})
