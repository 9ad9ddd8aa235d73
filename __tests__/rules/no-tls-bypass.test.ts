import { describe, expect, it } from '@jest/globals'
import { lint } from '../../src/lint.js'
import rule from '../../src/rules/no-tls-bypass.js'
import { testRule } from '../helpers/test-rule.js'

const run = (body: string) => `FROM alpine:3.20\nRUN ${body}\n`

// Windows images: RUN runs under cmd by default, or the PowerShell a SHELL names (src/shell/powershell.ts).
const WIN = 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\n'
const PS = WIN + 'SHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]\n'
const PWSH_LINUX = 'FROM mcr.microsoft.com/powershell:7.4-ubuntu-22.04\n'

/** The lines (1-based) of `code` that `pattern` matches. */
const linesWith = (code: string, pattern: RegExp) => code.split('\n').flatMap((line, i) => (pattern.test(line) ? [i + 1] : []))

// Checkov's test resources (tests/dockerfile/graph_builder/checks/resources/<check>/{fail,pass}/), one
// case per file. The RUN files of its environment-variable checks (CKV2_DOCKER_5, 6, 12, 14, 18) share
// one layout, filled in with the variable's spellings (one per group of lines), a value and a command.
function envRuns(from: string, names: string[], value: string, cmd: string) {
  const [bare, dq, sq] = [value, `"${value}"`, `'${value}'`]
  const groups = (rows: ((n: string) => string)[][]) => rows.flatMap((group, i) => group.map((row) => row(names[i % names.length])))
  const each = (rows: ((n: string) => string)[]) => names.flatMap((n) => rows.map((row) => row(n)))
  const file = (lines: string[], blank = '\n') => `FROM ${from}\n${blank}${lines.join('\n')}\n`
  return {
    basic: file(
      [
        ...each([(n) => `RUN ${n}=${bare} ${cmd}`, (n) => `RUN ${n}=${dq} ${cmd}`, (n) => `RUN ${n}=${sq} ${cmd}`]),
        ...each([(n) => `RUN ${n}=${bare} TEST="lol" ${cmd}`, (n) => `RUN ${n}=${dq} TEST='lol' ${cmd}`, (n) => `RUN ${n}=${sq} TEST=lol ${cmd}`]),
        ...each([(n) => `RUN LOL=123 ${n}=${bare} ${cmd}`, (n) => `RUN LOL="123" ${n}=${dq} ${cmd}`, (n) => `RUN LOL='123' ${n}=${sq} ${cmd}`]),
        ...each([(n) => `RUN TEST_123="456" ${n}=${bare} TEST="lol" ${cmd}`, (n) => `RUN TEST_123='456' ${n}=${dq} TEST='lol' ${cmd}`, (n) => `RUN TEST_123=456 ${n}=${sq} TEST="lol" ${cmd}`]),
        ...each([
          (n) => String.raw`RUN TEST_123="456" \
    ${n}=${bare} \
    TEST="lol" \
    ${cmd}`,
          (n) => String.raw`RUN TEST_123='456' \
    ${n}=${dq} \
    TEST='lol'\
     ${cmd}`,
          (n) => String.raw`RUN \
     TEST_123=456\
     ${n}=${sq} \
     TEST="lol" \
     ${cmd}`
        ])
      ]
    ),
    quotes: file(
      groups([
        [(n) => String.raw`RUN ${n}=${bare} TEST="lol\"" ${cmd}`, (n) => String.raw`RUN ${n}=${dq} TEST='lol\'' ${cmd}`],
        [(n) => String.raw`RUN LOL="123\"" ${n}=${dq} ${cmd}`, (n) => String.raw`RUN LOL='123\'' ${n}=${sq} ${cmd}`]
      ])
    ),
    shell: file(
      groups([
        [(n) => `RUN ABC=123 echo test; ${n}=${bare} ${cmd} ;DEF=456 echo lol;`, (n) => `RUN ABC=123 echo test;${n}=${bare} ${cmd};DEF=456 echo lol;`, (n) => `RUN ABC=123 echo test ;${n}=${bare} ${cmd}; DEF=456 echo lol;`],
        [(n) => `RUN ABC=123 echo test&& ${n}=${bare} ${cmd} &&DEF=456 echo lol;`, (n) => `RUN ABC=123 echo test&&${n}=${bare} ${cmd}&&DEF=456 echo lol;`, (n) => `RUN ABC=123 echo test &&${n}=${bare} ${cmd}&& DEF=456 echo lol;`],
        [(n) => `RUN ABC=123 echo test|| ${n}=${bare} ${cmd} ||DEF=456 echo lol;`, (n) => `RUN ABC=123 echo test||${n}=${bare} ${cmd}||DEF=456 echo lol;`, (n) => `RUN ABC=123 echo test ||${n}=${bare} ${cmd}|| DEF=456 echo lol;`],
        [(n) => `RUN ABC=123 echo test| ${n}=${bare} ${cmd} |DEF=456 echo lol;`, (n) => `RUN ABC=123 echo test|${n}=${bare} ${cmd}|DEF=456 echo lol;`, (n) => `RUN ABC=123 echo test |${n}=${bare} ${cmd}| DEF=456 echo lol;`],
        [(n) => `RUN ABC=123      echo test;       ${n}=${bare}         ${cmd} ;     DEF=456          echo lol;`, (n) => `RUN ABC=123      echo test ;       ${n}=${bare}         ${cmd};     DEF=456          echo lol;`]
      ])
    ),
    whitespace: file(
      groups([
        [(n) => `RUN TEST_123="456"        ${n}=${bare}  ${cmd}`, (n) => `RUN TEST_123='456'        ${n}=${dq}  ${cmd}`, (n) => `RUN TEST_123=456        ${n}=${sq}  ${cmd}`],
        [(n) => `RUN TEST_123="456"        ${n}=${bare}      TEST="lol"    ${cmd}`, (n) => `RUN TEST_123='456'        ${n}=${dq}    TEST="lol"    ${cmd}`, (n) => `RUN TEST_123=456          ${n}=${sq}    TEST="lol"    ${cmd}`],
        [(n) => `RUN ${n}=${bare}      TEST="lol"    ${cmd}`, (n) => `RUN ${n}=${dq}    TEST="lol"    ${cmd}`, (n) => `RUN ${n}=${sq}    TEST="lol"    ${cmd}`]
      ]),
      ''
    )
  }
}

