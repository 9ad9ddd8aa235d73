import { expect, it } from '@jest/globals'
import { lint } from '../../src/lint.js'
import rule from '../../src/rules/no-plain-http.js'
import { testRule } from '../helpers/test-rule.js'

const from = 'FROM alpine:3.20\n'

// Windows images: RUN runs under cmd by default, or the PowerShell a SHELL names (src/shell/powershell.ts).
const WIN = 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\n'
const PS = WIN + 'SHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]\n'
const PWSH_LINUX = 'FROM mcr.microsoft.com/powershell:7.4-ubuntu-22.04\n'

testRule(rule, {
  valid: [
    { name: 'PowerShell: https, a proxy, a PowerShell variable', code: `${PS}ARG url=http://x.io/a\nRUN iwr https://x.io/a -Proxy http://proxy:3128 -OutFile a; $url = 'https://x.io/b'; Invoke-WebRequest $url -OutFile b\n` },
    { name: 'cmd: a URL held in %VAR% is not known', code: `${WIN}ENV URL=http://x.io/a.zip\nRUN curl -o a.zip %URL% && echo done\n` },
    { name: 'cmd: $URL is text to cmd, not the ARG', code: `${WIN}ARG URL=http://x.io/a.zip\nRUN curl -o a.zip $URL\n` },
    { name: 'PowerShell: $URL given to a native tool is PowerShell\'s variable, not the ARG', code: `${PS}ARG URL=http://x.io/a.zip\nRUN curl.exe -o a.zip $URL\n` },
    { name: 'cmd: http:// inside an echo', code: `${WIN}RUN echo http://x.io/a.zip > url.txt\n` },
    `${from}RUN curl -fsSLo /tmp/a https://example.com/a\n`,
    { name: 'loopback hosts', code: `${from}RUN curl -fsS http://localhost:8080/health && wget -q http://127.0.0.1/x http://[::1]:9000/ http://user@app.localhost/\n` },
    { name: 'a URL only echoed', code: `${from}RUN echo "see http://example.com" > /etc/motd\n` },
    { name: 'a URL in a comment line inside a continuation', code: `${from}RUN apk add --no-cache curl \\\n# curl http://example.com/a\n  && curl -fsSO https://example.com/a\n` },
    { name: 'a proxy and a referer are not downloads', code: `${from}RUN curl -x http://proxy:3128 --referer http://example.com -fsSO https://example.com/a \\\n && curl -sSx http://proxy:3128 -O https://example.com/b \\\n && curl --proxy=http://proxy:3128 -O https://example.com/c\n` },
    { name: 'wget proxy settings', code: `${from}RUN wget -e http_proxy=http://proxy:3128 -e use_proxy=on https://example.com/a\n` },
    { name: 'git config is not a fetch', code: `${from}RUN git config --global url."https://github.com/".insteadOf http://github.com/\n` },
    { name: 'git -c values are not fetched', code: `${from}RUN git -c http.proxy=http://proxy:3128 clone https://github.com/org/repo.git\n` },
    { name: 'ADD with --checksum is verified', code: `${from}ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d http://example.com/a.tar.gz /opt/\n` },
    { name: 'an ARG without default is not guessed at', code: `${from}ARG URL\nRUN curl -fsSO "$URL"\n` },
    { name: 'a variable the RUN sets itself', code: `${from}ARG URL=http://example.com/a\nRUN URL=https://example.com/a && curl -fsSO "$URL"\n` },
    { name: 'a variable the RUN exports', code: `${from}ARG URL=http://example.com/a\nRUN export URL=https://example.com/a; wget -q "$URL"\n` },
    { name: 'package repositories (trusted-package-repositories covers them)', code: `${from}RUN pip install --index-url http://pypi.internal/simple app\n` },
    { name: 'exec form expands no variables', code: `${from}ARG URL=http://example.com/a\nRUN ["curl", "-fsSO", "$URL"]\n` },
    { name: 'a download checked against a pinned checksum (official memcached)', code: `${from}RUN wget -O /tmp/app.tgz "http://example.com/app.tgz" \\\n && echo "$APP_SHA256  /tmp/app.tgz" | sha256sum -c - && tar -xzf /tmp/app.tgz -C /opt\n` },
    { name: 'rpm and dnf over HTTPS', code: `FROM rockylinux:9.3\nRUN rpm --import https://nginx.org/keys/nginx_signing.key && rpm -Uvh https://x.io/remi-release-9.rpm && dnf install -y https://x.io/a.rpm\n` },
    { name: 'an rpm macro value is not fetched', code: `FROM rockylinux:9.3\nRUN rpm -q --define '_url http://example.com' bash\n` },
    { name: 'a repository URL set for dnf (trusted-package-repositories covers it)', code: `FROM rockylinux:9.3\nRUN dnf install -y --setopt=baseurl=http://mirror.example.com nginx\n` },
    { name: 'HEALTHCHECK probes are not downloads', code: `${from}HEALTHCHECK CMD curl -fs http://example.com/ || exit 1\n` }
  ],
  invalid: [
    { name: 'cmd (Windows default shell): curl http://', code: `${WIN}RUN curl -fSLo C:\\x.msi http://x.io/x.msi && msiexec /i C:\\x.msi /quiet\n`, lines: [2] },
    { name: 'cmd: inside an if block', code: `${WIN}RUN if not exist C:\\x.zip (curl.exe -o C:\\x.zip http://x.io/x.zip)\n`, lines: [2] },
    {
      name: 'PowerShell download cmdlets and WebClient',
      code: `${PS}RUN Invoke-WebRequest -Uri http://x.io/a.zip -OutFile a.zip; irm http://x.io/v.json; \\\n  Start-BitsTransfer -Source http://x.io/b.zip -Destination C:\\b.zip; \\\n  (New-Object Net.WebClient).DownloadFile('http://x.io/c.msi', 'c.msi'); curl.exe -fsSLo d.zip http://x.io/d.zip; wget http://x.io/e\n`,
      lines: [3, 3, 4, 5, 5, 5],
      messages: ['`http://x.io/a.zip`', '`http://x.io/v.json`', '`http://x.io/b.zip`', '`http://x.io/c.msi`', '`http://x.io/d.zip`', '`http://x.io/e`'],
      fix: 'https://'
    },
    { name: 'PowerShell exec form', code: `${WIN}RUN ["powershell", "Start-BitsTransfer", "-Source http://x.io/w.zip", "-Destination C:\\\\w\\\\"]\n`, lines: [2] },
    { name: 'pwsh on a Linux image', code: `${PWSH_LINUX}SHELL ["pwsh", "-Command"]\nRUN iwr http://x.io/a -OutFile a\n`, lines: [3] },
    { code: `${from}RUN curl -fsSLo /tmp/a http://example.com/a\n`, lines: [2], messages: ['`http://example.com/a` is fetched over plain HTTP'], fix: 'https://' },
    { name: 'wget with a quoted URL', code: `${from}RUN wget -q -O /tmp/a "http://example.com/a"\n`, lines: [2], fix: 'https://' },
    { name: 'curl --url=', code: `${from}RUN curl -fsS --url=http://example.com/a -o /tmp/a\n`, lines: [2], fix: 'https://' },
    { name: 'a checksum that covers only one of the downloaded files', code: `${from}RUN wget http://example.com/a.tgz http://example.com/b.tgz && echo "$A_SHA256  a.tgz" | sha256sum -c -\n`, lines: [2, 2] },
    { name: 'a checksum list fetched over plain HTTP too', code: `${from}RUN wget -O /tmp/a.tgz http://example.com/a.tgz && wget -O /tmp/a.tgz.sha256 http://example.com/a.tgz.sha256 && sha256sum -c /tmp/a.tgz.sha256\n`, lines: [2], messages: ['`http://example.com/a.tgz.sha256`'] },
    { name: 'git clone', code: `${from}RUN git clone --depth 1 http://github.com/org/repo.git /src\n`, lines: [2] },
    { name: 'git -c before clone', code: `${from}RUN git -c advice.detachedHead=false clone http://github.com/org/repo.git /src\n`, lines: [2] },
    { name: 'ADD', code: `${from}ADD http://example.com/a.tar.gz /opt/\n`, lines: [2], fix: 'https://' },
    { name: 'ADD in JSON form', code: `${from}ADD ["http://example.com/a b.txt", "/opt/"]\n`, lines: [2], fix: 'https://' },
    { name: 'sudo and env wrappers', code: `${from}RUN sudo -E env A=1 curl -fsSO http://example.com/a\n`, lines: [2] },
    { name: "inside sh -c '…'", code: `${from}RUN sh -c 'curl -fsSO http://example.com/a'\n`, lines: [2], fix: 'https://' },
    { name: 'inside $(…)', code: `${from}RUN echo "$(curl -fsS http://example.com/version)" > /v\n`, lines: [2] },
    { name: 'a heredoc script', code: `${from}RUN <<EOF\nset -e\ncurl -fsSO http://example.com/a\nEOF\n`, lines: [4], fix: 'https://' },
    { name: 'an ONBUILD trigger', code: `${from}ONBUILD RUN wget http://example.com/a\n`, lines: [2] },
    { name: 'a continuation with a comment line inside', code: `${from}RUN set -e \\\n# fetch it\n  && curl -fsSO http://example.com/a\n`, lines: [4] },
    { name: 'the URL comes from an ARG default', code: `${from}ARG URL=http://example.com/a\nRUN curl -fsSO "\${URL}"\n`, lines: [3], messages: ['`${URL}` (`http://example.com/a`)'] },
    { name: 'the URL comes from an ENV in ADD', code: `${from}ENV MIRROR=http://mirror.example.com\nADD \${MIRROR}/a.txt /opt/\n`, lines: [3] },
    { name: 'exec-form RUN', code: `${from}RUN ["wget", "-q", "-O", "/tmp/a", "http://example.com/a"]\n`, lines: [2], fix: 'https://' },
    {
      name: 'rpm --import and rpm -Uvh of a URL (CentOS images)',
      code: 'FROM centos:7\nRUN rpm --import http://nginx.org/keys/nginx_signing.key \\\n && rpm -Uvh http://rpms.famillecollet.com/enterprise/remi-release-7.rpm\n',
      lines: [2, 3],
      messages: ['`http://nginx.org/keys/nginx_signing.key` is fetched over plain HTTP', '`http://rpms.famillecollet.com/enterprise/remi-release-7.rpm`'],
      fix: 'https://'
    },
    { name: 'rpm -i of a URL', code: 'FROM centos:7\nRUN rpm -i http://example.com/a.rpm\n', lines: [2] },
    { name: 'yum, dnf and zypper install of a URL', code: 'FROM centos:7\nRUN yum install -y http://example.com/a.rpm && sudo dnf install http://example.com/b.rpm && zypper in http://example.com/c.rpm\n', lines: [2, 2, 2] },
    { name: 'yum localinstall and dnf reinstall of a URL', code: 'FROM centos:7\nRUN yum -y localinstall http://example.com/a.rpm && dnf reinstall -y http://example.com/b.rpm\n', lines: [2, 2] },
    { name: 'a host given by a variable is still plain HTTP', code: `${from}ARG HOST\nRUN curl -fsSO http://$HOST/a\n`, lines: [3] }
  ]
})

