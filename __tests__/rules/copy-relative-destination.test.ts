import rule from '../../src/rules/copy-relative-destination.js'
import { testRule } from '../helpers/test-rule.js'

// hadolint's test/Hadolint/Rule/DL3045Spec.hs, case by case. Its ONBUILD variants wrap each RUN in
// ONBUILD (hadolint's onBuildRuleCatches), so only the files with a RUN get a variant of their own;
// those whose ONBUILD check uses another file are listed too. One check of the spec,
// `onBuildRuleCatchesNot "FROM scratch\nDL3045" "WORKDIR /usr\nCOPY bla.sh blubb.sh"`, passes part of
// its Dockerfile as the rule code by mistake; its second half is listed as hadolint's rule reads it.
const notInherited = 'FROM debian:buster as stage1\nWORKDIR /usr\nFROM debian:buster\nCOPY foo bar\n'
const notInheritedWindows = 'FROM microsoft/windowsservercore as stage1\nWORKDIR c:\\system32\nFROM microsoft/windowsservercore\nCOPY foo bar\n'
const base = (run = 'RUN') => `FROM debian:buster as base\nWORKDIR /usr\nFROM debian:buster as stage-inbetween\n${run} foo\nFROM base\nCOPY foo bar\n`
const baseWindows = (run = 'RUN') =>
  `FROM microsoft/windowsservercore as base\nWORKDIR c:\\system32\nFROM microsoft/windowsservercore as stage-inbetween\n${run} foo\nFROM base\nCOPY foo bar\n`
const deep = (run = 'RUN') => `FROM debian:buster as base1\nWORKDIR /usr\nFROM base1 as base2\n${run} foo\nFROM base2\nCOPY foo bar\n`
const deepWindows = (run = 'RUN') => `FROM microsoft/windowsservercore as base1\nWORKDIR c:\\system32\nFROM base1 as base2\n${run} foo\nFROM base2\nCOPY foo bar\n`
const hadolint = {
  valid: [
    { name: 'DL3045: ok: `COPY` with absolute destination and no `WORKDIR` set', code: 'COPY bla.sh /usr/local/bin/blubb.sh\n' },
    { name: 'DL3045: ok: … with quotes', code: 'COPY bla.sh "/usr/local/bin/blubb.s"\n' },
    { name: 'DL3045: ok: … with quotes (onbuild)', code: 'COPY bla.sh "/usr/local/bin/blubb.sh"\n' },
    { name: 'DL3045: ok: … - windows', code: 'COPY bla.sh c:\\system32\\blubb.sh\n' },
    { name: 'DL3045: ok: … - windows (onbuild)', code: 'COPY bla.sh d:\\mypath\\blubb.sh\n' },
    { name: 'DL3045: ok: … - windows with quotes', code: 'COPY bla.sh "c:\\system32\\blubb.sh"\n' },
    { name: 'DL3045: ok: … - windows with quotes (onbuild)', code: 'COPY bla.sh "d:\\mypath\\blubb.sh"\n' },
    { name: 'DL3045: ok: … - windows with alternative paths', code: 'COPY bla.sh c:/system32/blubb.sh\n' },
    { name: 'DL3045: ok: … - windows with alternative paths (onbuild)', code: 'COPY bla.sh d:/mypath/blubb.sh\n' },
    { name: 'DL3045: ok: `COPY` with relative destination and `WORKDIR` set', code: 'FROM scratch\nWORKDIR /usr\nCOPY bla.sh blubb.sh\n' },
    { name: 'DL3045: ok: `COPY` with relative destination and `WORKDIR` set (onbuild, as written)', code: 'WORKDIR /usr\nCOPY bla.sh blubb.sh\n' },
    { name: 'DL3045: ok: `COPY` with relative destination and `WORKDIR` set - windows', code: 'FROM scratch\nWORKDIR c:\\system32\nCOPY bla.sh blubb.sh\n' },
    { name: 'DL3045: ok: `COPY` with destination being an environment variable 1', code: 'COPY src.sh ${SRC_BASE_ENV}\n' },
    { name: 'DL3045: ok: `COPY` with destination being an environment variable 2', code: 'COPY src.sh $SRC_BASE_ENV\n' },
    { name: 'DL3045: ok: `COPY` with destination being an environment variable 3', code: 'COPY src.sh "${SRC_BASE_ENV}"\n' },
    { name: 'DL3045: ok: `COPY` with destination being an environment variable 4', code: 'COPY src.sh "$SRC_BASE_ENV"\n' },
    { name: 'DL3045: ok: `COPY` to relative destination if `WORKDIR` has been set in base image', code: base() },
    { name: 'DL3045: ok: … set in base image (onbuild)', code: base('ONBUILD RUN') },
    { name: 'DL3045: ok: … set in base image - windows', code: baseWindows() },
    { name: 'DL3045: ok: … set in base image - windows (onbuild)', code: baseWindows('ONBUILD RUN') },
    { name: 'DL3045: ok: … set in previous stage, deep case', code: deep() },
    { name: 'DL3045: ok: … set in previous stage, deep case (onbuild)', code: deep('ONBUILD RUN') },
    { name: 'DL3045: ok: … set in previous stage, deep case - windows', code: deepWindows() },
    { name: 'DL3045: ok: … set in previous stage, deep case - windows (onbuild)', code: deepWindows('ONBUILD RUN') },
    { name: 'DL3045: ok: `WORKDIR` set, both within an `ONBUILD` context', code: 'FROM debian:buster\nONBUILD WORKDIR /usr/local/lib\nONBUILD COPY foo bar\n' }
  ],
  invalid: [
    { name: 'DL3045: not ok: `COPY` with relative destination and no `WORKDIR` set', code: 'COPY bla.sh blubb.sh\n', lines: [1], messages: ['`COPY` copies to the relative path `blubb.sh`, but no WORKDIR is set'] },
    { name: 'DL3045: not ok: … with quotes', code: 'COPY bla.sh "blubb.sh"\n', lines: [1] },
    { name: 'DL3045: not ok: `WORKDIR` set in a previous stage but not inherited', code: notInherited, lines: [4] },
    { name: 'DL3045: not ok: … not inherited - windows', code: notInheritedWindows, lines: [4] },
    { name: "DL3045: regression: don't crash with single character paths", code: 'COPY a b\n', lines: [1] }
  ]
}