// In each Dockerfile.run.quotes, the last line never closes its quotes, which leaves its variable
// unset (the shell rejects the line); the line before it sets the variable before the broken quote.
const envCases = (id: string, name: RegExp, runs: ReturnType<typeof envRuns>) =>
  Object.entries(runs).map(([file, code]) => {
    const lines = linesWith(code, name)
    return file === 'quotes'
      ? { name: `${id} (differs): fail/Dockerfile.run.quotes, whose last line's quotes never close`, code, lines: lines.slice(0, -1) }
      : { name: `${id}: fail/Dockerfile.run.${file}`, code, lines }
  })

const PIP_RUN = String.raw`FROM python:3
RUN export PIP_TRUSTED_HOST=pypi.python.org && pip install checkov
RUN export PIP_TRUSTED_HOST="pypi.python.org" && pip install checkov
RUN export PIP_TRUSTED_HOST='pypi.python.org' && pip install checkov

RUN PIP_TRUSTED_HOST=pypi.python.org pip install checkov
RUN PIP_TRUSTED_HOST="pypi.python.org" pip install checkov
RUN PIP_TRUSTED_HOST='pypi.python.org' pip install checkov

RUN PIP_TRUSTED_HOST=pypi.python.org CHECKOV=AWESOME pip install checkov
RUN PIP_TRUSTED_HOST="pypi.python.org" CHECKOV="AWESOME" pip install checkov
RUN PIP_TRUSTED_HOST='pypi.python.org' CHECKOV='AWESOME' pip install checkov

RUN CHECKOV=AWESOME PIP_TRUSTED_HOST=pypi.python.org pip install checkov
RUN CHECKOV="AWESOME" PIP_TRUSTED_HOST="pypi.python.org" pip install checkov
RUN CHECKOV='AWESOME' PIP_TRUSTED_HOST='pypi.python.org' pip install checkov

RUN TEST_123="456" PIP_TRUSTED_HOST=pypi.python.org geordi="la forge" pip install checkov
RUN TEST_123='456' PIP_TRUSTED_HOST="pypi.python.org" geordi='la forge' pip install checkov
RUN TEST_123=456 PIP_TRUSTED_HOST='pypi.python.org' geordi="la forge" pip install checkov

RUN TEST_123="456" \
    PIP_TRUSTED_HOST=pypi.python.org \
    EXAMPLE="VAR" \
    pip install checkov
RUN TEST_123='456' \
    PIP_TRUSTED_HOST="pypi.python.org" \
    EXAMPLE='VAR' \
    pip install checkov
RUN \
    TEST_123=456\
    PIP_TRUSTED_HOST='pypi.python.org' \
    EXAMPLE="VAR" \
    pip install checkov
`

