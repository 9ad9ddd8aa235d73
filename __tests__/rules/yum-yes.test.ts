import rule from '../../src/rules/yum-yes.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM centos:7\n'

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3030Spec.hs (each also as an ONBUILD trigger)
    { name: 'DL3030: yum install -y', code: FROM + 'RUN yum install -y httpd-2.4.24 && yum clean all\n' },
    { name: 'DL3030: yum install -y (onbuild)', code: FROM + 'ONBUILD RUN yum install -y httpd-2.4.24 && yum clean all\n' },
    { name: 'DL3030: not even a yum command', code: FROM + 'RUN bash -c `# not even a yum command`\n' },
    { name: 'DL3030: not even a yum command (onbuild)', code: FROM + 'ONBUILD RUN bash -c `# not even a yum command`\n' },
    // beyond hadolint
    { name: '--assumeyes', code: FROM + 'RUN yum --assumeyes install httpd\n' },
    { name: 'clustered -qy', code: FROM + 'RUN yum install -qy httpd\n' },
    { name: 'flag after the packages', code: FROM + 'RUN yum install httpd -y\n' },
    { name: 'assumeyes through --setopt', code: FROM + 'RUN yum --setopt=assumeyes=1 install httpd\n' },
    { name: 'assumeyes written to yum.conf earlier', code: FROM + 'RUN echo "assumeyes=1" >> /etc/yum.conf\nRUN yum install httpd\n' },
    { name: 'answers piped in', code: FROM + 'RUN yes | yum install httpd\n' },
    { name: 'options in an unknown variable', code: FROM + 'RUN yum install $YUM_OPTS httpd\n' },
    { name: 'verbs that do not ask', code: FROM + 'RUN yum makecache && yum clean all && yum list installed && yum group list\n' },
    { name: 'dnf is another rule', code: FROM + 'RUN dnf install httpd\n' }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3030Spec.hs
    {
      name: 'DL3030: yum install without -y',
      code: FROM + 'RUN yum install httpd-2.4.24 && yum clean all\n',
      lines: [2],
      messages: ['`yum install` without `-y` asks for confirmation'],
      fix: 'install -y'
    },
    { name: 'DL3030: yum install without -y (onbuild)', code: FROM + 'ONBUILD RUN yum install httpd-2.4.24 && yum clean all\n', lines: [2] },
    // beyond hadolint
    { name: 'groupinstall and localinstall', code: FROM + 'RUN yum groupinstall "Development Tools" && yum localinstall /tmp/x.rpm\n', lines: [2, 2] },
    { name: 'yum group install', code: FROM + 'RUN yum group install "Development Tools"\n', lines: [2], messages: ['`yum group install -y …`'], fix: 'install -y' },
    { name: 'update and remove ask too', code: FROM + 'RUN yum update && yum remove httpd && yum erase vim\n', lines: [2, 2, 2] },
    { name: 'an option value is not the verb', code: FROM + 'RUN yum --enablerepo epel install httpd\n', lines: [2] },
    { name: 'sudo', code: FROM + 'RUN sudo yum install httpd\n', lines: [2] },
    { name: 'inside a heredoc', code: FROM + 'RUN <<EOF\nyum install httpd\nyum clean all\nEOF\n', lines: [3] },
    { name: 'exec form', code: FROM + 'RUN ["yum", "install", "httpd"]\n', lines: [2], fix: '"install", "-y"' },
    { name: 'assumeyes set to 0', code: FROM + 'RUN yum --setopt=assumeyes=0 install httpd\n', lines: [2] }
  ]
})
