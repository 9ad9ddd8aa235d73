import rule from '../../src/rules/dnf-yes.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM fedora:40\n'

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3038Spec.hs (each also as an ONBUILD trigger)
    { name: 'DL3038: dnf install -y', code: FROM + 'RUN dnf install -y httpd-2.4.24 && dnf clean all\n' },
    { name: 'DL3038: dnf install -y (onbuild)', code: FROM + 'ONBUILD RUN dnf install -y httpd-2.4.24 && dnf clean all\n' },
    { name: 'DL3038: notdnf', code: FROM + 'RUN notdnf install httpd\n' },
    { name: 'DL3038: notdnf (onbuild)', code: FROM + 'ONBUILD RUN notdnf install httpd\n' },
    // beyond hadolint
    { name: 'microdnf never asks', code: 'FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4\nRUN microdnf install httpd && microdnf clean all\n' },
    { name: '--assumeyes', code: FROM + 'RUN dnf --assumeyes install httpd\n' },
    { name: 'flag after the packages', code: FROM + 'RUN dnf install httpd -y\n' },
    { name: 'assumeyes through --setopt', code: FROM + 'RUN dnf install --setopt assumeyes=True httpd\n' },
    { name: 'assumeyes written to dnf.conf earlier', code: FROM + "RUN echo 'assumeyes=True' >> /etc/dnf/dnf.conf\nRUN dnf install httpd\n" },
    { name: 'answers piped in', code: FROM + 'RUN yes | dnf install httpd\n' },
    { name: 'options in an unknown variable', code: FROM + 'RUN dnf ${DNF_OPTS} install httpd\n' },
    { name: 'verbs that do not ask', code: FROM + 'RUN dnf makecache && dnf clean all && dnf module list && dnf repoquery httpd\n' },
    { name: 'yum is another rule', code: FROM + 'RUN yum install httpd\n' }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3038Spec.hs
    {
      name: 'DL3038: dnf install without -y',
      code: FROM + 'RUN dnf install httpd-2.4.24 && dnf clean all\n',
      lines: [2],
      messages: ['`dnf install` without `-y` asks for confirmation'],
      fix: 'install -y'
    },
    { name: 'DL3038: dnf install without -y (onbuild)', code: FROM + 'ONBUILD RUN dnf install httpd-2.4.24 && dnf clean all\n', lines: [2] },
    // beyond hadolint
    { name: 'groupinstall, localinstall and group install', code: FROM + 'RUN dnf groupinstall "C Development Tools" && dnf localinstall /tmp/x.rpm && dnf group install x\n', lines: [2, 2, 2] },
    { name: 'dnf module install', code: FROM + 'RUN dnf module install nodejs:20\n', lines: [2], messages: ['`dnf module install`'], fix: 'install -y' },
    { name: 'upgrade and remove ask too', code: FROM + 'RUN dnf upgrade && dnf remove vim-minimal && dnf autoremove\n', lines: [2, 2, 2] },
    { name: 'dnf5 and tdnf', code: FROM + 'RUN dnf5 install httpd && tdnf install httpd\n', lines: [2, 2], messages: ['`dnf5 install`', '`tdnf install`'] },
    { name: 'in sh -c', code: FROM + `RUN sh -c "dnf install httpd"\n`, lines: [2], fix: 'install -y' },
    { name: 'exec form', code: FROM + 'RUN ["dnf", "install", "httpd"]\n', lines: [2], fix: '"install", "-y"' },
    { name: 'line continuation', code: FROM + 'RUN dnf install \\\n  httpd \\\n  && dnf clean all\n', lines: [2] }
  ]
})
