import rule from '../../src/rules/yum-clean-all.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM centos:7.9.2009\n'

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3032Spec.hs (each also as an ONBUILD trigger)
    { name: 'DL3032: ok with yum clean all', code: 'RUN yum install -y mariadb-10.4 && yum clean all\n' },
    { name: 'DL3032: ok with yum clean all (onbuild)', code: 'ONBUILD RUN yum install -y mariadb-10.4 && yum clean all\n' },
    { name: 'DL3032: not even a yum command', code: 'RUN bash -c `# not even a yum command`\n' },
    { name: 'DL3032: not even a yum command (onbuild)', code: 'ONBUILD RUN bash -c `# not even a yum command`\n' },
    { name: 'DL3032: ok with rm -rf /var/cache/yum/*', code: 'RUN yum install -y mariadb-10.4 && rm -rf /var/cache/yum/*\n' },
    { name: 'DL3032: ok with rm -rf /var/cache/yum/* (onbuild)', code: 'ONBUILD RUN yum install -y mariadb-10.4 && rm -rf /var/cache/yum/*\n' },
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
