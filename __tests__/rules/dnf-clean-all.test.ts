import rule from '../../src/rules/dnf-clean-all.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM fedora:40\n'

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
