import rule from '../../src/rules/no-copy-chown.js'
import { testRule } from '../helpers/test-rule.js'

// KICS's assets/queries/dockerfile/chown_flag_exists/test files, each as written.
const kics = (copy: string) => `FROM python:3.7\nRUN pip install Flask==0.11.1\nRUN useradd -ms /bin/bash patrick\n${copy}\nWORKDIR /app\nUSER patrick\nCMD ["python", "app.py"]\n`
const lower = (copy: string) => kics(copy).replace(/^[A-Z]+/gm, (k) => k.toLowerCase())
const FROM = 'FROM node:22-alpine\n'

testRule(rule, {
  valid: [
    { name: 'aa93e17f negative1: COPY without --chown', code: kics('COPY app /app') },
    { name: 'aa93e17f negative2: in lower case', code: lower('COPY app /app') },
    // beyond KICS
    { name: 'to root', code: FROM + 'COPY --chown=root:root . /app\nCOPY --chown=0:0 . /srv\nCOPY --chown=0 . /opt\nCOPY --chown=root:node . /var\n' },
    { name: 'to root through an ARG', code: FROM + 'ARG OWNER=0:0\nCOPY --chown=$OWNER . /app\n' },
    { name: 'an unknown value is not guessed at', code: FROM + 'ARG UID\nCOPY --chown=${UID} . /app\n' },
    { name: 'a build stage whose files do not reach the image', code: 'FROM node:22 AS test\nCOPY --chown=node:node . /app\nRUN npm test\nFROM node:22-alpine\nCOPY . /app\n' },
    { name: 'a stage only mounted, not copied', code: 'FROM node:22 AS deps\nCOPY --chown=node . /src\nFROM node:22-alpine\nRUN --mount=type=bind,from=deps,source=/src,target=/src cp /src/x /x\n' },
    { name: 'chown in RUN is not this rule\'s', code: FROM + 'COPY . /app\nRUN mkdir /app/data && chown node /app/data\n' },
    { name: '--chmod alone', code: FROM + 'COPY --chmod=755 run.sh /usr/local/bin/\n' },
    { name: 'a Windows image', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY --chown=ContainerUser app C:/app\n' }
  ],
  invalid: [
    {
      name: 'aa93e17f positive: COPY --chown',
      code: kics('COPY --chown=patrick:patrick app /app'),
      lines: [4],
      messages: ['`--chown=patrick:patrick` makes `patrick` the owner of the copied files, so a process running as `patrick` can rewrite them']
    },
    { name: 'aa93e17f positive2: in lower case', code: lower('COPY --chown=patrick:patrick app /app'), lines: [4] },
    // beyond KICS
    { name: 'ADD --chown', code: FROM + 'ADD --chown=node app.tar.gz /app/\n', lines: [2], messages: ['`--chown=node` makes `node` the owner'] },
    { name: 'a numeric user', code: FROM + 'COPY --chown=10001:10001 . /app\n', lines: [2], messages: ['`RUN mkdir -p /app/data && chown 10001 /app/data`'] },
    { name: 'a user from an ARG', code: FROM + 'ARG APP_USER=app\nCOPY --chown=${APP_USER}:${APP_USER} . /app\n', lines: [3], messages: ['`--chown=${APP_USER}:${APP_USER}` makes `app` the owner'] },
    { name: 'with --from and --chmod', code: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=build --chown=app --chmod=555 /out/app /usr/local/bin/\n', lines: [4] },
    { name: 'a build stage the image copies from (COPY --from keeps owners)', code: 'FROM node:22 AS build\nCOPY --chown=node:node . /app\nRUN npm ci\nFROM node:22-alpine\nCOPY --from=build /app /app\n', lines: [2] },
    { name: 'a stage copied from through another one', code: 'FROM alpine:3.20 AS a\nCOPY --chown=app . /a\nFROM alpine:3.20 AS b\nCOPY --from=a /a /b\nFROM alpine:3.20\nCOPY --from=b /b /app\n', lines: [2] },
    { name: 'a stage the image is built FROM', code: 'FROM node:22-alpine AS base\nCOPY --chown=node . /app\nFROM base\nCMD ["node", "/app/server.js"]\n', lines: [2] },
    { name: 'an ONBUILD trigger', code: FROM + 'ONBUILD COPY --chown=node . /app\n', lines: [2] },
    { name: 'on a continuation line', code: FROM + 'COPY \\\n  --chown=node:node \\\n  . /app\n', lines: [3] },
    { name: 'a heredoc', code: FROM + 'COPY --chown=node <<EOF /app/config.json\n{}\nEOF\n', lines: [2] }
  ]
})
