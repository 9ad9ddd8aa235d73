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

// Trivy's checks/docker/add_instead_of_copy_test.rego (DS005), Checkov's
// tests/dockerfile/checks/example_AddExists (CKV_DOCKER_4) and KICS's add_instead_of_copy/test
// (9513a694), case by case.
const hash = '8b8864b3e02a33a579dc216fd51b28a6047bc8eeaa03045b258980fe0cf7fcb3'
const lower = (code: string) => code.replace(/^[A-Z]+(?= )/gm, (keyword) => keyword.toLowerCase())
const jar =
  'FROM openjdk:10-jdk\nVOLUME /tmp\nADD http://source.file/package.file.tar.gz /temp\nRUN tar -xjf /temp/package.file.tar.gz \\\n  && make -C /tmp/package.file \\\n  && rm /tmp/ package.file.tar.gz\nARG JAR_FILE\nADD ${JAR_FILE} app.jar\nENTRYPOINT ["java","-Djava.security.egd=file:/dev/./urandom","-jar","/app.jar"]\n'
const copyJar =
  'FROM openjdk:10-jdk\nVOLUME /tmp\nARG JAR_FILE\nCOPY ${JAR_FILE} app.jar\nENTRYPOINT ["java","-Djava.security.egd=file:/dev/./urandom","-jar","/app.jar"]\nADD http://source.file/package.file.tar.gz /temp\nRUN tar -xjf /temp/package.file.tar.gz \\\n  && make -C /tmp/package.file \\\n  && rm /tmp/ package.file.tar.gz\n# trigger validation\n'
const others = {
  valid: [
    { name: 'DS005: run allowed', code: 'FROM alpine:3.13\nRUN tar -xjf /temp/package.file.tar.gz\n' },
    { name: 'DS005: copy allowed', code: 'FROM alpine:3.13\nCOPY test.txt test2.txt\n' },
    { name: 'DS005: add tar allowed', code: 'FROM alpine:3.13\nADD /target/resources.tar.gz resources.tar.gz\n' },
    { name: 'DS005: add http url allowed', code: 'FROM alpine:3.13\nADD http://example.com/foo.txt bar.txt\n' },
    { name: 'DS005: add https url allowed', code: 'FROM alpine:3.13\nADD https://example.com/foo.txt bar.txt\n' },
    { name: 'DS005: add git url allowed', code: 'FROM alpine:3.13\nADD git@github.com:user/repo.git /usr/src/things/\n' },
    // Checkov reports every ADD; a download is verify-remote-add's to report.
    { name: 'CKV_DOCKER_4 (differs): failure/Dockerfile, a download', code: 'FROM  base\n\nLABEL foo="bar baz"\nADD http://example.com/package.zip /temp\nUSER  me\n' },
    // KICS reports an ADD whose source is a build arg with no default; this rule does not guess at it.
    { name: 'kics 9513a694 (differs): positive1.dockerfile, a source from a build arg', code: jar },
    { name: 'kics 9513a694 (differs): positive2.dockerfile (lower case)', code: lower(jar) },
    // A variable that is never declared is undefined-variable's to report.
    { name: 'kics 9513a694 (differs): positive3.dockerfile, a variable never declared', code: 'FROM openjdk:10-jdk\nADD ${JAR_FILE} app.jar\n\n\n\n\nFROM openjdk:10-jdk\nADD ${JAR_FILE} app.jar' },
    { name: 'kics 9513a694: negative1.dockerfile', code: copyJar },
    { name: 'kics 9513a694: negative2.dockerfile (lower case)', code: lower(copyJar) },
    { name: 'DS005 and kics 9513a694 (differ, from their code): a .tgz archive, which ADD unpacks', code: 'FROM alpine:3.20\nADD vendor.tgz /opt/\n' }
  ],
  invalid: [
    { name: 'DS005: mixed commands denied', code: 'FROM alpine:3.13\nADD /target/resources.tar.gz resources.jar\nADD /target/app.jar app.jar\n', lines: [3] },
    { name: 'DS005: add command denied', code: 'FROM alpine:3.13\nADD /target/app.jar app.jar\n', lines: [2] },
    // Trivy passes the form `docker history` gives an ADD in the image histories it also scans; in a
    // Dockerfile it adds two local files, `file:<hash>` and `in`.
    { name: 'DS005 (differs): add file colon in allowed', code: `FROM alpine:3.13\nADD file:${hash} in /xyz\n`, lines: [2] },
    { name: 'DS005 (differs): add multi colon in allowed', code: `FROM alpine:3.13\nADD multi:${hash} in /xyz\n`, lines: [2] }
  ]
}

testRule(rule, {
  valid: [
    ...others.valid,
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
    ...others.invalid,
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
