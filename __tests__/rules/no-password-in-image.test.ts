import rule from '../../src/rules/no-password-in-image.js'
import { testRule } from '../helpers/test-rule.js'

testRule(rule, {
  valid: [
    // Checkov tests/dockerfile/graph_builder/checks/resources/RunChpasswd/pass/Dockerfile
    { name: 'CKV2_DOCKER_17: pass/Dockerfile', code: 'FROM ubuntu:20.04\nRUN chgrp root /etc/passwd' },
    { name: 'a user created without a password', code: 'FROM debian:bookworm-slim\nRUN useradd -u 10001 -m app\n' },
    { name: 'a locked password', code: "FROM debian:bookworm-slim\nRUN useradd -p '*' app && usermod -p '!' app\n" },
    { name: 'passwd locking or expiring an account', code: 'FROM debian:bookworm-slim\nRUN passwd -l root && passwd -e app\n' },
    { name: 'chpasswd only mentioned', code: 'FROM alpine:3.20\nRUN echo "no chpasswd here" && grep chpasswd /etc/login.defs\n' },
    { name: 'passwd piped into, but only to lock', code: 'FROM debian:bookworm-slim\nRUN yes | passwd -l root\n' }
  ],
  invalid: [
    // Checkov tests/dockerfile/graph_builder/checks/resources/RunChpasswd/fail/Dockerfile
    {
      name: 'CKV2_DOCKER_17: fail/Dockerfile',
      code: "FROM ubuntu:20.04\nRUN echo 'root:root' | chpasswd\nRUN echo 'root:' | chpasswd\nRUN apt-get update && echo \"someuser:somepasswd\" | chpasswd && echo \"lol\"\nRUN apt-get update ;\\\n    apt-get clean ; \\\n    echo 'root:root' | chpasswd\nRUN chpasswd < input.txt",
      lines: [2, 3, 4, 7, 8]
    },
    { code: 'FROM debian:bookworm-slim\nRUN echo "root:hunter2" | chpasswd\n', lines: [2], messages: ['`chpasswd`'] },
    { name: 'hashed with -e: still a crackable password', code: "FROM debian:bookworm-slim\nRUN echo 'app:$6$salt$hash' | chpasswd -e\n", lines: [2] },
    { name: 'from a here-string, wrapped in sudo', code: 'FROM debian:bookworm-slim\nRUN sudo chpasswd <<< "app:pw"\n', lines: [2] },
    { name: 'in sh -c', code: "FROM debian:bookworm-slim\nRUN sh -c 'echo app:pw | chpasswd'\n", lines: [2] },
    { name: 'on a continuation after a comment line', code: 'FROM debian:bookworm-slim\nRUN useradd -m app \\\n# set the password\n && echo app:pw | chpasswd\n', lines: [4] },
    { name: 'useradd -p and usermod --password', code: 'FROM debian:bookworm-slim\nRUN useradd -m -p "$(openssl passwd -1 pw)" app && usermod --password=xyz app\n', lines: [2, 2], messages: ['`useradd -p`', '`usermod -p`'] },
    { name: 'an empty password', code: "FROM debian:bookworm-slim\nRUN usermod -p '' app\n", lines: [2] },
    { name: 'passwd --stdin', code: 'FROM rockylinux:9\nRUN echo pw | passwd --stdin app\n', lines: [2] },
    { name: 'a password piped into passwd through sudo', code: 'FROM debian:bookworm-slim\nRUN printf "pw\\npw\\n" | sudo passwd app\n', lines: [2] },
    { name: 'in a heredoc script', code: 'FROM debian:bookworm-slim\nRUN <<EOF\necho app:pw | chpasswd\nEOF\n', lines: [3] },
    { name: 'exec form', code: 'FROM debian:bookworm-slim\nRUN ["chpasswd"]\n', lines: [2] },
    { name: 'a build stage too: the password is in the repository', code: 'FROM debian:bookworm-slim AS build\nRUN echo root:pw | chpasswd\nFROM debian:bookworm-slim\n', lines: [2] },
    { name: 'an ONBUILD trigger', code: 'FROM debian:bookworm-slim\nONBUILD RUN echo root:pw | chpasswd\n', lines: [2] }
  ]
})
