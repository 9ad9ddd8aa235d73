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

testRule(rule, {
  valid: [
    ...hadolint.valid,
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
    { name: 'ADD too', code: 'FROM alpine:3.20\nADD a.conf b.conf /etc/app\n', lines: [2], messages: ['`ADD` has 2 sources'] },
    { name: 'quoted: the slash goes inside the quotes', code: 'FROM alpine:3.20\nCOPY a b "/app"\n', lines: [2], fix: '/' },
    { name: 'JSON form', code: 'FROM alpine:3.20\nCOPY ["a", "b", "c", "/app"]\n', lines: [2], messages: ['has 3 sources'], fix: '/' },
    { name: 'with flags and over a line continuation', code: 'FROM alpine:3.20\nCOPY --chown=10001 --chmod=644 \\\n  a.conf \\\n  b.conf \\\n  /etc/app\n', lines: [5] },
    { name: 'two heredocs', code: 'FROM alpine:3.20\nCOPY <<a.conf <<b.conf /etc/app\nx\na.conf\ny\nb.conf\n', lines: [2] },
    { name: 'a destination from an ARG', code: 'FROM alpine:3.20\nARG DEST=/app\nCOPY a b $DEST\n', lines: [3], fix: '/' },
    { name: 'an ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD COPY a b /app\n', lines: [2] }
  ]
})
