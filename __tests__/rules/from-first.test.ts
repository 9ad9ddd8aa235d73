import rule from '../../src/rules/from-first.js'
import { testRule } from '../helpers/test-rule.js'

// hadolint test/Hadolint/Rule/DL3061Spec.hs. Its ONBUILD variants (onBuildRuleCatches) wrap RUN
// instructions only, so for these files, which have none, they are the same cases.
testRule(rule, {
  valid: [
    { name: 'DL3061: don\'t warn: from before label', code: 'FROM foo\nLABEL foo=bar' },
    { name: 'DL3061: don\'t warn: ARG then FROM then LABEL', code: 'ARG A=B\nFROM foo\nLABEL foo=bar' },
    { name: 'DL3061: don\'t warn: pragma before FROM', code: '# syntax = docker/dockerfile:1.0-experimental\nFROM node:16-alpine3.13' },
    { name: 'DL3061: don\'t warn: FROM then ARG then RUN', code: 'FROM foo\nARG A=B\nRUN echo bla' },
    // Beyond hadolint
    { name: 'comments, directives, blank lines and several ARGs first', code: '# syntax=docker/dockerfile:1\n# escape=\\\n\n# the base\nARG BASE=alpine\nARG TAG=3.20\nFROM ${BASE}:${TAG}\nRUN true\n' },
    { name: 'an empty file', code: '' },
    { name: 'comments only', code: '# nothing here yet\n' }
  ],
  invalid: [
    { name: 'DL3061: warn: label before from', code: 'LABEL foo=bar\nFROM foo', lines: [1], messages: ['`LABEL` comes before the first `FROM`, where only `ARG` is allowed'] },
    // Beyond hadolint
    { name: 'each instruction before FROM', code: 'ARG A=1\nMAINTAINER me\nENV B=2\nFROM alpine:3.20\nLABEL c=3\n', lines: [2, 3] },
    { name: 'an ONBUILD before FROM, once', code: 'ONBUILD RUN make\nFROM alpine:3.20\n', lines: [1], messages: ['`ONBUILD` comes before'] },
    { name: 'a file with no FROM, once', code: 'RUN apt-get update\nRUN apt-get install -y curl\n', lines: [1], messages: ['This Dockerfile has no `FROM`, so `RUN` has no image to build on'] },
    { name: 'lower-case keyword', code: 'workdir /app\nfrom alpine:3.20\n', lines: [1], messages: ['`WORKDIR`'] }
  ]
})
