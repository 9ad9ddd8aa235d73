import rule from '../../src/rules/no-curl-pipe-shell.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM debian:bookworm-slim\n'

testRule(rule, {
  valid: [
    { name: 'download to a file, verify, then run', code: rule.examples.good },
    { name: 'piping JSON into a program', code: FROM + 'RUN curl -fsSL https://api.github.com/repos/a/b/releases/latest | jq -r .tag_name\n' },
    { name: 'python -c reads the download as data, not code', code: FROM + `RUN curl -s https://x.io/v.json | python3 -c 'import json, sys; print(json.load(sys.stdin)["v"])'\n` },
    { name: 'perl -pe edits the stream', code: FROM + "RUN curl -s https://x.io/a.conf | perl -pe 's/a/b/' > /etc/a.conf\n" },
    { name: 'sh -c with a fixed script reads the download as data', code: FROM + "RUN curl -fsSL https://x.io/key | sh -c 'cat > /etc/key'\n" },
    { name: 'curl -o writes a file, nothing reaches the pipe', code: FROM + 'RUN curl -fsSLo /tmp/x https://x.io/x | cat\n' },
    { name: 'stdout redirected to a file, nothing reaches the pipe', code: FROM + 'RUN curl -fsSL https://x.io/i.sh > /tmp/i.sh | sh\n' },
    { name: 'wget without -O - writes a file', code: FROM + 'RUN wget -q https://x.io/install.sh | sh\n' },
    { name: 'a substitution used as an argument, not code', code: FROM + 'RUN echo "$(curl -fsSL https://x.io/version)" > /VERSION\n' },
    { name: 'a script file given to bash, the download elsewhere', code: FROM + 'RUN bash ./build.sh "$(curl -fsSL https://x.io/version)"\n' },
    { name: 'diff of two downloads', code: FROM + 'RUN diff <(curl -s https://x.io/a) <(curl -s https://x.io/b)\n' },
    { name: 'exec form is not run by a shell', code: FROM + 'RUN ["curl", "-fsSL", "https://x.io/install.sh"]\n' }
  ],
  invalid: [
    { code: FROM + 'RUN curl -fsSL https://get.example.com | sh\n', lines: [2], messages: ['`curl … | sh` runs a script downloaded from `https://get.example.com`'] },
    { name: 'wget -qO- into bash', code: FROM + 'RUN wget -qO- https://x.io/i.sh | bash\n', lines: [2], messages: ['`wget … | bash`'] },
    { name: 'wget -O - (separate value)', code: FROM + 'RUN wget --quiet -O - https://x.io/i.sh | bash -s -- --yes\n', lines: [2] },
    { name: 'sudo -E bash -', code: FROM + 'RUN curl -sL https://deb.nodesource.com/setup_20.x | sudo -E bash -\n', lines: [2], messages: ['`curl … | bash`'] },
    { name: 'through tee', code: FROM + 'RUN curl -fsSL https://x.io/i.sh | tee /tmp/i.sh | sh\n', lines: [2] },
    { name: 'python3 - reads the program from stdin', code: FROM + 'RUN curl -sSL https://install.python-poetry.org | python3 -\n', lines: [2] },
    { name: 'a bare interpreter reads stdin', code: FROM + 'RUN curl -fsSL https://x.io/setup.rb | ruby\n', lines: [2] },
    { name: 'only stderr redirected: stdout still reaches the pipe', code: FROM + 'RUN curl -fsSL https://x.io/i.sh 2>/dev/null | sh\n', lines: [2] },
    { name: 'curl -o - still writes to stdout', code: FROM + 'RUN curl -fsSL -o - https://x.io/i.sh | sh\n', lines: [2] },
    { name: 'process substitution', code: FROM + 'RUN bash <(curl -fsSL https://x.io/i.sh)\n', lines: [2], messages: ['`bash` with `<(curl …)`'] },
    { name: 'process substitution into python', code: FROM + 'RUN python3 <(curl -fsSL https://x.io/get-pip.py)\n', lines: [2] },
    { name: 'stdin redirected from a process substitution', code: FROM + 'RUN bash < <(curl -fsSL https://x.io/i.sh)\n', lines: [2] },
    { name: 'sh -c "$(curl …)"', code: FROM + 'RUN sh -c "$(curl -fsSL https://ohmyz.sh/install.sh)"\n', lines: [2], messages: ['`sh` with `$(curl …)`'] },
    { name: 'eval "$(wget -O- …)"', code: FROM + 'RUN eval "$(wget -O- https://x.io/env)"\n', lines: [2], messages: ['`eval`'] },
    { name: 'backticks', code: FROM + 'RUN bash -c "`curl -fsSL https://x.io/i.sh`"\n', lines: [2] },
    { name: 'here-string', code: FROM + 'RUN bash <<< "$(curl -fsSL https://x.io/i.sh)"\n', lines: [2] },
    { name: 'node -e "$(curl …)"', code: FROM + 'RUN node -e "$(curl -fsSL https://x.io/i.js)"\n', lines: [2] },
    { name: 'sudo bash -c "$(curl …)"', code: FROM + 'RUN sudo bash -c "$(curl -fsSL https://x.io/i.sh)"\n', lines: [2] },
    { name: 'inside sh -c', code: FROM + `RUN sh -c 'curl -fsSL https://x.io/i.sh | sh'\n`, lines: [2] },
    { name: 'inside a heredoc', code: FROM + 'RUN <<EOF\nset -e\ncurl -fsSL https://x.io/i.sh | sh\nEOF\n', lines: [4] },
    { name: 'ONBUILD trigger', code: FROM + 'ONBUILD RUN curl -fsSL https://x.io/i.sh | sh\n', lines: [2] },
    { name: 'URL from an ARG', code: FROM + 'ARG URL\nRUN curl -fsSL "$URL" | sh\n', lines: [3], messages: ['from `$URL`'] },
    {
      name: 'line continuations with comment lines',
      code: FROM + 'RUN apt-get update \\\n# fetch the installer\n  && curl -fsSL https://x.io/i.sh \\\n  | bash\n',
      lines: [4]
    },
    { name: 'later stage of a multi-stage build', code: 'FROM debian:bookworm-slim AS build\nRUN make\nFROM build\nRUN curl https://x.io | sh\n', lines: [4] }
  ]
})
