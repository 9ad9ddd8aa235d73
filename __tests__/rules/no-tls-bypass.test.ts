import { describe, expect, it } from '@jest/globals'
import { lint } from '../../src/lint.js'
import rule from '../../src/rules/no-tls-bypass.js'
import { testRule } from '../helpers/test-rule.js'

const run = (body: string) => `FROM alpine:3.20\nRUN ${body}\n`

// Windows images: RUN runs under cmd by default, or the PowerShell a SHELL names (src/shell/powershell.ts).
const WIN = 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\n'
const PS = WIN + 'SHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]\n'
const PWSH_LINUX = 'FROM mcr.microsoft.com/powershell:7.4-ubuntu-22.04\n'

testRule(rule, {
  valid: [
    { name: 'PowerShell: certificates checked', code: PS + "RUN iwr https://x.io/a -OutFile a; [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12; curl.exe -fsSLo b https://x.io/b\n" },
    { name: 'PowerShell: a callback that checks', code: PS + 'RUN [System.Net.ServicePointManager]::ServerCertificateValidationCallback = { param($s, $c) $c.Subject -eq "CN=x" }\n' },
    { name: 'cmd: -k inside a quoted echo', code: WIN + 'RUN echo "curl -k" > notes.txt\n' },
    { name: 'a Linux stage does not read cmd', code: 'FROM debian:12\nRUN echo "a & curl -k https://x.io/a"\n' },
    run('curl -fsSL -o /tmp/tool.tgz https://example.com/tool.tgz'),
    { name: '`k` inside the value of curl -o', code: run('curl -sSo/tmp/package.tgz https://example.com/p.tgz') },
    { name: 'a curl header that mentions -k', code: run('curl -H "X-Flags: -k" https://example.com') },
    { name: 'curl -k as text for echo', code: run('echo "never use curl -k"') },
    run('wget --progress=dot:giga https://example.com/x'),
    run('pip install --no-cache-dir --index-url https://pypi.example.com/simple app==1.0'),
    'FROM alpine:3.20\nENV PYTHONHTTPSVERIFY=1 NODE_TLS_REJECT_UNAUTHORIZED=1\n',
    { name: 'an ARG without a default is not set', code: 'FROM alpine:3.20\nARG PIP_TRUSTED_HOST\nARG GIT_SSL_NO_VERIFY\n' },
    { name: 'a value that cannot be known', code: 'FROM alpine:3.20\nARG TLS\nENV NODE_TLS_REJECT_UNAUTHORIZED=$TLS\n' },
    run('npm config set strict-ssl true'),
    run('git config --global http.sslVerify true && git config --get http.sslVerify'),
    run('git clone -c core.autocrlf=false https://example.com/repo.git'),
    run('helm repo add acme https://charts.example.com --insecure-skip-tls-verify=false'),
    run('dnf --setopt=install_weak_deps=False install -y nginx'),
    'FROM golang:1.23\nENV GONOSUMDB=github.com/acme/* GOPRIVATE=github.com/acme GOSUMDB=sum.golang.org\n',
    'FROM alpine:3.20\nENV SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt REQUESTS_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt\n',
    run('echo "sslverify=1" >> /etc/yum.conf'),
    run("printf 'insecure\\n' > /tmp/notes.txt"),
    run('conda install -y -c conda-forge numpy'),
    { name: 'flags of the program go run or conda run starts', code: run('go run ./cmd/server -insecure && conda run -n app python serve.py -k') },
    { name: 'a comment line inside a continuation is not run', code: 'FROM alpine:3.20\nRUN echo start \\\n# curl -k https://example.com\n && echo done\n' }
  ],
  invalid: [
    { name: 'cmd (Windows default shell): curl.exe -k', code: WIN + 'RUN curl.exe -k -o C:\\a.zip https://x.io/a.zip && tar -xf C:\\a.zip\n', lines: [2] },
    { name: 'cmd: curl --insecure after &', code: WIN + 'RUN echo start & C:\\Windows\\System32\\curl.exe --insecure https://x.io/a -o a\n', lines: [2] },
    { name: 'PowerShell: -SkipCertificateCheck', code: PS + 'RUN Invoke-WebRequest -SkipCertificateCheck https://x.io/a -OutFile a\n', lines: [3], messages: ['`invoke-webrequest -skipcertificatecheck`'] },
    { name: 'PowerShell: a callback that accepts every certificate', code: PS + 'RUN [System.Net.ServicePointManager]::ServerCertificateValidationCallback = { $true }; iwr https://x.io/a -OutFile a\n', lines: [3], messages: ['accepts every certificate'] },
    { name: 'PowerShell: curl.exe -k and --insecure', code: PS + 'RUN curl.exe -k -o a https://x.io/a; curl.exe --insecure -o b https://x.io/b\n', lines: [3, 3] },
    { name: 'pwsh -c on a Linux image', code: PWSH_LINUX + 'RUN pwsh -c "irm -SkipCertificateCheck https://x.io/a"\n', lines: [2] },
    { code: run('curl -k https://example.com/x'), lines: [2], messages: ['`curl -k` disables TLS certificate verification'], fix: '' },
    { code: run('curl --insecure https://example.com/x'), lines: [2], messages: ['`curl --insecure`'] },
    { name: '-k in a cluster', code: run('curl -sSLk https://example.com/x'), lines: [2], messages: ['`-k` in `curl -sSLk`'], fix: '-sSL' },
    { name: '-k first in a cluster', code: run('curl -kfsSL https://example.com/x | tar xz'), lines: [2], fix: '-fsSL' },
    { code: run('sudo curl -k https://example.com/x'), lines: [2] },
    { code: run("sh -c 'curl --insecure https://example.com/x'"), lines: [2] },
    { name: 'heredoc RUN', code: 'FROM alpine:3.20\nRUN <<EOF\nset -e\ncurl -k https://example.com/x\nEOF\n', lines: [4] },
    { name: 'ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD RUN curl -k https://example.com/x\n', lines: [2] },
    { name: 'exec-form RUN', code: 'FROM alpine:3.20\nRUN ["curl", "-k", "https://example.com/x"]\n', lines: [2], messages: ['`curl -k`'] },
    { name: 'continuation with a comment line', code: 'FROM alpine:3.20\nRUN curl \\\n# fetch it\n    --insecure \\\n    https://example.com/x\n', lines: [4] },
    { name: 'in a later stage', code: 'FROM alpine:3.20 AS fetch\nRUN wget --no-check-certificate https://example.com/x\nFROM alpine:3.20\n', lines: [2], messages: ['`wget --no-check-certificate`'] },
    { code: run('wget -e check_certificate=off https://example.com/x'), lines: [2] },
    { code: run('pip install --trusted-host pypi.example.com app'), lines: [2], messages: ['`pip --trusted-host pypi.example.com` makes pip accept'] },
    { code: run('pip3 install --trusted-host=pypi.example.com app'), lines: [2] },
    { code: run('python3 -m pip install --trusted-host pypi.example.com app'), lines: [2] },
    { code: run('pip config set global.trusted-host pypi.example.com'), lines: [2] },
    { code: 'FROM python:3.12-slim\nENV PIP_TRUSTED_HOST=pypi.example.com\n', lines: [2], messages: ['`ENV PIP_TRUSTED_HOST=pypi.example.com`'] },
    { code: 'FROM python:3.12-slim\nARG PIP_TRUSTED_HOST=pypi.example.com\n', lines: [2] },
    { code: run('export PIP_TRUSTED_HOST=pypi.example.com && pip install app'), lines: [2], messages: ['`export PIP_TRUSTED_HOST'] },
    { code: run('PIP_TRUSTED_HOST=pypi.example.com pip install app'), lines: [2] },
    { code: run('env PIP_TRUSTED_HOST=pypi.example.com pip install app'), lines: [2] },
    { code: 'FROM python:3.12-slim\nENV PYTHONHTTPSVERIFY=0\n', lines: [2] },
    { name: 'legacy ENV form', code: 'FROM node:22-slim\nENV NODE_TLS_REJECT_UNAUTHORIZED 0\n', lines: [2] },
    { name: 'resolved from an ARG', code: 'FROM node:22-slim\nARG VERIFY=0\nENV NODE_TLS_REJECT_UNAUTHORIZED=${VERIFY}\n', lines: [3] },
    { code: run('NODE_TLS_REJECT_UNAUTHORIZED=0 npm ci'), lines: [2] },
    { code: run('npm config set strict-ssl false'), lines: [2], messages: ['`npm config set strict-ssl false`'] },
    { code: run('npm config set strict-ssl=false && npm ci'), lines: [2] },
    { code: run('yarn config set strict-ssl false -g'), lines: [2] },
    { code: run('npm install --strict-ssl=false'), lines: [2] },
    { code: run('npm config set cafile /dev/null'), lines: [2] },
    { code: 'FROM node:22-slim\nENV NPM_CONFIG_STRICT_SSL=false\nENV npm_config_strict_ssl=false\n', lines: [2, 3] },
    { code: 'FROM alpine:3.20\nENV GIT_SSL_NO_VERIFY=true\n', lines: [2] },
    { name: 'GIT_SSL_NO_VERIFY set to anything, even empty (git only asks whether it is set)', code: 'FROM alpine:3.20\nENV GIT_SSL_NO_VERIFY=""\n', lines: [2] },
    { code: run('GIT_SSL_NO_VERIFY=1 git clone https://example.com/repo.git'), lines: [2] },
    { code: run('git config --global http.sslVerify false'), lines: [2], messages: ['`git config http.sslVerify false`'] },
    { code: run('git config --global http.https://git.example.com/.sslverify false'), lines: [2] },
    { code: run('git -c http.sslVerify=false clone https://example.com/repo.git'), lines: [2], messages: ['`git -c http.sslVerify=false`'] },
    { code: run('dnf config-manager --setopt=sslverify=0 --save'), lines: [2] },
    { code: run('yum-config-manager --setopt=myrepo.sslverify=false --save'), lines: [2] },
    { code: run('yum --setopt=sslverify=no install -y nginx'), lines: [2] },
    { code: run('conda config --set ssl_verify false'), lines: [2] },
    { code: run('conda install -k -y numpy'), lines: [2] },
    { code: run('composer config -g secure-http false'), lines: [2], messages: ['lets Composer download packages over plain HTTP'] },
    { code: run('composer config --global disable-tls true'), lines: [2] },
    { code: 'FROM golang:1.23\nENV GOINSECURE=example.com\nENV GOFLAGS="-mod=mod -insecure"\nENV GOSUMDB=off\nENV GONOSUMDB=*\n', lines: [2, 3, 4, 5] },
    { code: run('go env -w GOSUMDB=off'), lines: [2], messages: ['`go env -w GOSUMDB=off`'] },
    { code: run('go get -insecure example.com/mod'), lines: [2] },
    { code: 'FROM python:3.12-slim\nENV REQUESTS_CA_BUNDLE="" CURL_CA_BUNDLE=\n', lines: [2, 2] },
    { code: 'FROM alpine:3.20\nENV SSL_CERT_FILE=/dev/null\n', lines: [2] },
    { code: run('apt-get -o Acquire::https::Verify-Peer=false update'), lines: [2] },
    { code: run(`echo 'Acquire::https::Verify-Peer "false";' > /etc/apt/apt.conf.d/99insecure`), lines: [2], messages: ['written to `/etc/apt/apt.conf.d/99insecure`'] },
    { code: run('echo "sslverify=0" >> /etc/yum.conf'), lines: [2] },
    { code: run("printf '[main]\\nsslverify=False\\n' | tee /etc/dnf/dnf.conf"), lines: [2], messages: ['`sslverify=False` written to `/etc/dnf/dnf.conf`'] },
    { name: 'heredoc written into a .repo file', code: 'FROM fedora:40\nRUN cat > /etc/yum.repos.d/acme.repo <<EOF\n[acme]\nbaseurl=https://repo.example.com\nsslverify=0\nEOF\n', lines: [5] },
    { name: 'COPY heredoc', code: 'FROM fedora:40\nCOPY <<EOF /etc/dnf/dnf.conf\n[main]\nsslverify=false\nEOF\n', lines: [4] },
    { code: run('echo insecure >> ~/.curlrc'), lines: [2] },
    { name: 'echo in sudo sh -c', code: run(`sudo sh -c 'echo "sslverify=0" >> /etc/yum.conf'`), lines: [2], messages: ['written to `/etc/yum.conf`'] },
    { name: 'a redirect on the wrapper', code: run('sudo echo "Acquire::https::Verify-Host false;" > /etc/apt/apt.conf.d/99host'), lines: [2], messages: ['written to `/etc/apt/apt.conf.d/99host`'] },
    { name: 'echo piped into sudo tee', code: run('echo "strict-ssl=false" | sudo tee -a /root/.npmrc'), lines: [2], messages: ['written to `/root/.npmrc`'] },
    { code: run('helm repo add acme https://charts.example.com --insecure-skip-tls-verify'), lines: [2] },
    { code: run('skopeo copy --src-tls-verify=false docker://a docker://b'), lines: [2] },
    { code: run('bundle config set --global ssl_verify_mode 0'), lines: [2] }
  ]
})