it.each([
  ['RUN curl -fsS --url="http://example.com/a" -o /tmp/a', 'RUN curl -fsS --url="https://example.com/a" -o /tmp/a'],
  ["RUN sh -c 'wget -q HTTP://example.com/a'", "RUN sh -c 'wget -q https://example.com/a'"],
  ['ADD ["http://example.com/a b.txt", "/opt/"]', 'ADD ["https://example.com/a b.txt", "/opt/"]'],
  ['RUN ["curl", "-o", "/a", "http://example.com/a"]', 'RUN ["curl", "-o", "/a", "https://example.com/a"]']
])('the fix turns `%s` into `%s`', (line, fixed) => {
  const [finding] = lint({ path: 'Dockerfile', text: `FROM alpine:3.20\n${line}\n` }, { rules: [rule] })
  const fix = finding?.fix
  expect(fix?.line).toBe(2)
  expect(fix?.endLine).toBe(2)
  expect(line.slice(0, fix!.column - 1) + fix!.text + line.slice(fix!.endColumn - 1)).toBe(fixed)
})

it('offers no fix when the URL comes from an ARG (the ARG is what to change)', () => {
  const [finding] = lint({ path: 'Dockerfile', text: 'FROM alpine:3.20\nARG URL=http://example.com/a\nRUN curl -fsSO "$URL"\n' }, { rules: [rule] })
  expect(finding.line).toBe(3)
  expect(finding.fix).toBeUndefined()
})
