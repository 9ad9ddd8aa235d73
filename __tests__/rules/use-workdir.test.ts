import rule from '../../src/rules/use-workdir.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM debian:bookworm-slim\n'

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3003Spec.hs
    { name: 'DL3003: WORKDIR', code: FROM + 'WORKDIR /opt\n' },
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
    // beyond hadolint
    { name: 'cd before other commands', code: FROM + 'RUN cd /app && npm ci\n', lines: [2], messages: ['`cd /app` changes directory for the rest of this RUN only: set it with `WORKDIR /app` before the RUN'] },
    { name: 'cd with an option', code: FROM + 'RUN cd -P /app && make\n', lines: [2], messages: ['`cd /app`'] },
    { name: 'each cd', code: FROM + 'RUN cd /tmp && wget -nv https://example.com/x.tgz \\\n && cd x && make\n', lines: [2, 3] },
    { name: 'cd inside an if', code: FROM + 'RUN if [ -d /src ]; then cd /src; fi && make\n', lines: [2] },
    { name: 'cd in a heredoc', code: FROM + 'RUN <<EOF\ncd /app\nnpm ci\nEOF\n', lines: [3] },
    { name: 'onbuild', code: FROM + 'ONBUILD RUN cd /app && npm ci\n', lines: [2] },
    { name: 'only the cd before cd - is scoped', code: FROM + 'RUN cd /a && cd /b && make && cd -\n', lines: [2] }
  ]
})
