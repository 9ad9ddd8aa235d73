import rule from '../../src/rules/valid-onbuild-trigger.js'
import { testRule } from '../helpers/test-rule.js'

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3043Spec.hs
    { name: 'DL3043: ok with `ADD`', code: 'ONBUILD ADD anything anywhere' },
    { name: 'DL3043: ok with `USER`', code: 'ONBUILD USER anything' },
    { name: 'DL3043: ok with `LABEL`', code: 'ONBUILD LABEL bla="blubb"' },
    { name: 'DL3043: ok with `STOPSIGNAL`', code: 'ONBUILD STOPSIGNAL anything' },
    { name: 'DL3043: ok with `COPY`', code: 'ONBUILD COPY anything anywhere' },
    { name: 'DL3043: ok with `RUN`', code: 'ONBUILD RUN anything' },
    { name: 'DL3043: ok with `CMD`', code: 'ONBUILD CMD anything' },
    { name: 'DL3043: ok with `SHELL`', code: 'ONBUILD SHELL anything' },
    { name: 'DL3043: ok with `WORKDIR`', code: 'ONBUILD WORKDIR anything' },
    { name: 'DL3043: ok with `EXPOSE`', code: 'ONBUILD EXPOSE 69' },
    { name: 'DL3043: ok with `VOLUME`', code: 'ONBUILD VOLUME anything' },
    { name: 'DL3043: ok with `ENTRYPOINT`', code: 'ONBUILD ENTRYPOINT anything' },
    { name: 'DL3043: ok with `ENV`', code: 'ONBUILD ENV MYVAR="bla"' },
    { name: 'DL3043: ok with `ARG`', code: 'ONBUILD ARG anything' },
    { name: 'DL3043: ok with `HEALTHCHECK`', code: 'ONBUILD HEALTHCHECK NONE' },
    { name: 'DL3043: ok with `FROM` outside of `ONBUILD`', code: 'FROM debian:buster' },
    { name: 'DL3043: ok with `MAINTAINER` outside of `ONBUILD`', code: 'MAINTAINER "Some Guy"' },
    // Beyond hadolint
    { name: 'ONBUILD RUN that mentions FROM', code: 'FROM alpine:3.20\nONBUILD RUN echo FROM ONBUILD MAINTAINER\n' },
    { name: 'a word FROM in a trigger\'s arguments', code: 'FROM alpine:3.20\nONBUILD COPY --from=build /app /app\n' }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3043Spec.hs
    { name: 'DL3043: error when using `ONBUILD` within `ONBUILD`', code: 'ONBUILD ONBUILD RUN anything\n', lines: [1], messages: ['`ONBUILD ONBUILD` is not allowed'] },
    { name: 'DL3043: error when using `FROM` within `ONBUILD`', code: 'ONBUILD FROM debian:buster\n', lines: [1], messages: ['`ONBUILD FROM` is not allowed'] },
    { name: 'DL3043: error when using `MAINTAINER` within `ONBUILD`', code: 'ONBUILD MAINTAINER "BoJack Horseman"\n', lines: [1], messages: ['`ONBUILD MAINTAINER` is not allowed, and Docker stops the build: set the author with a label'] },
    // Beyond hadolint
    { name: 'lower-case keywords', code: 'FROM alpine:3.20\nonbuild from alpine:3.20\n', lines: [2] },
    { name: 'in a stage, after other triggers', code: 'FROM node:22-alpine\nONBUILD COPY . .\nONBUILD ONBUILD RUN npm ci\nUSER node\n', lines: [3] },
    { name: 'on a continuation line', code: 'FROM alpine:3.20\nONBUILD \\\n  FROM alpine:3.20\n', lines: [3] }
  ]
})