// `ARG NAME value` (no `=`) declares two build args without values (BuildKit splits ARG words at `=`
// only): Checkov flags it, this rule does not. The basic files' last lines are such ARGs.
const checkov = {
  valid: [
    {
      name: 'CKV2_DOCKER_2: pass/Dockerfile',
      code: String.raw`FROM alpine:3.5
RUN curl https://example.com
RUN curl --fake https://example.com
RUN curl -lol https://example.com
RUN curl https://example.com | grep -k lol
RUN curl https://example.com; grep /etc/passwd -k lol
RUN curl https://example.com &&\
    grep /etc/passwd -k lol
RUN curl https://example.com ||\
    grep /etc/passwd -k lol
`
    },
    {
      name: 'CKV2_DOCKER_3: pass/Dockerfile',
      code: String.raw`FROM alpine:3.5
RUN wget https://example.com
RUN wget --no-progress -o file https://example.com
RUN wget -lol https://example.com
RUN wget https://example.com | grep "--no-check-certificate" /etc/passwd
RUN wget https://example.com; grep "--no-check-certificate" /etc/passwd
RUN wget https://example.com &&\
    echo "--no-check-certificate"
RUN wget https://example.com ||\
    grep "--no-check-certificate" /etc/passwd
`
    },
    {
      name: 'CKV2_DOCKER_4: pass/Dockerfile',
      code: String.raw`FROM alpine:3.5
RUN pip install checkov
RUN pip3 install checkov
RUN pip install checkov | grep "--trusted-host"
RUN pip3 install checkov; grep "--trusted-host"
RUN pip install checkov &&\
    echo "--trusted-host"
RUN pip3 install checkov ||\
    grep "--trusted-host" /etc/passwd
`
    },
    {
      name: 'CKV2_DOCKER_5: pass/Dockerfile',
      code: String.raw`FROM alpine:3.5
ENV PYTHONHTTPSVERIFY=1
ENV PYTHONHTTPSVERIFY 1
ENV PYTHONHTTPSVERIFY 666
ARG PYTHONHTTPSVERIFY=1
ARG PYTHONHTTPSVERIFY 1
ARG PYTHONHTTPSVERIFY 666
ENV LOL=666 ASDFPYTHONHTTPSVERIFY=0
ENV ASDFPYTHONHTTPSVERIFY=0 LOL=666
ENV LOL=666 \
    ASDFPYTHONHTTPSVERIFY=0
ENV LOL=666 PYTHONHTTPSVERIFY=1
ENV PYTHONHTTPSVERIFY      1
ARG PYTHONHTTPSVERIFYLOL=0

RUN python example.py
RUN PYTHONHTTPSVERIFY=1 python example.py
RUN PYTHONHTTPSVERIFY="1" python example.py
RUN PYTHONHTTPSVERIFY='1' python example.py
RUN PYTHONHTTPSVERIFY="0\"" python example.py
RUN PYTHONHTTPSVERIFY='0\'' python example.py
RUN LOL=123 \
    ASDFPYTHONHTTPSVERIFY=0 python example.py
RUN LOL=123 PYTHONHTTPSVERIFY=1 python example.py
RUN PYTHONHTTPSVERIFYLOL=0 python example.py
`
    },
    {
      name: 'CKV2_DOCKER_6: pass/Dockerfile',
      code: String.raw`FROM alpine:3.5
ENV NODE_TLS_REJECT_UNAUTHORIZED=1
ENV NODE_TLS_REJECT_UNAUTHORIZED 1
ENV NODE_TLS_REJECT_UNAUTHORIZED 666
ARG NODE_TLS_REJECT_UNAUTHORIZED=1
ARG NODE_TLS_REJECT_UNAUTHORIZED 1
ARG NODE_TLS_REJECT_UNAUTHORIZED 666
ENV LOL=666 ASDFNODE_TLS_REJECT_UNAUTHORIZED=0
ENV ASDFNODE_TLS_REJECT_UNAUTHORIZED=0 LOL=666
ENV LOL=666 \
    ASDFNODE_TLS_REJECT_UNAUTHORIZED=0
ENV LOL=666 NODE_TLS_REJECT_UNAUTHORIZED=1
ENV NODE_TLS_REJECT_UNAUTHORIZED      1
ARG NODE_TLS_REJECT_UNAUTHORIZEDLOL=0

RUN python example.py
RUN NODE_TLS_REJECT_UNAUTHORIZED=1 python example.py
RUN NODE_TLS_REJECT_UNAUTHORIZED="1" python example.py
RUN NODE_TLS_REJECT_UNAUTHORIZED='1' python example.py
RUN NODE_TLS_REJECT_UNAUTHORIZED="0\"" python example.py
RUN NODE_TLS_REJECT_UNAUTHORIZED='0\'' python example.py
RUN LOL=123 \
    ASDFNODE_TLS_REJECT_UNAUTHORIZED=0 python example.py
RUN LOL=123 NODE_TLS_REJECT_UNAUTHORIZED=1 python example.py
RUN NODE_TLS_REJECT_UNAUTHORIZEDLOL=0 python example.py
`
    },
    {
      name: 'CKV2_DOCKER_12: pass/Dockerfile',
      code: String.raw`FROM node:18
ENV NPM_CONFIG_STRICT_SSL=true
ENV NPM_CONFIG_STRICT_SSL true
ENV NPM_CONFIG_STRICT_SSL Nyota_Uhura
ARG NPM_CONFIG_STRICT_SSL=true
ARG NPM_CONFIG_STRICT_SSL true
ARG NPM_CONFIG_STRICT_SSL James_Tiberius_Kirk
ENV LOL=123 ASDFNPM_CONFIG_STRICT_SSL=false
ENV ASDFNPM_CONFIG_STRICT_SSL=false LOL=321
ENV LOL=123 \
    ASDFNPM_CONFIG_STRICT_SSL="false"
ENV LOL=321 NPM_CONFIG_STRICT_SSL=true
ENV NPM_CONFIG_STRICT_SSL      "true"
ARG NPM_CONFIG_STRICT_SSLLOL=false

ENV npm_config_strict_ssl=true
ENV npm_config_strict_ssl true
ENV npm_config_strict_ssl Nyota_Uhura
ARG npm_config_strict_ssl=true
ARG npm_config_strict_ssl true
ARG npm_config_strict_ssl James_Tiberius_Kirk
ENV LOL=123 asdfnpm_config_strict_ssl=false
ENV asdfnpm_config_strict_ssl=false LOL=321
ENV LOL=123 \
    asdfnpm_config_strict_ssl="false"
ENV LOL=321 npm_config_strict_ssl=true
ENV npm_config_strict_ssl      "true"
ARG npm_config_strict_ssllol=false

RUN npm install
RUN NPM_CONFIG_STRICT_SSL=true npm install
RUN NPM_CONFIG_STRICT_SSL="true" npm install
RUN NPM_CONFIG_STRICT_SSL='true' npm install
RUN NPM_CONFIG_STRICT_SSL="false\"" npm install
RUN NPM_CONFIG_STRICT_SSL='false\'' npm install
RUN LOL=Spok \
    ASDFNPM_CONFIG_STRICT_SSL="false" npm install
RUN LOL=123 NPM_CONFIG_STRICT_SSL=true npm install
RUN NPM_CONFIG_STRICT_SSLLOL=false npm install

RUN npm_config_strict_ssl=true npm install
RUN npm_config_strict_ssl="true" npm install
RUN npm_config_strict_ssl='true' npm install
RUN npm_config_strict_ssl="false\"" npm install
RUN npm_config_strict_ssl='false\'' npm install
RUN LOL=Spok \
    asdfnpm_config_strict_ssl="false" npm install
RUN LOL=123 npm_config_strict_ssl=true npm install
RUN npm_config_strict_ssllol=false npm install
`
    },
    {
      name: 'CKV2_DOCKER_13: pass/Dockerfile',
      code: String.raw`FROM node:18
RUN npm config set strict-ssl=true
RUN yarn config set "strict-ssl"=true
RUN npm config set 'strict-ssl'=true

RUN npm config set strict-ssl true
RUN yarn config set "strict-ssl" true
RUN npm config set 'strict-ssl' true

RUN yarn      config     set      strict-ssl     true
RUN npm      config     set     "strict-ssl"    true
RUN yarn      config     set     'strict-ssl'    true

RUN npm set strict-ssl true
RUN yarn set "strict-ssl" true
RUN npm set 'strict-ssl' true

RUN yarn      set      strict-ssl     true
RUN npm      set     "strict-ssl"    true
RUN yarn      set     'strict-ssl'    true

RUN npm config set audit false
RUN yarn config set audit false

RUN npm set audit false
RUN yarn set audit false

RUN npm config set strict-ssl true || false
RUN yarn config set strict-ssl true || false

RUN npm config get strict-ssl || false
RUN yarn config get strict-ssl || false

RUN npm install strict-ssl false
RUN yarn install strict-ssl false

RUN true && npm install strict-ssl true || false
RUN echo false | yarn install strict-ssl true > out.txt

RUN npm  \
    set   \
    strict-ssl  \
    true && gcc -Wpedantic less.c
`
    },
    {
      name: 'CKV2_DOCKER_14: pass/Dockerfile',
      code: String.raw`FROM alpine:3.5
ENV ASDFGIT_SSL_NO_VERIFY=1
ENV ASDFGIT_SSL_NO_VERIFY 1
ENV ASDFGIT_SSL_NO_VERIFY Meteora
ARG GIT_SSL_NO_VERIFYASDF=1
ARG GIT_SSL_NO_VERIFYASDF 1
ARG GIT_SSL_NO_VERIFYASDF Meteora
ENV LP=Meteora ASDFGIT_SSL_NO_VERIFY=0
ENV ASDFGIT_SSL_NO_VERIFY=0 LP=Meteora
ENV LP=Meteora \
    ASDFGIT_SSL_NO_VERIFY=0
ENV LP=Meteora GIT_SSL_NO_VERIFYASDF=1

RUN unset GIT_SSL_NO_VERIFY
RUN git clone https://github.com/bridgecrewio/checkov.git awesome
RUN ASDFGIT_SSL_NO_VERIFY=1 git clone https://github.com/bridgecrewio/checkov.git awesome
RUN ASDFGIT_SSL_NO_VERIFY="1" git clone https://github.com/bridgecrewio/checkov.git awesome
RUN ASDFGIT_SSL_NO_VERIFY='1' git clone https://github.com/bridgecrewio/checkov.git awesome
RUN ASDFGIT_SSL_NO_VERIFY="0\"" git clone https://github.com/bridgecrewio/checkov.git awesome
RUN ASDFGIT_SSL_NO_VERIFY='0\'' git clone https://github.com/bridgecrewio/checkov.git awesome
RUN LP=Meteora \
    ASDFGIT_SSL_NO_VERIFY=0 git clone https://github.com/bridgecrewio/checkov.git awesome
RUN LP=Meteora GIT_SSL_NO_VERIFYASDF=1 git clone https://github.com/bridgecrewio/checkov.git awesome
RUN GIT_SSL_NO_VERIFYASDF=0 git clone https://github.com/bridgecrewio/checkov.git awesome
`
    },
    {
      name: 'CKV2_DOCKER_15: pass/Dockerfile',
      code: String.raw`FROM fedora:rawhide
RUN yum-config-manager --disable updates
RUN yum-config-manager --disable sslverify
RUN yum-config-manager --disable \* &> /dev/null
RUN yum-config-manager --setopt=install_weak_deps=False --save
RUN yum-config-manager --save --setopt=proxy=http://example.com >/dev/null
RUN yum-config-manager --save --setopt=something-base.sslverify=1
RUN yum-config-manager --save --setopt=something-base.sslverify=true
RUN yum-config-manager --save --setopt=something-base.sslverify=on
RUN yum-config-manager --save --setopt=sslverify=1
RUN yum-config-manager --save --setopt=sslverify=true
RUN yum-config-manager --save --setopt=sslverify=yes
RUN yum-config-manager --save --setopt=notthedroids=0
RUN yum-config-manager --save --setopt=yourelookingfor=false
RUN yum-config-manager --save --setopt=thesearenot=no
RUN yum-config-manager --setopt=sslverify=yes --add-repo https://example.com/yummy.repo
RUN yum-config-manager --save --setopt=install_weak_deps=False | echo "--setopt=something-base.sslverify=0"
RUN yum-config-manager --save --setopt=install_weak_deps=False && echo "--setopt=main.sslverify=0"
RUN yum-config-manager --save --setopt=install_weak_deps=False || echo "--setopt=sslverify=0"
`
    },
    {
      name: 'CKV2_DOCKER_16: pass/Dockerfile',
      code: String.raw`FROM python:3
RUN pip3 install checkov
RUN PIP_TRUSTED_HOSTASDF=test pip install checkov
RUN ASDFPIP_TRUSTED_HOST=test pip install checkov
RUN echo PIP_TRUSTED_HOST | pip install checkov &&\
    echo "PIP_TRUSTED_HOST"
`
    },
    {
      name: 'CKV2_DOCKER_18: pass/Dockerfile',
      code: String.raw`FROM golang:1.14
ENV ASDFGOINSECURE=example.com
ENV ASDFGOINSECURE example.com
ARG GOINSECUREASDF=example.com
ARG GOINSECUREASDF example.com
ARG GOINSECUREASDF example.com
ENV TEST=YES ASDFGOINSECURE=0
ENV ASDFGOINSECURE=0 FAIL=FALSE
ENV PASS=TRUE GOINSECUREASDF=example.com

RUN go build
RUN go mod download
RUN ASDFGOINSECURE=example.com go mod download
RUN ASDFGOINSECURE="example.com" go mod download
RUN ASDFGOINSECURE='example.com' go mod download
RUN GOINSECUREASDF=example.com \
    ASDFGOINSECURE=example.com go mod download
`
    }
  ],
  invalid: [
    { name: 'CKV2_DOCKER_2: fail/Dockerfile.combo', code: 'FROM alpine:3.5\nRUN curl -Lkv https://example.com\n', lines: [2] },
    { name: 'CKV2_DOCKER_2: fail/Dockerfile.long', code: 'FROM alpine:3.5\nRUN curl --insecure https://example.com\n', lines: [2] },
    { name: 'CKV2_DOCKER_2: fail/Dockerfile.multiline', code: 'FROM alpine:3.5\nRUN curl \\\n    --insecure \\\n    https://example.com\n', lines: [3] },
    { name: 'CKV2_DOCKER_2: fail/Dockerfile.shell', code: 'FROM alpine:3.5\nRUN echo -n -Lv https://example.com && curl -k https://example.com\n', lines: [2] },
    { name: 'CKV2_DOCKER_2: fail/Dockerfile.short', code: 'FROM alpine:3.5\nRUN curl -k https://example.com\n', lines: [2] },
    { name: 'CKV2_DOCKER_3: fail/Dockerfile.basic', code: 'FROM alpine:3.5\nRUN wget --no-progress --no-check-certificate -o file https://example.com\n', lines: [2] },
    { name: 'CKV2_DOCKER_3: fail/Dockerfile.multiline', code: 'FROM alpine:3.5\nRUN wget \\\n    --no-check-certificate \\\n    https://example.com\n', lines: [3] },
    { name: 'CKV2_DOCKER_3: fail/Dockerfile.shell', code: 'FROM alpine:3.5\nRUN echo "panw" && wget --no-check-certificate https://example.com\n', lines: [2] },
    {
      name: 'CKV2_DOCKER_4: fail/Dockerfile.basic',
      code: 'FROM alpine:3.5\nRUN pip install checkov --trusted-host pypi.org --trusted-host files.pythonhosted.org\nRUN pip install checkov --trusted-host=pypi.python.org --trusted-host=pypi.org\nRUN pip3 install checkov --trusted-host pypi.org --trusted-host files.pythonhosted.org\nRUN pip3 install checkov --trusted-host=pypi.python.org --trusted-host=pypi.org\n',
      lines: [2, 3, 4, 5]
    },
    { name: 'CKV2_DOCKER_4: fail/Dockerfile.multiline', code: 'FROM alpine:3.5\nRUN pip \\\n    --trusted-host pypi.org \\\n    install checkov\nRUN pip \\\n    install checkov \\\n    --trusted-host=pypi.org\n', lines: [3, 7] },
    { name: 'CKV2_DOCKER_4: fail/Dockerfile.shell', code: 'FROM alpine:3.5\nRUN echo "panw" && pip --trusted-host=pypi.python.org --trusted-host=pypi.org install checkov\n', lines: [2] },
    {
      name: 'CKV2_DOCKER_5 (differs on the ARGs without `=`): fail/Dockerfile.basic',
      code: 'FROM alpine:3.5\nENV PYTHONHTTPSVERIFY 0\nENV PYTHONHTTPSVERIFY=0\nARG PYTHONHTTPSVERIFY=0\nARG PYTHONHTTPSVERIFY 0\nENV LOL=666 PYTHONHTTPSVERIFY=0\nENV PYTHONHTTPSVERIFY=0 LOL=666\nENV PYTHONHTTPSVERIFY    0\nARG PYTHONHTTPSVERIFY    0\n',
      lines: [2, 3, 4, 6, 7, 8]
    },
    ...envCases('CKV2_DOCKER_5', /PYTHONHTTPSVERIFY=/, envRuns('alpine:3.15', ['PYTHONHTTPSVERIFY'], '0', 'python example.py')),
    {
      name: 'CKV2_DOCKER_6 (differs on the ARGs without `=`): fail/Dockerfile.basic',
      code: `FROM alpine:3.5\nENV NODE_TLS_REJECT_UNAUTHORIZED 0\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\nENV NODE_TLS_REJECT_UNAUTHORIZED="0"\nENV NODE_TLS_REJECT_UNAUTHORIZED='0'\nARG NODE_TLS_REJECT_UNAUTHORIZED=0\nARG NODE_TLS_REJECT_UNAUTHORIZED="0"\nARG NODE_TLS_REJECT_UNAUTHORIZED='0'\nARG NODE_TLS_REJECT_UNAUTHORIZED 0\nENV LOL=666 NODE_TLS_REJECT_UNAUTHORIZED=0\nENV NODE_TLS_REJECT_UNAUTHORIZED=0 LOL=666\nENV NODE_TLS_REJECT_UNAUTHORIZED    0\nARG NODE_TLS_REJECT_UNAUTHORIZED    0\n`,
      lines: [2, 3, 4, 5, 6, 7, 8, 10, 11, 12]
    },
    ...envCases('CKV2_DOCKER_6', /NODE_TLS_REJECT_UNAUTHORIZED=/, envRuns('alpine:3.15', ['NODE_TLS_REJECT_UNAUTHORIZED'], '0', 'python example.py')),
    {
      name: 'CKV2_DOCKER_12 (differs on the ARGs without `=`): fail/Dockerfile.basic',
      code: `FROM node:18\nENV NPM_CONFIG_STRICT_SSL false\nENV NPM_CONFIG_STRICT_SSL=false\nENV NPM_CONFIG_STRICT_SSL="false"\nENV NPM_CONFIG_STRICT_SSL='false'\nARG NPM_CONFIG_STRICT_SSL=false\nARG NPM_CONFIG_STRICT_SSL="false"\nARG NPM_CONFIG_STRICT_SSL='false'\nARG NPM_CONFIG_STRICT_SSL false\nENV LOL=555 NPM_CONFIG_STRICT_SSL=false\nENV NPM_CONFIG_STRICT_SSL=false LOL=555\nENV NPM_CONFIG_STRICT_SSL    false\nARG NPM_CONFIG_STRICT_SSL    false\nENV npm_config_strict_ssl false\nENV npm_config_strict_ssl=false\nENV npm_config_strict_ssl="false"\nENV npm_config_strict_ssl='false'\nARG npm_config_strict_ssl=false\nARG npm_config_strict_ssl="false"\nARG npm_config_strict_ssl='false'\nARG npm_config_strict_ssl false\nENV LOL=555 npm_config_strict_ssl=false\nENV npm_config_strict_ssl=false LOL=555\nENV npm_config_strict_ssl    false\nARG npm_config_strict_ssl    false\n`,
      lines: [2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20, 22, 23, 24]
    },
    ...envCases('CKV2_DOCKER_12', /npm_config_strict_ssl=/i, envRuns('node:18', ['NPM_CONFIG_STRICT_SSL', 'npm_config_strict_ssl'], 'false', 'npm ci')),
    {
      name: 'CKV2_DOCKER_13: fail/Dockerfile.npm',
      code: String.raw`FROM node:18
RUN npm config set strict-ssl=false
RUN npm config set "strict-ssl"=false
RUN npm config set 'strict-ssl'=false

RUN npm config set strict-ssl="false"
RUN npm config set "strict-ssl"="false"
RUN npm config set 'strict-ssl'="false"

RUN npm config set strict-ssl='false'
RUN npm config set "strict-ssl"='false'
RUN npm config set 'strict-ssl'='false'

RUN npm config set strict-ssl false
RUN npm config set "strict-ssl" false
RUN npm config set 'strict-ssl' false

RUN npm      config     set      strict-ssl     false
RUN npm      config     set     "strict-ssl"   "false"
RUN npm      config     set     'strict-ssl'   'false'

RUN npm set strict-ssl false
RUN npm set "strict-ssl" false
RUN npm set 'strict-ssl' false

RUN npm      set      strict-ssl     false
RUN npm      set     "strict-ssl"   "false"
RUN npm      set     'strict-ssl'   'false'

RUN npm c set strict-ssl false`,
      lines: [2, 3, 4, 6, 7, 8, 10, 11, 12, 14, 15, 16, 18, 19, 20, 22, 23, 24, 26, 27, 28, 30]
    },
    {
      name: 'CKV2_DOCKER_13 (differs: yarn has no `set` shorthand, `yarn set` is not its config command): fail/Dockerfile.yarn',
      code: String.raw`FROM node:18
RUN yarn config set strict-ssl="false"
RUN yarn config set "strict-ssl"="false"
RUN yarn config set 'strict-ssl'="false"

RUN yarn config set strict-ssl='false'
RUN yarn config set "strict-ssl"='false'
RUN yarn config set 'strict-ssl'='false'

RUN yarn config set strict-ssl=false
RUN yarn config set "strict-ssl"=false
RUN yarn config set 'strict-ssl'=false

RUN yarn config set strict-ssl false
RUN yarn config set "strict-ssl" false
RUN yarn config set 'strict-ssl' false

RUN yarn      config     set      strict-ssl    "false"
RUN yarn      config     set     "strict-ssl"   'false'
RUN yarn      config     set     'strict-ssl'    false

RUN yarn set strict-ssl false
RUN yarn set "strict-ssl" false
RUN yarn set 'strict-ssl' false

RUN yarn      set      strict-ssl    'false'
RUN yarn      set     "strict-ssl"    false
RUN yarn      set     'strict-ssl'   "false"
`,
      lines: [2, 3, 4, 6, 7, 8, 10, 11, 12, 14, 15, 16, 18, 19, 20]
    },
    {
      name: 'CKV2_DOCKER_13: fail/Dockerfile.wilderness',
      code: String.raw`FROM node:18
RUN set -eux \
    &&  if [[ -n "${'${'}NPM_PROXY}" ]]; then \
          npm config set proxy       $NPM_PROXY; \
          npm config set https-proxy $NPM_PROXY; \
          npm config set strict-ssl  false; \
        fi \
    &&  npm install npm-proxy-cache -g
RUN npm config set "strict-ssl" false
RUN npm config set strict-ssl false
RUN npm config set strict-ssl false -g
RUN yarn config set strict-ssl false --global
RUN npm set strict-ssl false && npm install --only=development
RUN npm set strict-ssl false --global
RUN yarn config set strict-ssl false
RUN npm set strict-ssl false  && npm install -g serve`,
      lines: [6, 9, 10, 11, 12, 13, 14, 15, 16]
    },
    {
      name: 'CKV2_DOCKER_14 (differs on the ARGs without `=`): fail/Dockerfile.basic',
      code: `FROM alpine:3.5\nENV GIT_SSL_NO_VERIFY 0\nENV GIT_SSL_NO_VERIFY=0\nENV GIT_SSL_NO_VERIFY="0"\nENV GIT_SSL_NO_VERIFY='0'\nARG GIT_SSL_NO_VERIFY=0\nARG GIT_SSL_NO_VERIFY="0"\nARG GIT_SSL_NO_VERIFY='0'\nARG GIT_SSL_NO_VERIFY 0\nENV LOL=123 GIT_SSL_NO_VERIFY=0\nENV GIT_SSL_NO_VERIFY=0 LOL=123\nENV GIT_SSL_NO_VERIFY    0\nARG GIT_SSL_NO_VERIFY    0\n`,
      lines: [2, 3, 4, 5, 6, 7, 8, 10, 11, 12]
    },
    ...envCases('CKV2_DOCKER_14', /GIT_SSL_NO_VERIFY=/, envRuns('alpine:3.15', ['GIT_SSL_NO_VERIFY'], '0', 'git clone https://github.com/bridgecrewio/checkov.git')),
    {
      name: 'CKV2_DOCKER_14: fail/Dockerfile.wilderness',
      code: String.raw`FROM alpine:3.5
ENV GIT_SSL_NO_VERIFY=1
ENV GIT_SSL_NO_VERIFY true
RUN export GIT_SSL_NO_VERIFY=1
ARG GIT_SSL_NO_VERIFY=true
RUN     GIT_SSL_NO_VERIFY=1 git clone https://github.com/bridgecrewio/checkov.git
ENV GIT_SSL_NO_VERIFY ${'${'}GIT_SSL_NO_VERIFY}
RUN export GIT_SSL_NO_VERIFY=1 && git clone --depth 1 https://github.com/bridgecrewio/checkov.git
RUN cd $HOME && export GIT_SSL_NO_VERIFY=true \
    && git clone https://github.com/bridgecrewio/checkov.git
RUN GIT_SSL_NO_VERIFY=yes \
    git clone https://github.com/bridgecrewio/checkov.git
RUN apk add git && GIT_SSL_NO_VERIFY=true git clone https://github.com/bridgecrewio/checkov.git
ENV GO111MODULE=on \
    CGO_ENABLED=0 \
    GOOS=linux \
    GOARCH=amd64 \
    GIT_SSL_NO_VERIFY=1
RUN export DEBIAN_FRONTEND='noninteractive' && \
    export GIT_SSL_NO_VERIFY=1 && echo Hybrid_Theory`,
      lines: [2, 3, 4, 5, 6, 7, 8, 9, 11, 13, 18, 20]
    },
    {
      name: 'CKV2_DOCKER_15 (differs: there is no `dnf-config-manager` program, the line fails): fail/Dockerfile.dnf-config-manager',
      code: String.raw`FROM fedora:rawhide

RUN dnf-config-manager --save --setopt=sslverify=0
RUN dnf-config-manager --save --setopt=sslverify=false
RUN dnf-config-manager --save --setopt=sslverify=no

RUN dnf-config-manager --setopt=sslverify=0 --save
RUN dnf-config-manager --setopt=sslverify=False --save
RUN dnf-config-manager --setopt=sslverify=No --save

RUN dnf-config-manager --save --setopt=something.sslverify=0
RUN dnf-config-manager --save --setopt=something.sslverify=false
RUN dnf-config-manager --save --setopt=something.sslverify=no

RUN dnf-config-manager --setopt=something.sslverify=0 --save
RUN dnf-config-manager --setopt=something.sslverify=False --save
RUN dnf-config-manager --setopt=something.sslverify=no --save
`,
      lines: []
    },
    {
      name: 'CKV2_DOCKER_15: fail/Dockerfile.whitespace',
      code: 'FROM fedora:rawhide\n\nRUN yum config-manager --save --setopt=sslverify=0\nRUN yum           config-manager           --save           --setopt=sslverify=0\n\nRUN dnf config-manager --save --setopt=sslverify=0\nRUN dnf           config-manager           --save           --setopt=sslverify=0\n',
      lines: [3, 4, 6, 7]
    },
    {
      name: 'CKV2_DOCKER_15: fail/Dockerfile.wilderness',
      code: 'FROM rolex:submariner\n\nRUN yum-config-manager --save --setopt=boca.sslverify=0 boca\nRUN yum-config-manager --setopt="epel.sslverify=0" --save\nRUN yum-config-manager --save --setopt=something-base.sslverify=0\nRUN yum-config-manager --setopt=sslverify=false --save\nRUN yum-config-manager --save --setopt=kubernetes.sslverify=false\n',
      lines: [3, 4, 5, 6, 7]
    },
    {
      name: 'CKV2_DOCKER_15: fail/Dockerfile.yum-config-manager',
      code: String.raw`FROM fedora:rawhide

RUN yum-config-manager --save --setopt=\*.sslverify=0
RUN yum-config-manager --save --setopt=\*.sslverify=false
RUN yum-config-manager --save --setopt=\*.sslverify=no

RUN yum-config-manager --setopt=\*.sslverify=0 --save
RUN yum-config-manager --setopt=\*.sslverify=false --save
RUN yum-config-manager --setopt=\*.sslverify=no --save

RUN yum-config-manager --save --setopt=sslverify='0'
RUN yum-config-manager --save --setopt=sslverify='False'
RUN yum-config-manager --save --setopt=sslverify='no'

RUN yum-config-manager --save --setopt=sslverify="0"
RUN yum-config-manager --save --setopt=sslverify="false"
RUN yum-config-manager --save --setopt=sslverify="No"

RUN yum-config-manager \
    --setopt=sslverify=0 \
    --save

RUN echo "prodsec" && yum-config-manager --setopt="lol.sslverify"=0 --save
RUN echo "prodsec" && yum-config-manager --setopt="lol.sslverify=no" --save

RUN echo "prodsec" && yum-config-manager --setopt='lol.sslverify'=False --save
RUN echo "prodsec" && yum-config-manager --setopt='lol.sslverify=false' --save
`,
      lines: [3, 4, 5, 7, 8, 9, 11, 12, 13, 15, 16, 17, 20, 23, 24, 26, 27]
    },
    {
      name: 'CKV2_DOCKER_16 (differs on the ARGs without `=`): fail/Dockerfile.envvars',
      code: `FROM python:3\nENV PIP_TRUSTED_HOST pypi.python.org\nENV PIP_TRUSTED_HOST=pypi.python.org\nENV PIP_TRUSTED_HOST="pypi.python.org"\nENV PIP_TRUSTED_HOST='pypi.python.org'\nARG PIP_TRUSTED_HOST=pypi.python.org\nARG PIP_TRUSTED_HOST="pypi.python.org"\nARG PIP_TRUSTED_HOST='pypi.python.org'\nARG PIP_TRUSTED_HOST pypi.python.org\nENV LOL=123 PIP_TRUSTED_HOST=pypi.python.org\nENV PIP_TRUSTED_HOST=pypi.python.org LOL=123\nENV PIP_TRUSTED_HOST    pypi.python.org\nARG PIP_TRUSTED_HOST    pypi.python.org\n`,
      lines: [2, 3, 4, 5, 6, 7, 8, 10, 11, 12]
    },
    { name: 'CKV2_DOCKER_16: fail/Dockerfile.run', code: PIP_RUN, lines: linesWith(PIP_RUN, /PIP_TRUSTED_HOST=/) },
    {
      name: 'CKV2_DOCKER_18 (differs on the ARGs without `=`): fail/Dockerfile.basic',
      code: `FROM golang:1.14\nENV GOINSECURE example.com\nENV GOINSECURE=example.com\nENV GOINSECURE="example.com"\nENV GOINSECURE='example.com'\nARG GOINSECURE=example.com\nARG GOINSECURE="example.com"\nARG GOINSECURE='example.com'\nARG GOINSECURE example.com\nENV LOL=TLS GOINSECURE=example.com\nENV GOINSECURE=example.com LOL=SSL\nENV GOINSECURE    example.com\nARG GOINSECURE    example.com\n`,
      lines: [2, 3, 4, 5, 6, 7, 8, 10, 11, 12]
    },
    ...envCases('CKV2_DOCKER_18', /GOINSECURE=/, envRuns('golang:1.14', ['GOINSECURE'], 'example.com', 'go mod download')),
    {
      name: 'CKV2_DOCKER_18: fail/Dockerfile.wilderness',
      code: 'FROM golang:1.14\nRUN export GOINSECURE=something.example.com,*.example.com && go mod tidy\nENV GOINSECURE *.eng.example.com\nRUN set -ex echo "downloading modules" \\\n    && GOINSECURE=git.example.com/* GOPRIVATE=git.example.com/* go mod vendor\nRUN GOINSECURE=example.com go mod download\n',
      lines: [2, 3, 5, 6]
    }
  ]
}

testRule(rule, {
  valid: [
    ...checkov.valid,
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
    ...checkov.invalid,
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
