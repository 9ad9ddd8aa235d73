import rule from '../../src/rules/trusted-package-repositories.js'
import { testRule } from '../helpers/test-rule.js'

const run = (body: string, image = 'debian:bookworm-slim') => `FROM ${image}\nRUN ${body}\n`

testRule(rule, {
  valid: [
    run('echo "deb [signed-by=/etc/apt/keyrings/acme.asc] https://apt.example.com stable main" > /etc/apt/sources.list.d/acme.list'),
    { name: 'apt over http is signed (Debian images use it)', code: run('echo "deb http://deb.debian.org/debian bookworm-backports main" > /etc/apt/sources.list.d/backports.list') },
    { name: 'apk over http is signed', code: run('apk add --no-cache --repository http://dl-cdn.alpinelinux.org/alpine/edge/testing hello', 'alpine:3.20') },
    { name: 'repo_gpgcheck=0 with gpgcheck=1', code: 'FROM fedora:40\nRUN printf "[acme]\\nbaseurl=https://repo.example.com\\ngpgcheck=1\\nrepo_gpgcheck=0\\n" > /etc/yum.repos.d/acme.repo\n' },
    run('pip install --no-cache-dir --index-url https://pypi.example.com/simple app==1.0', 'python:3.12-slim'),
    { name: 'a local index on loopback', code: run('pip install --index-url http://localhost:3141/root/pypi/+simple/ app', 'python:3.12-slim') },
    { name: 'an index URL that cannot be known', code: 'FROM python:3.12-slim\nARG INDEX\nRUN pip install --index-url http://$INDEX/simple app\n' },
    { name: 'uv picks the first index that has a package, so an extra index is not confusion', code: run('uv pip install --extra-index-url https://download.pytorch.org/whl/cpu torch', 'python:3.12-slim') },
    run('npm config set registry https://registry.example.com/ && npm ci', 'node:22-slim'),
    'FROM python:3.12-slim\nENV PIP_INDEX_URL=https://pypi.example.com/simple\nARG PIP_EXTRA_INDEX_URL\n',
    run('apt-key list && apt-get update'),
    run('apt-get update --allow-releaseinfo-change'),
    {
      name: 'a local file: repository built in the same RUN (official nginx)',
      code: run('tempDir="$(mktemp -d)" && (cd "$tempDir" && apt-get download hello && dpkg-scanpackages . > Packages) && echo "deb [ trusted=yes ] file://$tempDir ./" > /etc/apt/sources.list.d/temp.list && apt-get update && apt-get install -y --no-install-recommends hello && rm -rf "$tempDir" /etc/apt/sources.list.d/temp.list')
    }
  ],
  invalid: [
    { code: run('echo "deb [trusted=yes] https://apt.example.com stable main" > /etc/apt/sources.list.d/acme.list'), lines: [2], messages: ['`deb [trusted=yes] https://apt.example.com stable main` written to `/etc/apt/sources.list.d/acme.list` makes apt accept'] },
    { code: run('echo "deb [arch=amd64 trusted=yes] http://apt.example.com stable main" | tee /etc/apt/sources.list.d/acme.list'), lines: [2] },
    { name: 'trusted=yes on a remote repository with spaces in the brackets', code: run('echo "deb [ trusted=yes ] https://apt.example.com/file:/ ./" > /etc/apt/sources.list.d/temp.list'), lines: [2] },
    { name: 'deb822 sources in a heredoc', code: 'FROM debian:bookworm-slim\nRUN cat > /etc/apt/sources.list.d/acme.sources <<EOF\nTypes: deb\nURIs: https://apt.example.com\nSuites: stable\nTrusted: yes\nEOF\n', lines: [6] },
    { code: run('apt-get update --allow-insecure-repositories'), lines: [2], messages: ['lets apt use repositories whose index is not signed'] },
    { code: run('apt-get -o Acquire::AllowInsecureRepositories=true update'), lines: [2] },
    { code: run(`echo 'Acquire::AllowInsecureRepositories "true";' > /etc/apt/apt.conf.d/99insecure`), lines: [2] },
    { code: run('curl -fsSL https://apt.example.com/key.asc | apt-key add -'), lines: [2], messages: ['`apt-key add` makes apt trust the key for every repository'] },
    { code: run('apt-key adv --keyserver keyserver.ubuntu.com --recv-keys 0xABCDEF'), lines: [2], messages: ['`apt-key adv`'] },
    { code: run('wget -qO- https://apt.example.com/key.asc | sudo apt-key add -'), lines: [2] },
    { name: 'gpgcheck=0 in a written .repo file', code: 'FROM fedora:40\nRUN printf "[acme]\\nbaseurl=https://repo.example.com\\ngpgcheck=0\\n" > /etc/yum.repos.d/acme.repo\n', lines: [2], messages: ['`gpgcheck=0` written to `/etc/yum.repos.d/acme.repo`'] },
    { name: 'COPY heredoc .repo file', code: 'FROM fedora:40\nCOPY <<EOF /etc/yum.repos.d/acme.repo\n[acme]\nbaseurl=https://repo.example.com\ngpgcheck = 0\nEOF\n', lines: [5] },
    { code: run('pip install --index-url http://pypi.example.com/simple app', 'python:3.12-slim'), lines: [2], messages: ['`pip --index-url http://pypi.example.com/simple` downloads packages over plain HTTP'] },
    { code: run('pip install -i http://pypi.example.com/simple app', 'python:3.12-slim'), lines: [2] },
    { code: run('pip install --extra-index-url https://pypi.example.com/simple app', 'python:3.12-slim'), lines: [2], messages: ['dependency confusion'] },
    { name: 'one finding for an extra index over http', code: run('python3 -m pip install --extra-index-url=http://pypi.example.com/simple app', 'python:3.12-slim'), lines: [2], messages: ['plain HTTP'] },
    { code: run('pip config set global.extra-index-url https://pypi.example.com/simple', 'python:3.12-slim'), lines: [2] },
    { code: 'FROM python:3.12-slim\nENV PIP_EXTRA_INDEX_URL=https://pypi.example.com/simple\n', lines: [2] },
    { code: 'FROM python:3.12-slim\nARG PIP_INDEX_URL=http://pypi.example.com/simple\n', lines: [2] },
    { name: 'pip.conf written in a heredoc', code: 'FROM python:3.12-slim\nRUN cat > /etc/pip.conf <<EOF\n[global]\n\nextra-index-url = https://pypi.example.com/simple\nEOF\n', lines: [5] },
    { code: run('npm config set registry http://registry.example.com/', 'node:22-slim'), lines: [2], messages: ['`npm config set registry http://registry.example.com/`'] },
    { code: run('yarn config set @acme:registry http://registry.example.com/', 'node:22-slim'), lines: [2] },
    { code: run('npm install --registry http://registry.example.com/ left-pad', 'node:22-slim'), lines: [2] },
    { code: 'FROM node:22-slim\nENV NPM_CONFIG_REGISTRY=http://registry.example.com/\n', lines: [2] },
    { code: run('echo "registry=http://registry.example.com/" > /root/.npmrc', 'node:22-slim'), lines: [2] },
    { name: 'heredoc RUN', code: 'FROM debian:bookworm-slim\nRUN <<EOF\nset -e\ncurl -fsSL https://apt.example.com/key.asc | apt-key add -\nEOF\n', lines: [4] },
    { name: 'ONBUILD trigger', code: 'FROM python:3.12-slim\nONBUILD RUN pip install --extra-index-url https://pypi.example.com/simple app\n', lines: [2] },
    { name: 'exec-form RUN', code: 'FROM python:3.12-slim\nRUN ["pip", "install", "--extra-index-url", "https://pypi.example.com/simple", "app"]\n', lines: [2] },
    { name: 'sh -c string', code: run(`sh -c 'echo "deb [trusted=yes] https://apt.example.com stable main" > /etc/apt/sources.list.d/acme.list'`), lines: [2] }
  ]
})
