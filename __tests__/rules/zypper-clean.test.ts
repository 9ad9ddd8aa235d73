import rule from '../../src/rules/zypper-clean.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM opensuse/leap:15.6\n'

const HEALTHCHECK = 'HEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\n'

testRule(rule, {
  valid: [
    { name: 'zypper --no-refresh install: the metadata comes from an earlier layer (the postgres opensuse images)', code: 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive --no-refresh install postgresql15-server\n' },
    // hadolint test/Hadolint/Rule/DL3036Spec.hs (each also as an ONBUILD trigger)
    { name: 'DL3036: ok with zypper clean', code: 'RUN zypper install -y mariadb=10.4 && zypper clean\n' },
    { name: 'DL3036: ok with zypper clean (onbuild)', code: 'ONBUILD RUN zypper install -y mariadb=10.4 && zypper clean\n' },
    { name: 'DL3036: ok with zypper cc', code: 'RUN zypper install -y mariadb=10.4 && zypper cc\n' },
    { name: 'DL3036: ok with zypper cc (onbuild)', code: 'ONBUILD RUN zypper install -y mariadb=10.4 && zypper cc\n' },
    // Trivy checks/docker/missing_zypper_clean_test.rego: it takes a removal for a download
    { name: 'DS020: test_multiple_install_allowed', code: 'FROM alpine:3.5\nRUN zypper install bash && zypper clean && zypper remove bash&& zypper cc\n' },
    { name: 'DS020: test_basic_allowed', code: 'FROM alpine:3.5\nRUN zypper install bash && zypper clean\nRUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nCMD ["python", "/usr/src/app/app.py"]\n' },
    { name: 'DS020: test_wrong_order_of_commands_denied (differs: zypper remove downloads nothing)', code: 'FROM alpine:3.5\nRUN zypper cc && zypper remove bash\n' },
    { name: 'DS020: test_multiple_install_denied (differs: zypper remove downloads nothing)', code: 'FROM alpine:3.5\nRUN zypper install bash && zypper clean && zypper remove bash\n' },
    // KICS assets/queries/dockerfile/missing_zypper_clean/test (negative3: negative with `=` for `\>=`, in lower case)
    { name: 'kics 38300d1a: negative', code: 'FROM busybox:1.0\nRUN zypper install -y httpd\\>=2.4 && zypper clean\n' + HEALTHCHECK },
    {
      name: 'kics 38300d1a: negative2 (a build stage the final image copies from)',
      code: 'FROM golang:1.16 AS builder\nWORKDIR /go/src/github.com/foo/href-counter/\nRUN go get -d -v golang.org/x/net/html  \nCOPY app.go    ./\nRUN CGO_ENABLED=0 GOOS=linux go build -a -installsuffix cgo -o app .\nRUN zypper install\n\nFROM alpine:latest  \nRUN apk --no-cache add ca-certificates\nWORKDIR /root/\nCOPY --from=builder /go/src/github.com/foo/href-counter/app ./\nCMD ["./app"]\nRUN useradd -ms /bin/bash patrick\n\nUSER patrick\n'
    },
    { name: 'kics 38300d1a: negative3', code: 'from busybox:1.0\nrun zypper install -y httpd=2.4 && zypper clean\nhealthcheck CMD curl --fail http://localhost:3000 || exit 1\n' },
    // beyond hadolint
    { name: 'zypper clean --all with global options', code: FROM + 'RUN zypper --non-interactive install apache2=2.4.58 && zypper --non-interactive clean --all\n' },
    { name: 'rm of the cache', code: FROM + 'RUN zypper install -y apache2=2.4.58 && rm -rf /var/cache/zypp/*\n' },
    { name: 'a cache mount', code: FROM + 'RUN --mount=type=cache,target=/var/cache/zypp zypper install -y apache2=2.4.58\n' },
    { name: 'zypper remove downloads nothing', code: FROM + 'RUN zypper remove -y apache2\n' },
    { name: 'a build stage the final image only copies from', code: FROM.replace('\n', ' AS build\n') + 'RUN zypper install -y gcc=7\nRUN gcc -o /app app.c\nFROM scratch\nCOPY --from=build /app /app\n' }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3036Spec.hs
    { name: 'DL3036: not ok without zypper clean', code: 'RUN zypper install -y mariadb=10.4\n', lines: [1], messages: ['`zypper install` leaves the repository metadata'] },
    { name: 'DL3036: not ok without zypper clean (onbuild)', code: 'ONBUILD RUN zypper install -y mariadb=10.4\n', lines: [1] },
    // Trivy checks/docker/missing_zypper_clean_test.rego
    { name: 'DS020: test_denied', code: 'FROM busybox:1.0\nRUN zypper install\n' + HEALTHCHECK, lines: [2] },
    { name: 'DS020: test_patch_denied', code: 'FROM busybox:1.0\nRUN zypper patch bash\n' + HEALTHCHECK, lines: [2], messages: ['`zypper patch`'] },
    // KICS assets/queries/dockerfile/missing_zypper_clean/test (positive2 is positive1 in lower case)
    { name: 'kics 38300d1a: positive1', code: 'FROM busybox:1.0\nRUN zypper install\n' + HEALTHCHECK, lines: [2] },
    // beyond hadolint
    { name: 'zypper in', code: FROM + 'RUN zypper -n in apache2=2.4.58\n', lines: [2], messages: ['`zypper in`'] },
    { name: 'zypper update', code: FROM + 'RUN zypper -n update\n', lines: [2] },
    { name: 'zypper patch', code: FROM + 'RUN zypper -n patch\n', lines: [2] },
    { name: 'clean before the install', code: FROM + 'RUN zypper clean -a && zypper install -y apache2=2.4.58\n', lines: [2] },
    { name: 'clean in a later RUN', code: FROM + 'RUN zypper install -y apache2=2.4.58\nRUN zypper clean -a\n', lines: [2] },
    { name: 'inside sh -c', code: FROM + `RUN sh -c 'zypper install -y apache2=2.4.58'\n`, lines: [2] }
  ]
})
