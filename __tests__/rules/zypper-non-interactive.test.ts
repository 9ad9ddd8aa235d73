import rule from '../../src/rules/zypper-non-interactive.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM opensuse/leap:15.6\n'

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3034Spec.hs (each also as an ONBUILD trigger)
    { name: 'DL3034: install -n', code: FROM + 'RUN zypper install -n httpd=2.4.24 && zypper clean\n' },
    { name: 'DL3034: install -n (onbuild)', code: FROM + 'ONBUILD RUN zypper install -n httpd=2.4.24 && zypper clean\n' },
    { name: 'DL3034: install --non-interactive', code: FROM + 'RUN zypper install --non-interactive httpd=2.4.24 && zypper clean\n' },
    { name: 'DL3034: install --non-interactive (onbuild)', code: FROM + 'ONBUILD RUN zypper install --non-interactive httpd=2.4.24 && zypper clean\n' },
    { name: 'DL3034: install -y', code: FROM + 'RUN zypper install -y httpd=2.4.24 && zypper clean\n' },
    { name: 'DL3034: install -y (onbuild)', code: FROM + 'ONBUILD RUN zypper install -y httpd=2.4.24 && zypper clean\n' },
    { name: 'DL3034: install --no-confirm', code: FROM + 'RUN zypper install --no-confirm httpd=2.4.24 && zypper clean\n' },
    { name: 'DL3034: install --no-confirm (onbuild)', code: FROM + 'ONBUILD RUN zypper install --no-confirm httpd=2.4.24 && zypper clean\n' },
    // KICS 45e1fca5 (negative3 is negative in lower case)
    { name: 'kics 45e1fca5: negative', code: 'FROM busybox:1.0\nRUN zypper install -y httpd=2.4.46 && zypper clean\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\n' },
    // beyond hadolint
    { name: 'global --non-interactive', code: FROM + 'RUN zypper --non-interactive install httpd\n' },
    { name: 'global -n with other global options', code: FROM + 'RUN zypper -nq --gpg-auto-import-keys install httpd\n' },
    { name: 'answers piped in', code: FROM + 'RUN yes | zypper install httpd\n' },
    { name: 'options in an unknown variable', code: FROM + 'RUN zypper $ZYPPER_OPTS install httpd\n' },
    { name: 'verbs that do not ask', code: FROM + 'RUN zypper refresh && zypper clean --all && zypper addrepo https://example.com/repo x && zypper search httpd\n' }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3034Spec.hs
    {
      name: 'DL3034: zypper install without a non-interactive switch',
      code: FROM + 'RUN zypper install httpd=2.4.24 && zypper clean\n',
      lines: [2],
      messages: ['`zypper install` without `--non-interactive` asks for confirmation'],
      fix: '--non-interactive install'
    },
    { name: 'DL3034: zypper install (onbuild)', code: FROM + 'ONBUILD RUN zypper install httpd=2.4.24 && zypper clean\n', lines: [2] },
    // KICS 45e1fca5 (positive2 is positive1 in lower case)
    { name: 'kics 45e1fca5: positive1', code: 'FROM busybox:1.0\nRUN zypper install httpd && zypper clean\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\n', lines: [2], fix: '--non-interactive install' },
    // KICS passes a stage that only gives files to the final image; that stage is built all the same, so its prompt fails the build
    {
      name: 'kics 45e1fca5: negative2 (differs: the build stage is built)',
      code: 'FROM golang:1.16 AS builder\nWORKDIR /go/src/github.com/alexellis/href-counter/\nRUN go get -d -v golang.org/x/net/html  \nCOPY app.go    ./\nRUN CGO_ENABLED=0 GOOS=linux go build -a -installsuffix cgo -o app .\nRUN zypper install httpd && zypper clean\n\nFROM alpine:latest  \nRUN apk --no-cache add ca-certificates\nWORKDIR /root/\nCOPY --from=builder /go/src/github.com/alexellis/href-counter/app ./\nCMD ["./app"]\nRUN useradd -ms /bin/bash patrick\n\nUSER patrick\n',
      lines: [6]
    },
    // beyond hadolint
    { name: 'the verbs hadolint lists', code: FROM + 'RUN zypper in a && zypper remove b && zypper rm c && zypper source-install d && zypper si e && zypper patch\n', lines: [2, 2, 2, 2, 2, 2] },
    { name: 'update and dist-upgrade ask too', code: FROM + 'RUN zypper update && zypper dup\n', lines: [2, 2], messages: ['`zypper update`', '`zypper dup`'] },
    { name: 'an option value is not the verb', code: FROM + 'RUN zypper --root /mnt install httpd\n', lines: [2], fix: '--non-interactive install' },
    { name: 'sudo', code: FROM + 'RUN sudo zypper install httpd\n', lines: [2] },
    { name: 'inside a heredoc', code: FROM + 'RUN <<EOF\nzypper refresh\nzypper install httpd\nEOF\n', lines: [4] },
    { name: 'exec form', code: FROM + 'RUN ["zypper", "install", "httpd"]\n', lines: [2], fix: '"--non-interactive", "install"' }
  ]
})