testRule(rule, {
  valid: [
    ...hadolint.valid,
    { name: 'an absolute path from an ENV', code: 'FROM node:22\nENV APP=/app\nCOPY . $APP\n' },
    { name: 'JSON form to an absolute path', code: 'FROM node:22\nCOPY ["package.json", "/app/"]\n' },
    { name: 'a WORKDIR set from an unknown value', code: 'FROM node:22\nWORKDIR $APP_HOME\nCOPY . .\n' },
    { name: 'a heredoc to an absolute path', code: 'FROM alpine:3.20\nCOPY <<EOF /etc/app.conf\nkey=value\nEOF\n' },
    { name: 'ONBUILD COPY after a WORKDIR of the stage', code: 'FROM node:22\nWORKDIR /app\nONBUILD COPY . .\n' }
  ],
  invalid: [
    ...hadolint.invalid,
    { name: 'ADD too', code: 'FROM alpine:3.20\nADD app.tar.gz app/\n', lines: [2], messages: ['`ADD` copies to the relative path `app/`'] },
    { name: 'the current directory', code: 'FROM node:22\nCOPY . .\n', lines: [2] },
    { name: 'a WORKDIR after the COPY does not count', code: 'FROM node:22\nCOPY . .\nWORKDIR /app\n', lines: [2] },
    { name: 'an ONBUILD WORKDIR applies to the build that uses the image only', code: 'FROM node:22\nONBUILD WORKDIR /app\nCOPY . .\n', lines: [3] },
    { name: 'a relative path from an ARG', code: 'FROM node:22\nARG DEST=app\nCOPY . $DEST\n', lines: [3] },
    { name: 'JSON form', code: 'FROM node:22\nCOPY ["package.json", "app/"]\n', lines: [2] },
    { name: 'COPY --from of another stage', code: 'FROM golang:1.23 AS build\nWORKDIR /src\nFROM alpine:3.20\nCOPY --from=build /src/app bin/\n', lines: [4] }
  ]
})
