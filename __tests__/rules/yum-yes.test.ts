import rule from '../../src/rules/yum-yes.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM centos:7\n'

// KICS assets/queries/dockerfile/yum_install_allows_manual_input/test
const KICS =
  'FROM alpine:3.5\nRUN apk add --update py2-pip\nRUN sudo yum install bundler\nCOPY requirements.txt /usr/src/app/\nRUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nCOPY app.py /usr/src/app/\nCOPY templates/index.html /usr/src/app/templates/\nEXPOSE 5000\nCMD ["python", "/usr/src/app/app.py"]'

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3030Spec.hs (each also as an ONBUILD trigger)
    { name: 'DL3030: yum install -y', code: FROM + 'RUN yum install -y httpd-2.4.24 && yum clean all\n' },
    { name: 'DL3030: yum install -y (onbuild)', code: FROM + 'ONBUILD RUN yum install -y httpd-2.4.24 && yum clean all\n' },
    { name: 'DL3030: not even a yum command', code: FROM + 'RUN bash -c `# not even a yum command`\n' },
    { name: 'DL3030: not even a yum command (onbuild)', code: FROM + 'ONBUILD RUN bash -c `# not even a yum command`\n' },
    // KICS 6e19193a (negative1 and negative2 are negative in lower case, without its last line)
    { name: 'kics 6e19193a: negative', code: KICS.replace('yum install', 'yum install -y') + ' \nRUN ["pwsh.exe", "-NoLogo", "-Command", "vcpkg integrate install"]\n' },
    { name: 'kics 6e19193a: negative2', code: KICS.replace('yum install', 'yum install -y').replace(/^[A-Z]+ /gm, (k) => k.toLowerCase()) + ' ' },
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
    // KICS 6e19193a (positive2 is positive in lower case)
    { name: 'kics 6e19193a: positive', code: KICS + ' ', lines: [3], fix: 'install -y' },
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