describe('no-tls-bypass fixes', () => {
  const fixed = (text: string) => {
    const [finding] = lint({ path: 'Dockerfile', text }, { rules: [rule] })
    const lines = text.split('\n')
    const f = finding.fix!
    expect(f.line).toBe(f.endLine)
    const line = lines[f.line - 1]
    lines[f.line - 1] = line.slice(0, f.column - 1) + f.text + line.slice(f.endColumn - 1)
    return lines.join('\n')
  }
  it.each([
    ['RUN curl -k https://example.com/x', 'RUN curl https://example.com/x'],
    ['RUN curl -fsSL https://example.com/x --insecure', 'RUN curl -fsSL https://example.com/x'],
    ['RUN curl -sSLk https://example.com/x', 'RUN curl -sSL https://example.com/x'],
    ['RUN wget --no-check-certificate -O /tmp/x https://example.com/x', 'RUN wget -O /tmp/x https://example.com/x']
  ])('%s', (before, after) => {
    expect(fixed(`FROM alpine:3.20\n${before}\n`)).toBe(`FROM alpine:3.20\n${after}\n`)
  })
  it('offers no fix for exec form, where removing a JSON element is not a text edit of one word', () => {
    const [finding] = lint({ path: 'Dockerfile', text: 'FROM alpine:3.20\nRUN ["curl", "-k", "https://example.com"]\n' }, { rules: [rule] })
    expect(finding.fix).toBeUndefined()
  })
})
