import rule from '../../src/rules/no-ssh-server.js'
import { testRule } from '../helpers/test-rule.js'

testRule(rule, {
  valid: [
    'FROM debian:bookworm-slim\nRUN apt-get install -y --no-install-recommends openssh-client\n',
    { name: 'SSH clients and libraries', code: 'FROM alpine:3.20\nRUN apk add --no-cache openssh-client openssh-keygen libssh2\n' },
    { name: 'the server name outside an install', code: 'FROM debian:bookworm-slim\nRUN apt-get remove -y openssh-server && echo openssh-server\n' },
    { name: 'apk --virtual names a group, not a package', code: 'FROM alpine:3.20\nRUN apk add --no-cache --virtual dropbear curl\n' },
    { name: '`openssh` on Debian is not a package (only Alpine and SUSE ship the server in it)', code: 'FROM debian:bookworm-slim\nRUN apt-get install -y openssh-sftp-server\n' },
    { name: 'a build stage the image is not built FROM', code: 'FROM alpine:3.20 AS test\nRUN apk add --no-cache openssh\nFROM alpine:3.20\nUSER 10001\n' }
  ],
  invalid: [
    { code: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends openssh-server\n', lines: [2], messages: ['`openssh-server`'] },
    { name: 'versions and archs pinned', code: 'FROM debian:bookworm-slim\nRUN apt-get install -y openssh-server=1:9.2p1-2+deb12u3 dropbear:amd64\n', lines: [2, 2] },
    { name: "Debian's ssh meta-package", code: 'FROM debian:bookworm-slim\nRUN apt-get -qqy install ssh\n', lines: [2] },
    {
      name: 'Alpine openssh and dropbear, pointing to the client-only package for the meta-package',
      code: 'FROM alpine:3.20\nRUN apk add --no-cache openssh=9.7_p1-r4 && apk add dropbear\n',
      lines: [2, 2],
      messages: ['installs `openssh`, which includes an SSH server: reach containers with `docker exec` instead. If the build only needs the `ssh` client (git over SSH, scp), install `openssh-client`.', 'installs `dropbear`, which includes an SSH server: reach containers with `docker exec` instead.']
    },
    { name: 'dnf, yum, microdnf and zypper', code: 'FROM rockylinux:9\nRUN dnf install -y openssh-server && yum -y install openssh-server-8.7p1 && microdnf install dropbear && zypper --non-interactive in openssh\n', lines: [2, 2, 2, 2] },
    { name: 'through sudo, sh -c and a heredoc', code: "FROM debian:bookworm-slim\nRUN sudo apt-get install -y ssh && sh -c 'apt-get install -y dropbear'\nRUN <<EOF\napt-get install -y openssh-server\nEOF\n", lines: [2, 2, 4] },
    { name: 'on a continuation after a comment line', code: 'FROM debian:bookworm-slim\nRUN apt-get install -y \\\n# remote access\n    openssh-server\n', lines: [4] },
    { name: 'exec form', code: 'FROM alpine:3.20\nRUN ["apk", "add", "openssh"]\n', lines: [2] },
    { name: 'a stage the final stage is built FROM, and an ONBUILD trigger', code: 'FROM alpine:3.20 AS base\nRUN apk add openssh\nFROM base\nONBUILD RUN apk add dropbear\n', lines: [2, 4] }
  ]
})
