import rule from '../../src/rules/no-docker-socket.js'
import { testRule } from '../helpers/test-rule.js'

testRule(rule, {
  valid: [
    'FROM alpine:3.20\nVOLUME /data\n',
    'FROM alpine:3.20\nVOLUME ["/var/lib/app", "/var/log/app"]\n',
    { name: 'a path that only mentions the socket', code: 'FROM alpine:3.20\nVOLUME /var/run/docker.sock.d\nENV DOCKER_HOST=unix:///var/run/docker.sock\n' },
    { name: 'an unknown build arg', code: 'FROM alpine:3.20\nARG SOCKET\nVOLUME $SOCKET\n' }
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nVOLUME /var/run/docker.sock\n', lines: [2], messages: ['`VOLUME /var/run/docker.sock`'] },
    { name: 'JSON form, among other volumes', code: 'FROM alpine:3.20\nVOLUME ["/data", "/run/docker.sock"]\n', lines: [2], messages: ['/run/docker.sock'] },
    { name: 'several in the shell form', code: 'FROM alpine:3.20\nVOLUME /data /var/run/docker.sock /run/podman/podman.sock\n', lines: [2, 2] },
    { name: 'resolved from an ARG default, with a trailing slash', code: 'FROM alpine:3.20\nARG SOCK=/var/run/docker.sock\nVOLUME ${SOCK}/\n', lines: [3] },
    { name: 'containerd in an ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD VOLUME /run/containerd/containerd.sock\n', lines: [2] }
  ]
})
