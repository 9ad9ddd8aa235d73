import rule from '../../src/rules/use-pipefail.js'
import { testRule } from '../helpers/test-rule.js'

const PIPE = 'RUN wget -O - https://some.site | wc -l file > /number\n'
const BASH = 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\n'

// Trivy checks/docker/run_pipefail_test.rego: its tests' stages, FROM alpine:3.5 unless given.
const ds032 = (...lines: string[]) => `FROM alpine:3.5\n${lines.join('\n')}\n`
const WGET = 'RUN wget -O - https://some.site | wc -l > /number'
const PS_VERSION = 'RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value'
// KICS assets/queries/dockerfile/shell_running_a_pipe_without_pipefail_flag/test: negative1.dockerfile
// (negative2 is the same in lower case).
const KICS_NEGATIVE1 = 'FROM node:12\nRUN pwsh SOME_CMD | SOME_OTHER_CMD\nSHELL [ "zsh", "-o","pipefail" ]\nRUN zsh ./some_output | ./some_script\nSHELL [ "/bin/bash", "-o","pipefail" ]\nRUN [ "/bin/bash", "./some_output", "./some_script" ]\n\n'

testRule(rule, {
  valid: [
    { name: 'cmd (Windows default shell) has no pipefail', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN certutil -hashfile C:\\x.msi SHA256 | findstr /i abc\n' },
    { name: 'a pipe inside $(…) given as an argument', code: 'FROM alpine:3.20\nRUN cp buildx* "/out/buildx$(ls buildx* | sed -e \'s/^buildx//\')"\n' },
    // hadolint test/Hadolint/Rule/DL4006Spec.hs
    { name: 'DL4006: no pipes', code: 'FROM scratch as build\nRUN wget -O - https://some.site && wc -l file > /number\n' },
    { name: 'DL4006: SHELL bash -eo pipefail', code: 'FROM scratch as build\nSHELL ["/bin/bash", "-eo", "pipefail", "-c"]\n' + PIPE },
    { name: 'DL4006: SHELL bash -e -o pipefail', code: 'FROM scratch as build\nSHELL ["/bin/bash", "-e", "-o", "pipefail", "-c"]\n' + PIPE },
    { name: 'DL4006: SHELL bash -o errexit -o pipefail', code: 'FROM scratch as build\nSHELL ["/bin/bash", "-o", "errexit", "-o", "pipefail", "-c"]\n' + PIPE },
    { name: 'DL4006: SHELL zsh', code: 'FROM scratch as build\nSHELL ["/bin/zsh", "-o", "pipefail", "-c"]\n' + PIPE },
    { name: 'DL4006: bash by another path', code: 'FROM scratch as build\nSHELL ["/usr/bin/bash", "-o", "pipefail", "-c"]\n' + PIPE },
    { name: 'DL4006: zsh by another path', code: 'FROM scratch as build\nSHELL ["/usr/local/bin/zsh", "-o", "pipefail", "-c"]\n' + PIPE },
    { name: 'DL4006: powershell', code: 'FROM scratch as build\nSHELL ["pwsh", "-c"]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n' },
    { name: 'DL4006: pwsh', code: 'FROM mcr.microsoft.com/powershell:ubuntu-16.04\nSHELL [ "pwsh", "-c" ]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n' },
    { name: 'DL4006: powershell.exe', code: 'FROM mcr.microsoft.com/powershell:ubuntu-16.04\nSHELL [ "powershell.exe" ]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n' },
    { name: 'DL4006: cmd.exe', code: 'FROM mcr.microsoft.com/powershell:ubuntu-16.04\nSHELL [ "cmd.exe", "/c" ]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n' },
    // Trivy DS032
    { name: 'DS032: pipe with set -o pipefail', code: ds032('RUN set -o pipefail && wget -O - https://some.site | wc -l > /number') },
    { name: 'DS032: shell bash with pipefail flag', code: ds032('SHELL ["/bin/bash", "-o", "pipefail", "-c"]', WGET) },
    { name: 'DS032: shell bash with -eo pipefail', code: ds032('SHELL ["/bin/bash", "-eo", "pipefail", "-c"]', WGET) },
    { name: 'DS032: shell bash with -e -o pipefail', code: ds032('SHELL ["/bin/bash", "-e", "-o", "pipefail", "-c"]', WGET) },
    { name: 'DS032: errexit and pipefail', code: ds032('SHELL ["/bin/bash", "-o", "errexit", "-o", "pipefail", "-c"]', WGET) },
    { name: 'DS032: zsh with pipefail', code: ds032('SHELL ["/bin/zsh", "-o", "pipefail", "-c"]', WGET) },
    { name: 'DS032: non posix shell pwsh', code: ds032('SHELL ["pwsh", "-c"]', PS_VERSION) },
    { name: 'DS032: no pipe', code: ds032('RUN apt-get update && apt-get install -y curl') },
    { name: 'DS032: pipe in string', code: ds032('RUN echo "foo|bar"') },
    { name: 'DS032: non posix shell powershell.exe', code: `FROM mcr.microsoft.com/powershell:ubuntu-16.04\nSHELL ["powershell.exe"]\n${PS_VERSION}\n` },
    { name: 'DS032: non posix shell cmd.exe', code: `FROM mcr.microsoft.com/powershell:ubuntu-16.04\nSHELL ["cmd.exe", "/c"]\n${PS_VERSION}\n` },
    // beyond hadolint
    { name: 'SHELL ash (Alpine)', code: 'FROM alpine:3.20\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\n' + PIPE },
    { name: 'set -o pipefail earlier in the RUN', code: 'FROM alpine:3.20\nRUN set -o pipefail && wget -O - https://some.site | wc -l\n' },
    { name: 'set -euxo pipefail', code: 'FROM alpine:3.20\nRUN set -euxo pipefail; wget -O - https://some.site | wc -l\n' },
    { name: 'set -o pipefail in a RUN heredoc', code: 'FROM alpine:3.20\nRUN <<EOF\nset -eo pipefail\nwget -O - https://some.site | wc -l\nEOF\n' },
    { name: 'SHELL inherited from the stage it is built FROM', code: 'FROM debian:bookworm-slim AS base\n' + BASH + 'FROM base\n' + PIPE },
    { name: 'a pipe inside a nested sh -c string is that shell\'s business', code: `FROM alpine:3.20\nRUN su app -c 'ls | wc -l'\n` },
    { name: '|| is not a pipe', code: 'FROM alpine:3.20\nRUN test -f /a || touch /a\n' },
    { name: 'a pipe fed by echo hides no failure', code: 'FROM alpine:3.20\nRUN echo "$SHA  /tmp/a.tgz" | sha256sum -c -\n' },
    { name: 'yes | … would break under pipefail (SIGPIPE)', code: 'FROM debian:bookworm-slim\nRUN yes | sdkmanager --licenses\n' },
    { name: 'a loop that only prints is a slower yes', code: "FROM debian:bookworm-slim\nRUN (while true; do echo 'y'; sleep 2; done) | android update sdk -u -t 2,3,7\n" },
    { name: 'an if condition picks a branch, it does not fail the build', code: 'FROM alpine:3.20\nRUN if ldd /bin/ls | grep -q "not found"; then exit 1; fi\n' },
    { name: 'an elif and a while condition', code: 'FROM alpine:3.20\nRUN if false; then :; elif ls | grep -q a; then :; fi && while ls | grep -q b; do rm b; done\n' },
    { name: 'a negated pipe only succeeds more often under pipefail', code: 'FROM alpine:3.20\nRUN ! ls / | grep -q secret\n' },
    { name: 'exec form has no shell', code: 'FROM alpine:3.20\nRUN ["sh", "-c", "ls | wc -l"]\n' }
  ],
  invalid: [
    { name: 'a pipe inside $(…) whose status an assignment keeps', code: 'FROM alpine:3.20\nRUN v=$(wget -qO- https://x.io/v | head -1) && echo $v\n', lines: [2] },
    // hadolint test/Hadolint/Rule/DL4006Spec.hs
    { name: 'DL4006: missing pipefail', code: 'FROM scratch\nRUN wget -O - https://some.site | wc -l > /number\n', lines: [2], messages: ['`wget … | wc` runs without `pipefail`'] },
    { name: 'DL4006: plain sh', code: 'FROM scratch as build\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\n' + PIPE, lines: [3] },
    { name: 'DL4006: missing in the next image', code: 'FROM scratch as build\n' + BASH + PIPE + 'FROM scratch as build2\n' + PIPE, lines: [5] },
    { name: 'DL4006: next SHELL without it', code: 'FROM scratch as build\n' + BASH + PIPE + 'SHELL ["/bin/sh", "-c"]\n' + PIPE, lines: [5], messages: ['Use `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`'] },
    // Trivy DS032
    { name: 'DS032: pipe without pipefail', code: ds032(WGET), lines: [2] },
    { name: 'DS032: multiple runs with pipe', code: ds032(WGET, 'RUN cat /etc/passwd | grep root'), lines: [2, 3] },
    { name: 'DS032: shell bash without pipefail', code: ds032('SHELL ["/bin/bash", "-c"]', WGET), lines: [3] },
    { name: 'DS032: shell sh with pipefail', code: ds032('SHELL ["/bin/sh", "-o", "pipefail", "-c"]', WGET), lines: [3] },
    { name: 'DS032: shell with pipefail reset by new from', code: ds032(BASH.trim(), WGET, 'FROM alpine:3.5', WGET), lines: [5] },
    { name: 'DS032: shell pipefail reset by new shell', code: ds032(BASH.trim(), WGET, 'SHELL ["/bin/sh", "-c"]', WGET), lines: [5] },
    // KICS: positive2.dockerfile. Its last RUN is exec form: `|` is an argument given to bash's script, not a pipe.
    {
      name: 'kics efbf148a (differs on the exec-form RUN): positive2.dockerfile',
      code: 'from node:12\nrun zsh ./some_output | ./some_script\nrun [ "/bin/bash", "./some_output", "|", "./some_script" ]',
      lines: [2]
    },
    // KICS: negative1/2.dockerfile. KICS only looks at RUNs that name bash, zsh or ash; the pipe into
    // SOME_OTHER_CMD runs in /bin/sh all the same.
    { name: 'kics efbf148a (differs: a pipe run by /bin/sh): negative1.dockerfile', code: KICS_NEGATIVE1, lines: [2] },
    { name: 'kics efbf148a (differs: a pipe run by /bin/sh): negative2.dockerfile (lower case)', code: KICS_NEGATIVE1.replace(/^[A-Z]+/gm, (k) => k.toLowerCase()), lines: [2] },
    // beyond hadolint
    { name: 'bash without pipefail gets a fix', code: 'FROM debian:bookworm-slim\nSHELL ["/bin/bash", "-c"]\nRUN curl -fsSL https://x.io/a.tgz | tar -xz\n', lines: [3], fix: 'set -o pipefail && curl' },
    { name: 'ash without pipefail gets the prefix too', code: 'FROM alpine:3.20\nSHELL ["/bin/ash", "-c"]\nRUN ls | wc -l\n', lines: [3], fix: 'set -o pipefail && ls' },
    { name: 'a bash heredoc script is told to set it first', code: 'FROM debian:bookworm-slim\nSHELL ["/bin/bash", "-c"]\nRUN <<EOF\nls | wc -l\nEOF\n', lines: [4], messages: ['Start the script with `set -o pipefail`'] },
    { name: 'set -o pipefail after the pipe is too late', code: 'FROM alpine:3.20\nRUN ls | wc -l && set -o pipefail\n', lines: [2] },
    { name: 'set +o pipefail turns it off', code: 'FROM alpine:3.20\nRUN set +o pipefail; ls | wc -l\n', lines: [2] },
    { name: 'set -o pipefail inside $(…) does not reach the RUN shell', code: 'FROM alpine:3.20\nRUN echo "$(set -o pipefail)" && ls | wc -l\n', lines: [2] },
    { name: 'a pipe inside $(…)', code: 'FROM alpine:3.20\nRUN V="$(curl -fsSL https://x.io/v.json | jq -r .v)" && echo "$V"\n', lines: [2], messages: ['`curl … | jq`'] },
    { name: 'a pipe in a RUN heredoc', code: 'FROM alpine:3.20\nRUN <<EOF\nset -e\nls | wc -l\nEOF\n', lines: [4] },
    { name: 'line continuation with a comment line', code: 'FROM alpine:3.20\nRUN apk add --no-cache curl \\\n# then count\n  && ls \\\n  | wc -l\n', lines: [4] },
    { name: 'an ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD RUN ls | wc -l\n', lines: [2] },
    { name: '|& is a pipe too', code: 'FROM alpine:3.20\nRUN make |& tee /build.log\n', lines: [2] },
    { name: 'a loop that runs more than echo can fail', code: 'FROM alpine:3.20\nRUN (for u in $URLS; do curl -fsSL "$u"; done) | tar -xz\n', lines: [2] },
    { name: 'echo feeding a command that can fail, into another', code: 'FROM alpine:3.20\nRUN echo "$LIST" | xargs -n1 curl -fsSLO | sha256sum\n', lines: [2] },
    { name: 'a pipe in the body of an if is not its condition', code: 'FROM alpine:3.20\nRUN if [ -d /a ]; then curl -fsSL https://x.io/a.tgz | tar -xz; fi\n', lines: [2], messages: ['`curl … | tar`'] },
    { name: 'a pipe in the body of a while loop', code: 'FROM alpine:3.20\nRUN while read -r u; do curl -fsSL "$u" | tar -xz; done < /urls\n', lines: [2] },
    { name: 'a pipe on the left of || still hides its failure from the fallback', code: 'FROM alpine:3.20\nRUN curl -fsSL https://x.io/a.tgz | tar -xz || exit 1\n', lines: [2] },
    { name: 'one finding per RUN', code: 'FROM alpine:3.20\nRUN ls | wc -l && ls | wc -c\n', lines: [2] }
  ]
})
