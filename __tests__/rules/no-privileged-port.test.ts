import rule from '../../src/rules/no-privileged-port.js'
import { testRule } from '../helpers/test-rule.js'

testRule(rule, {
  valid: [
    'FROM alpine:3.20\nEXPOSE 8080 8443\nUSER 10001\n',
    { name: 'root may bind any port', code: 'FROM nginx:1.27\nEXPOSE 80\nUSER root\n' },
    { name: 'no USER: the base image decides', code: 'FROM nginx:1.27\nEXPOSE 80\n' },
    { name: 'a USER from an unknown ARG', code: 'FROM alpine:3.20\nARG RUN_AS\nEXPOSE 80\nUSER $RUN_AS\n' },
    { name: 'a low port in a build stage the image is not built FROM', code: 'FROM alpine:3.20 AS test\nEXPOSE 80\nFROM alpine:3.20\nUSER 10001\n' },
    { name: 'a low port exposed for child images (ONBUILD)', code: 'FROM alpine:3.20\nONBUILD EXPOSE 80\nUSER 10001\n' },
    { name: 'Windows images have no privileged ports', code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nEXPOSE 80\nUSER ContainerUser\n' },
    { name: 'setcap of another capability', code: 'FROM debian:bookworm-slim\nRUN setcap cap_net_raw+ep /usr/bin/ping\nEXPOSE 8080\nUSER 10001\n' }
  ],
  invalid: [
    { code: 'FROM nginx:1.27\nEXPOSE 80\nUSER nginx\n', lines: [2], messages: ['`EXPOSE 80` is a privileged port, but the image runs as `nginx`'] },
    { name: 'each low port or range, with a protocol', code: 'FROM alpine:3.20\nEXPOSE 8080 443/tcp 53/udp 1000-1100\nUSER 10001:10001\n', lines: [2, 2, 2] },
    { name: 'from an ARG default', code: 'FROM alpine:3.20\nARG PORT=80\nEXPOSE $PORT\nUSER 10001\n', lines: [3] },
    { name: 'the user inherited from the stage the final stage is built FROM', code: 'FROM alpine:3.20 AS base\nUSER 10001\nFROM base\nEXPOSE 80\n', lines: [4] },
    { name: 'setcap cap_net_bind_service: a note on the setcap instead', code: "FROM debian:bookworm-slim\nRUN setcap 'cap_net_bind_service=+ep' /usr/sbin/nginx\nEXPOSE 80\nUSER 10001\n", lines: [2], messages: ['ports below 1024'] },
    { name: 'setcap through sudo in a heredoc', code: 'FROM debian:bookworm-slim\nRUN <<EOF\nsudo setcap cap_net_bind_service+ep /app/server\nEOF\n', lines: [3] }
  ]
})
