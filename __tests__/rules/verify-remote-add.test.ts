import rule from '../../src/rules/verify-remote-add.js'
import { testRule } from '../helpers/test-rule.js'

const sha256 = 'sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d'
const commit = '05d2d74403d23d99daf70f4eb4fc0ff16cae7f1a'

// Checkov's tests/dockerfile/checks/example_AddExists (CKV_DOCKER_4) and KICS's
// curl_or_wget_instead_of_add/test (4b410d24), case by case: all agree. What differs comes from their
// code (see the rule's `differences`).
const lower = (code: string) => code.replace(/^[A-Z]+(?= )/gm, (keyword) => keyword.toLowerCase())
const things = 'FROM openjdk:10-jdk\nVOLUME /tmp\nADD https://example.com/big.tar.xz /usr/src/things/\nRUN tar -xJf /usr/src/things/big.tar.xz -C /usr/src/things\nRUN make -C /usr/src/things all\n'
const curl = 'RUN mkdir -p /usr/src/things \\\n    && curl -SL https://example.com/big.tar.xz \\\n    | tar -xJC /usr/src/things \\\n    && make -C /usr/src/things all\n'
const others = {
  valid: [
    { name: 'kics 4b410d24: negative.dockerfile', code: `FROM openjdk:10-jdk\n${curl}` },
    { name: 'kics 4b410d24: negative2.dockerfile', code: `FROM openjdk:10-jdk\nADD ./drop-http-proxy-header.conf /etc/apache2/conf-available\n${curl}` },
    { name: 'kics 4b410d24: negative3.dockerfile (lower case)', code: lower(`FROM openjdk:10-jdk\n${curl}`) },
    { name: 'CKV_DOCKER_4 and kics 4b410d24 (differ, from their code): a download with --checksum', code: `FROM alpine:3.20\nADD --checksum=${sha256} https://example.com/tool.tar.gz /opt/\n` }
  ],
  invalid: [
    { name: 'CKV_DOCKER_4: failure/Dockerfile', code: 'FROM  base\n\nLABEL foo="bar baz"\nADD http://example.com/package.zip /temp\nUSER  me\n', lines: [4] },
    { name: 'kics 4b410d24: positive1.dockerfile', code: things, lines: [3] },
    { name: 'kics 4b410d24: positive2.dockerfile (lower case)', code: lower(things), lines: [3] }
  ]
}

testRule(rule, {
  valid: [
    ...others.valid,
    'FROM alpine:3.20\nADD app.tar.gz /opt/\n',
    { name: 'a download with --checksum', code: `FROM alpine:3.20\nADD --checksum=${sha256} https://example.com/tool.tar.gz /opt/\n` },
    { name: 'a checksum from an ARG', code: 'FROM alpine:3.20\nARG TOOL_SHA256\nADD --checksum=${TOOL_SHA256} https://example.com/tool.tar.gz /opt/\n' },
    { name: 'git pinned by a commit fragment', code: `FROM alpine:3.20\nADD https://github.com/moby/buildkit.git#${commit} /src\n` },
    { name: 'git pinned by a commit fragment with a subdirectory', code: `FROM alpine:3.20\nADD git@github.com:moby/buildkit.git#${commit}:frontend /src\n` },
    { name: 'git pinned by --checksum', code: 'FROM alpine:3.20\nADD --keep-git-dir=true --checksum=be1f38e https://github.com/moby/buildkit.git#v0.26.2 /src\n' },
    { name: 'git pinned by a checksum query', code: 'FROM alpine:3.20\nADD https://github.com/moby/buildkit.git?tag=v0.26.2&checksum=be1f38e /src\n' },
    { name: 'git ref from an ARG without default', code: 'FROM alpine:3.20\nARG REF\nADD https://github.com/moby/buildkit.git#${REF} /src\n' },
    { name: 'URL from an ARG without default', code: 'FROM alpine:3.20\nARG URL\nADD ${URL} /opt/\n' }
  ],
  invalid: [
    ...others.invalid,
    { code: 'FROM alpine:3.20\nADD https://example.com/tool.tar.gz /opt/\n', lines: [2], messages: ['`https://example.com/tool.tar.gz` is downloaded without `--checksum'] },
    { name: 'plain http', code: 'FROM alpine:3.20\nADD http://example.com/tool.tar.gz /opt/\n', lines: [2] },
    { name: 'a version from an ARG still has no checksum', code: 'FROM alpine:3.20\nARG V\nADD https://example.com/tool-${V}.tar.gz /opt/\n', lines: [3] },
    { name: 'a URL from an ARG default', code: 'FROM alpine:3.20\nARG URL=https://example.com/tool.tar.gz\nADD $URL /opt/\n', lines: [3], messages: ['`$URL`'] },
    { name: 'JSON form', code: 'FROM alpine:3.20\nADD ["https://example.com/a b.txt", "/opt/"]\n', lines: [2] },
    { name: 'git following a tag', code: 'FROM alpine:3.20\nADD https://github.com/moby/buildkit.git#v0.10.1 /src\n', lines: [2], messages: ['not pinned to a commit'] },
    { name: 'git following the default branch over ssh', code: 'FROM alpine:3.20\nADD git@github.com:moby/buildkit.git /src\n', lines: [2] },
    { name: 'git with a short hash (BuildKit needs the full one in a fragment)', code: 'FROM alpine:3.20\nADD https://github.com/moby/buildkit.git#05d2d74 /src\n', lines: [2] },
    { name: 'git with a branch query', code: 'FROM alpine:3.20\nADD https://github.com/moby/buildkit.git?branch=master /src\n', lines: [2] },
    { name: 'an ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD ADD https://example.com/tool.tar.gz /opt/\n', lines: [2] },
    {
      name: 'each remote source of a multi-line ADD',
      code: 'FROM alpine:3.20\nADD https://example.com/a.txt \\\n    # the second one\n    https://example.com/b.txt /opt/\n',
      lines: [2, 4]
    }
  ]
})
