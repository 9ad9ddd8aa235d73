import rule from '../../src/rules/dnf-clean-all.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM fedora:40\n'

// Trivy's DS019 and DS027 tests run the same commands with dnf and with microdnf.
const DOCKER_CE = "set -uex &&     dnf config-manager --add-repo https://download.docker.com/linux/fedora/docker-ce.repo &&     sed -i 's/\\$releasever/26/g' /etc/yum.repos.d/docker-ce.repo &&     dnf install -vy docker-ce"
const HEALTHCHECK = 'HEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\n'
// KICS assets/queries/dockerfile/missing_dnf_clean_all/test (positive1, negative1: the same with a final newline; positive2, negative3: in lower case)
const KICS_POSITIVE =
  "FROM fedora:27\nRUN set -uex && \\\n    dnf config-manager --add-repo https://download.docker.com/linux/fedora/docker-ce.repo && \\\n    sed -i 's/\\$releasever/26/g' /etc/yum.repos.d/docker-ce.repo && \\\n    dnf install -vy docker-ce\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1"
const KICS_NEGATIVE = KICS_POSITIVE.replace('dnf install -vy docker-ce', 'dnf install -vy docker-ce && \\\n    dnf clean all')
const lower = (file: string) => file.replace(/^(FROM|RUN|HEALTHCHECK) /gm, (keyword) => keyword.toLowerCase())

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3040Spec.hs (each also as an ONBUILD trigger)
    { name: 'DL3040: ok with dnf clean all', code: 'RUN dnf install -y mariadb-10.4 && dnf clean all\n' },
    { name: 'DL3040: ok with dnf clean all (onbuild)', code: 'ONBUILD RUN dnf install -y mariadb-10.4 && dnf clean all\n' },
    { name: 'DL3040: ok with microdnf clean all', code: 'RUN microdnf install -y mariadb-10.4 && microdnf clean all\n' },
    { name: 'DL3040: ok with microdnf clean all (onbuild)', code: 'ONBUILD RUN microdnf install -y mariadb-10.4 && microdnf clean all\n' },
    { name: 'DL3040: notdnf', code: 'RUN notdnf install mariadb\n' },
    { name: 'DL3040: notdnf (onbuild)', code: 'ONBUILD RUN notdnf install mariadb\n' },
    { name: 'DL3040: ok with rm /var/cache/yum (dnf)', code: 'RUN dnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*\n' },
    { name: 'DL3040: ok with rm /var/cache/yum (microdnf)', code: 'RUN microdnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*\n' },
    { name: 'DL3040: ok with rm /var/cache/yum (dnf, onbuild)', code: 'ONBUILD RUN dnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*\n' },
    { name: 'DL3040: ok with rm /var/cache/yum (microdnf, onbuild)', code: 'ONBUILD RUN microdnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*\n' },
    // Trivy checks/docker/missing_dnf_clean_all_test.rego and missing_microdnf_clean_all_test.rego
    { name: 'DS019: test_allowed', code: 'FROM fedora:27\nRUN ' + DOCKER_CE + ' &&     dnf clean all\n' + HEALTHCHECK },
    { name: 'DS019: test_multiple_install_allowed', code: 'FROM alpine:3.5\nRUN dnf install bash && dnf clean all && dnf install zsh && dnf clean all\n' },
    { name: 'DS027: test_allowed', code: 'FROM ubi8:8.7\nRUN set -uex &&      microdnf install -vy docker-ce &&     microdnf clean all\n' + HEALTHCHECK },
    { name: 'DS027: test_multiple_install_allowed', code: 'FROM alpine:3.5\nRUN microdnf install bash && microdnf clean all && microdnf install zsh && microdnf clean all\n' },
    // KICS 295acb63
    { name: 'kics 295acb63: negative', code: KICS_NEGATIVE },
    { name: 'kics 295acb63: negative1', code: KICS_NEGATIVE + '\n' },
    {
      name: 'kics 295acb63: negative2 (the install is in a build stage the final image copies from)',
      code: "FROM golang:1.16 AS builder\nWORKDIR /go/src/github.com/foo/href-counter/\nRUN go get -d -v golang.org/x/net/html  \nCOPY app.go    ./\nRUN CGO_ENABLED=0 GOOS=linux go build -a -installsuffix cgo -o app .\nRUN set -uex && \\\n    dnf config-manager --add-repo https://download.docker.com/linux/fedora/docker-ce.repo && \\\n    sed -i 's/\\$releasever/26/g' /etc/yum.repos.d/docker-ce.repo && \\\n    dnf install -vy docker-ce\n\nFROM alpine:latest  \nRUN apk --no-cache add ca-certificates\nWORKDIR /root/\nCOPY --from=builder /go/src/github.com/foo/href-counter/app ./\nCMD [\"./app\"]\nRUN useradd -ms /bin/bash patrick\n\nUSER patrick\n"
    },
    { name: 'kics 295acb63: negative3', code: lower(KICS_NEGATIVE) + '\n' },
    // beyond hadolint
    { name: 'rm of the dnf cache', code: FROM + 'RUN dnf install -y httpd-2.4.62 && rm -rf /var/cache/dnf\n' },
    { name: 'a cache mount', code: FROM + 'RUN --mount=type=cache,target=/var/cache/dnf dnf install -y httpd-2.4.62\n' },
    { name: 'a cache mount on /var/cache/libdnf5', code: FROM + 'RUN --mount=type=cache,target=/var/cache/libdnf5 dnf5 install -y httpd-2.4.62\n' },
    { name: 'a tmpfs mount on /var/cache', code: FROM + 'RUN --mount=type=tmpfs,target=/var/cache dnf install -y httpd-2.4.62\n' },
    { name: 'tdnf', code: 'FROM photon:5.0\nRUN tdnf install -y httpd-2.4.62 && tdnf clean all\n' },
    { name: 'dnf group install', code: FROM + 'RUN dnf group install -y "Development Tools" && dnf clean all\n' },
    { name: 'a build stage the final image only copies from', code: FROM.replace('\n', ' AS build\n') + 'RUN dnf install -y gcc-14.2.1\nRUN gcc -o /app app.c\nFROM scratch\nCOPY --from=build /app /app\n' },
    { name: 'yum is another rule\'s', code: 'FROM centos:7.9.2009\nRUN yum install -y httpd-2.4.6\n' }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3040Spec.hs
    { name: 'DL3040: no ok without dnf clean all', code: 'RUN dnf install -y mariadb-10.4\n', lines: [1], messages: ['`dnf install` leaves the repository metadata it downloads in /var/cache, and no `dnf clean all` follows'] },
    { name: 'DL3040: no ok without microdnf clean all', code: 'RUN microdnf install -y mariadb-10.4\n', lines: [1], messages: ['`microdnf clean all`'] },
    { name: 'DL3040: no ok without dnf clean all (onbuild)', code: 'ONBUILD RUN dnf install -y mariadb-10.4\n', lines: [1] },
    { name: 'DL3040: dnf install and microdnf clean all (onbuild)', code: 'ONBUILD RUN dnf install -y mariadb-10.4 && microdnf clean all\n', lines: [1] },
    { name: 'DL3040: no ok without microdnf clean all (onbuild)', code: 'ONBUILD RUN microdnf install -y mariadb-10.4\n', lines: [1] },
    // Trivy checks/docker/missing_dnf_clean_all_test.rego and missing_microdnf_clean_all_test.rego
    { name: 'DS019: test_denied', code: 'FROM fedora:27\nRUN ' + DOCKER_CE + '\n' + HEALTHCHECK, lines: [2] },
    { name: 'DS019: test_wrong_order_of_commands_denied', code: 'FROM alpine:3.5\nRUN dnf clean all && dnf install -vy docker-ce\n', lines: [2] },
    { name: 'DS019: test_multiple_install_denied', code: 'FROM alpine:3.5\nRUN dnf install bash && dnf clean all && dnf install zsh\n', lines: [2] },
    { name: 'DS027: test_denied', code: 'FROM ubi8:8.7\nRUN set -uex &&     microdnf install -vy docker-ce\n' + HEALTHCHECK, lines: [2], messages: ['`microdnf clean all`'] },
    { name: 'DS027: test_wrong_order_of_commands_denied', code: 'FROM alpine:3.5\nRUN microdnf clean all && microdnf install -vy docker-ce\n', lines: [2] },
    { name: 'DS027: test_multiple_install_denied', code: 'FROM alpine:3.5\nRUN microdnf install bash && microdnf clean all && microdnf install zsh\n', lines: [2] },
    // KICS 295acb63
    { name: 'kics 295acb63: positive', code: KICS_POSITIVE, lines: [5] },
    { name: 'kics 295acb63: positive1', code: KICS_POSITIVE + '\n', lines: [5] },
    { name: 'kics 295acb63: positive2', code: lower(KICS_POSITIVE) + '\n', lines: [5] },
    // beyond hadolint
    { name: 'dnf install and microdnf clean all', code: FROM + 'RUN dnf install -y mariadb-10.4 && microdnf clean all\n', lines: [2] },
    { name: 'clean before the install', code: FROM + 'RUN dnf clean all && dnf install -y httpd-2.4.62\n', lines: [2] },
    { name: 'clean of the metadata only', code: FROM + 'RUN dnf install -y httpd-2.4.62 && dnf clean metadata\n', lines: [2] },
    { name: 'dnf upgrade', code: FROM + 'RUN dnf upgrade -y --refresh\n', lines: [2], messages: ['`dnf upgrade`'] },
    { name: 'dnf5', code: FROM + 'RUN dnf5 install -y httpd-2.4.62\n', lines: [2], messages: ['`dnf5 clean all`'] },
    { name: 'tdnf', code: 'FROM photon:5.0\nRUN tdnf install -y httpd-2.4.62 && rm -rf /var/cache/dnf\n', lines: [2] },
    { name: 'dnf module install', code: FROM + 'RUN dnf module install -y nodejs:20\n', lines: [2] },
    { name: 'the final stage built FROM another', code: FROM.replace('\n', ' AS base\n') + 'RUN dnf install -y httpd-2.4.62\nFROM base\nRUN echo ok\n', lines: [2] },
    { name: 'heredoc', code: FROM + 'RUN <<EOF\ndnf install -y httpd-2.4.62\nEOF\n', lines: [3] }
  ]
})
