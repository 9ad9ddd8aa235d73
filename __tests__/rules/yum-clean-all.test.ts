import rule from '../../src/rules/yum-clean-all.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM centos:7.9.2009\n'

// KICS assets/queries/dockerfile/yum_clean_all_missing/test
const KICS_PYTHON = 'COPY requirements.txt /usr/src/app/\nRUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nCOPY app.py /usr/src/app/\nCOPY templates/index.html /usr/src/app/templates/\nEXPOSE 5000\nCMD ["python", "/usr/src/app/app.py"]'
const KICS_NEGATIVE = 'FROM alpine:3.5\nRUN apk add --update py2-pip\nRUN yum install \\\n    yum clean all\n' + KICS_PYTHON + '\n'

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3032Spec.hs (each also as an ONBUILD trigger)
    { name: 'DL3032: ok with yum clean all', code: 'RUN yum install -y mariadb-10.4 && yum clean all\n' },
    { name: 'DL3032: ok with yum clean all (onbuild)', code: 'ONBUILD RUN yum install -y mariadb-10.4 && yum clean all\n' },
    { name: 'DL3032: not even a yum command', code: 'RUN bash -c `# not even a yum command`\n' },
    { name: 'DL3032: not even a yum command (onbuild)', code: 'ONBUILD RUN bash -c `# not even a yum command`\n' },
    { name: 'DL3032: ok with rm -rf /var/cache/yum/*', code: 'RUN yum install -y mariadb-10.4 && rm -rf /var/cache/yum/*\n' },
    { name: 'DL3032: ok with rm -rf /var/cache/yum/* (onbuild)', code: 'ONBUILD RUN yum install -y mariadb-10.4 && rm -rf /var/cache/yum/*\n' },
    // Trivy checks/docker/yum_clean_all_missing_test.rego
    {
      name: 'DS015: test_basic_allowed',
      code: 'FROM alpine:3.5\nRUN yum install && yum clean all\nRUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nCMD ["python", "/usr/src/app/app.py"]\nFROM alpine:3.4\nRUN yum -y install && yum clean all\n'
    },
    { name: 'DS015: test_multiple_install_allowed', code: 'FROM alpine:3.5\nRUN yum -y install bash && yum clean all && yum -y install zsh && yum clean all\n' },
    { name: 'DS015: test_allow_clean_with_flags', code: 'FROM alpine:3.5\nRUN if [ "$TBB" == "default" ]; then  yum -y install tbb tbb-devel && yum clean -y all; fi\n' },
    { name: 'DS015: test_allow_only_clean', code: 'FROM alpine:3.5\nRUN yum clean all\n' },
    {
      name: 'DS015: test_basic_denied (differs: the install is in a stage the final image does not use)',
      code: 'FROM alpine:3.5\nRUN yum install vim\nRUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nCMD ["python", "/usr/src/app/app.py"]\nFROM alpine:3.4\nRUN yum -y install vim && yum clean all\n'
    },
    // KICS 00481784
    {
      name: 'kics 00481784: negative2',
      code: 'FROM golang:1.16 AS builder\nWORKDIR /go/src/github.com/alexellis/href-counter/\nRUN go get -d -v golang.org/x/net/html  \nCOPY app.go    ./\nRUN CGO_ENABLED=0 GOOS=linux go build -a -installsuffix cgo -o app .\nRUN yum clean all \\\n    yum -y install\n\nFROM alpine:latest  \nRUN apk --no-cache add ca-certificates\nWORKDIR /root/\nCOPY --from=builder /go/src/github.com/alexellis/href-counter/app ./\nCMD ["./app"]\nRUN useradd -ms /bin/bash patrick\n\nUSER patrick\n'
    },
    // beyond hadolint
    { name: 'clean after the last of several installs', code: FROM + 'RUN yum install -y epel-release-7 && yum install -y jq-1.6 && yum clean all\n' },
    { name: 'a cache mount', code: FROM + 'RUN --mount=type=cache,target=/var/cache/yum yum install -y httpd-2.4.6\n' },
    { name: 'a cache mount on /var/cache/dnf (yum is dnf from RHEL 8 on)', code: 'FROM rockylinux:9.3\nRUN --mount=type=cache,target=/var/cache/dnf yum install -y httpd-2.4.57\n' },
    { name: 'yum remove downloads nothing', code: FROM + 'RUN yum remove -y httpd\n' },
    { name: 'a build stage the final image only copies from', code: FROM.replace('\n', ' AS build\n') + 'RUN yum install -y gcc-4.8.5\nRUN gcc -o /app app.c\nFROM scratch\nCOPY --from=build /app /app\n' },
    { name: 'dnf is another rule\'s', code: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62\n' }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3032Spec.hs
    { name: 'DL3032: not ok with no clean all', code: 'RUN yum install -y mariadb-10.4\n', lines: [1], messages: ['`yum install` leaves the repository metadata'] },
    { name: 'DL3032: not ok with no clean all (onbuild)', code: 'ONBUILD RUN yum install -y mariadb-10.4\n', lines: [1] },
    // Trivy checks/docker/yum_clean_all_missing_test.rego
    { name: 'DS015: test_wrong_order_of_commands_denied', code: 'FROM alpine:3.5\nRUN yum clean all && yum -y install\n', lines: [2] },
    { name: 'DS015: test_multiple_install_denied', code: 'FROM alpine:3.5\nRUN yum -y install bash && yum clean all && yum -y install zsh\n', lines: [2] },
    { name: 'DS015: test_denied_clean_not_all', code: 'FROM alpine:3.5\nRUN yum -y install bash && yum clean metadata\n', lines: [2] },
    { name: 'DS015: test_basic_denied, its first stage alone', code: 'FROM alpine:3.5\nRUN yum install vim\nRUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nCMD ["python", "/usr/src/app/app.py"]\n', lines: [2] },
    // KICS 00481784: without `&&`, `yum install \\ yum clean all` is one install of the packages yum, clean and all
    { name: 'kics 00481784: positive', code: 'FROM alpine:3.5\nRUN apk add --update py2-pip\nRUN yum install\n' + KICS_PYTHON + ' ', lines: [3] },
    { name: 'kics 00481784: negative (differs: one install, no clean)', code: KICS_NEGATIVE, lines: [3] },
    {
      name: 'kics 00481784: negative3 (differs, as negative; its first stage is not used)',
      code: KICS_NEGATIVE.replace(/^(FROM|RUN|COPY|EXPOSE|CMD) /gm, (k) => k.toLowerCase()) + '\nfrom alpine:3.4\nrun yum -y install \\\n    yum clean all\n',
      lines: [13]
    },
    // beyond hadolint
    { name: 'clean before the install', code: FROM + 'RUN yum clean all && yum install -y httpd-2.4.6\n', lines: [2] },
    { name: 'clean before the last install, reported once', code: FROM + 'RUN yum install -y httpd-2.4.6 && yum clean all && \\\n    yum install -y jq-1.6\n', lines: [3] },
    { name: 'clean of the packages only', code: FROM + 'RUN yum install -y httpd-2.4.6 && yum clean packages\n', lines: [2] },
    { name: 'clean in a later RUN', code: FROM + 'RUN yum install -y httpd-2.4.6\nRUN yum clean all\n', lines: [2] },
    { name: 'an rm of another directory', code: FROM + 'RUN yum install -y httpd-2.4.6 && rm -rf /tmp/*\n', lines: [2] },
    { name: 'yum update', code: FROM + 'RUN yum -y update\n', lines: [2], messages: ['`yum update`'] },
    { name: 'yum groupinstall', code: FROM + 'RUN yum groupinstall -y "Development Tools"\n', lines: [2] },
    { name: 'a cache mount elsewhere', code: FROM + 'RUN --mount=type=cache,target=/var/cache/foo yum install -y httpd-2.4.6\n', lines: [2] },
    { name: 'inside sh -c', code: FROM + `RUN sh -c 'yum install -y httpd-2.4.6'\n`, lines: [2] },
    { name: 'exec form', code: FROM + 'RUN ["yum", "install", "-y", "httpd-2.4.6"]\n', lines: [2] }
  ]
})
