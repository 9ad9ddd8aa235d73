import rule from '../../src/rules/copy-multiple-sources-to-directory.js'
import { testRule } from '../helpers/test-rule.js'

// hadolint's test/Hadolint/Rule/DL3021Spec.hs, case by case (it has no ONBUILD variants).
const hadolint = {
  valid: [
    { name: 'DL3021: no warn on 2 args', code: 'COPY foo bar\n' },
    { name: 'DL3021: no warn on 3 args', code: 'COPY foo bar baz/\n' }
  ],
  invalid: [{ name: 'DL3021: warn on 3 args', code: 'COPY foo bar baz\n', lines: [1], messages: ['`COPY` has 2 sources, so its destination `baz` must be a directory'], fix: '/' }]
}

// Trivy's checks/docker/copy_with_more_than_two_arguments_not_ending_with_slash_test.rego (DS011) and
// KICS's copy_with_more_than_two_arguments_not_ending_with_slash/test (6db6e0c2), case by case.
const hash = '8b8864b3e02a33a579dc216fd51b28a6047bc8eeaa03045b258980fe0cf7fcb3'
const windows = 'ARG ANY_IMAGE\nFROM ${ANY_IMAGE}\nCOPY readme.md *.xml* '
const others = {
  valid: [
    { name: 'DS011: two args allowed', code: 'FROM node:carbon2\nCOPY package.json yarn.lock\n' },
    { name: 'DS011: three args allowed', code: 'FROM node:carbon2\nCOPY package.json yarn.lock myapp/\n' },
    { name: 'kics 6db6e0c2: negative2.dockerfile', code: 'FROM node:carbon1\nCOPY package.json yarn.lock\n' },
    { name: 'kics 6db6e0c2: negative3.dockerfile (a Windows directory with the escape character `)', code: `# escape=\`\n${windows}.\\Config\\example\\` },
    { name: 'kics 6db6e0c2: negative4.dockerfile (a Windows directory, its backslashes escaped)', code: `${windows}.\\\\Config\\\\example\\\\` },
    { name: 'kics 6db6e0c2: negative5.dockerfile', code: 'from node:carbon\ncopy package.json yarn.lock my_app/\n' },
    { name: 'DS011 and kics 6db6e0c2 (differ, from their code): the working directory', code: 'FROM node:carbon2\nWORKDIR /app\nCOPY package.json yarn.lock .\n' }
  ],
  invalid: [
    { name: 'DS011: basic denied', code: 'FROM node:carbon2\nCOPY package.json yarn.lock my_app\n', lines: [2] },
    // Trivy also scans image histories, where `docker history` writes a COPY as `COPY file:<hash> in <dest>`
    // and passes that form. In a Dockerfile it copies two files, `file:<hash>` and `in`, to a file.
    { name: 'DS011 (differs): three args with file colon in allowed', code: `FROM node:carbon2\nCOPY file:${hash} in myfile\n`, lines: [2] },
    { name: 'DS011 (differs): three args with multi colon in allowed', code: `FROM node:carbon2\nCOPY multi:${hash} in myfile\n`, lines: [2] },
    { name: 'kics 6db6e0c2: positive1.dockerfile', code: 'FROM node:carbon2\nCOPY package.json yarn.lock my_app\n', lines: [2] },
    { name: 'kics 6db6e0c2: positive2.dockerfile (a final backslash is a line continuation)', code: `${windows}.\\Config\\example\\`, lines: [3] },
    { name: 'kics 6db6e0c2: positive3.dockerfile (the same with # escape=\\)', code: `# escape=\\\n${windows}.\\Config\\example\\`, lines: [4] }
  ]
}

testRule(rule, {
  valid: [
    ...hadolint.valid,
    ...others.valid,
    { name: 'one source with a wildcard', code: 'FROM alpine:3.20\nCOPY *.conf /etc/app\n' },
    { name: 'the working directory', code: 'FROM alpine:3.20\nWORKDIR /app\nCOPY package.json package-lock.json .\n' },
    { name: 'quoted, with the slash', code: 'FROM alpine:3.20\nCOPY a b "/app/"\n' },
    { name: 'JSON form, with the slash', code: 'FROM alpine:3.20\nCOPY ["a", "b", "/app/"]\n' },
    { name: 'a directory from an ARG that ends with a slash', code: 'FROM alpine:3.20\nARG DEST=/app/\nCOPY a b $DEST\n' },
    { name: 'an unknown destination is not guessed at', code: 'FROM alpine:3.20\nCOPY a b $APP_HOME\n' },
    { name: 'one heredoc', code: 'FROM alpine:3.20\nCOPY <<EOF /etc/app.conf\nkey=value\nEOF\n' },
    { name: 'COPY --from with one source', code: 'FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=build /out/app /usr/local/bin/app\n' },
    { name: 'a Windows directory', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY a.dll b.dll C:\\app\\\n' }
  ],
  invalid: [
    ...hadolint.invalid,
    ...others.invalid,
    { name: 'ADD too', code: 'FROM alpine:3.20\nADD a.conf b.conf /etc/app\n', lines: [2], messages: ['`ADD` has 2 sources'] },
    { name: 'quoted: the slash goes inside the quotes', code: 'FROM alpine:3.20\nCOPY a b "/app"\n', lines: [2], fix: '/' },
    { name: 'JSON form', code: 'FROM alpine:3.20\nCOPY ["a", "b", "c", "/app"]\n', lines: [2], messages: ['has 3 sources'], fix: '/' },
    { name: 'with flags and over a line continuation', code: 'FROM alpine:3.20\nCOPY --chown=10001 --chmod=644 \\\n  a.conf \\\n  b.conf \\\n  /etc/app\n', lines: [5] },
    { name: 'two heredocs', code: 'FROM alpine:3.20\nCOPY <<a.conf <<b.conf /etc/app\nx\na.conf\ny\nb.conf\n', lines: [2] },
    { name: 'a destination from an ARG', code: 'FROM alpine:3.20\nARG DEST=/app\nCOPY a b $DEST\n', lines: [3], fix: '/' },
    { name: 'an ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD COPY a b /app\n', lines: [2] }
  ]
})
