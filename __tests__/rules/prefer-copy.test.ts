import { expect, it } from '@jest/globals'
import { lint } from '../../src/lint.js'
import rule from '../../src/rules/prefer-copy.js'
import { testRule } from '../helpers/test-rule.js'

// hadolint's test/Hadolint/Rule/DL3020Spec.hs, case by case (hadolint checks a bare instruction).
const hadolint = {
  valid: [
    { name: 'DL3020: add for tar', code: 'ADD file.tar /usr/src/app/\n' },
    { name: 'DL3020: add for gzip', code: 'ADD file.gz /usr/src/app/\n' },
    { name: 'DL3020: add for bz2', code: 'ADD file.bz2 /usr/src/app/\n' },
    { name: 'DL3020: add for xz', code: 'ADD file.xz /usr/src/app/\n' },
    { name: 'DL3020: add for tgz', code: 'ADD file.tgz /usr/src/app/\n' },
    { name: 'DL3020: add for url', code: 'ADD http://file.com /usr/src/app/\n' },
    { name: 'DL3020: add for tgz with quotes', code: 'ADD "file.tgz" /usr/src/app/\n' },
    { name: 'DL3020: add for url with quotes', code: 'ADD "http://file.com" /usr/src/app/\n' }
  ],
  invalid: [
    { name: 'DL3020: using add', code: 'ADD file /usr/src/app/\n', lines: [1], fix: 'COPY' },
    { name: 'DL3020: warn for zip', code: 'ADD file.zip /usr/src/app/\n', lines: [1], messages: ['`file.zip`'] },
    { name: 'DL3020: warn for zip with quotes', code: 'ADD "file.zip" /usr/src/app/\n', lines: [1] }
  ]
}

testRule(rule, {
  valid: [
    ...hadolint.valid,
    'FROM alpine:3.20\nCOPY app.conf /etc/app/\n',
    { name: 'a zstd archive', code: 'FROM alpine:3.20\nADD rootfs.tar.zst /\n' },
    { name: 'an archive name in upper case', code: 'FROM alpine:3.20\nADD ROOTFS.TAR.GZ /\n' },
    { name: 'a git repository over ssh', code: 'FROM alpine:3.20\nADD git@github.com:moby/buildkit.git /src\n' },
    { name: 'an ADD-only flag', code: 'FROM alpine:3.20\nADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.10.1 /src\n' },
    { name: 'a variable source without default is not guessed at', code: 'FROM alpine:3.20\nARG BUNDLE\nADD $BUNDLE /opt/\n' },
    { name: 'an archive named through an ARG', code: 'FROM alpine:3.20\nARG VERSION\nADD app-${VERSION}.tar.gz /opt/\n' },
    { name: 'an archive in JSON form', code: 'FROM alpine:3.20\nADD ["my app.tar.gz", "/opt/"]\n' }
  ],
  invalid: [
    ...hadolint.invalid,
    { name: 'keeps the flags', code: 'FROM alpine:3.20\nADD --chown=10001:10001 --chmod=0644 app.conf /etc/app/\n', lines: [2], fix: 'COPY' },
    { name: 'several sources', code: 'FROM alpine:3.20\nADD a.conf b.conf /etc/app/\n', lines: [2], messages: ['`a.conf`, `b.conf`'] },
    { name: 'JSON form', code: 'FROM alpine:3.20\nADD ["my app.conf", "/etc/app/"]\n', lines: [2], messages: ['`my app.conf`'], fix: 'COPY' },
    { name: 'a heredoc', code: 'FROM alpine:3.20\nADD <<EOF /etc/motd\nhello.tar\nEOF\n', lines: [2], fix: 'COPY' },
    { name: 'lower-case keyword in an ONBUILD trigger', code: 'FROM alpine:3.20\nonbuild add app.conf /etc/app/\n', lines: [2], fix: 'copy' },
    { name: 'resolved from an ARG default', code: 'FROM alpine:3.20\nARG CONF=app.conf\nADD ${CONF} /etc/app/\n', lines: [3] },
    {
      name: 'mixed with an archive: flagged, no fix (COPY would not unpack it)',
      code: 'FROM alpine:3.20\nADD rootfs.tar \\\n    # config too\n    app.conf /\n',
      lines: [2],
      messages: ['move them to a `COPY`']
    }
  ]
})

it('offers no fix when the same ADD also unpacks an archive (COPY would not)', () => {
  const findings = lint({ path: 'Dockerfile', text: 'FROM alpine:3.20\nADD rootfs.tar app.conf /\n' }, { rules: [rule] })
  expect(findings).toHaveLength(1)
  expect(findings[0].fix).toBeUndefined()
})
