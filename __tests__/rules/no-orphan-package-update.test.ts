import rule from '../../src/rules/no-orphan-package-update.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM debian:bookworm-slim\n'

testRule(rule, {
  valid: [
    FROM + 'RUN apt-get update && apt-get install -y --no-install-recommends curl\n',
    { name: 'joined by ;', code: FROM + 'RUN apt-get update -y ; apt-get install -y curl\n' },
    { name: 'upgrade uses the index', code: FROM + 'RUN apt-get update && apt-get upgrade -y\n' },
    { name: 'apt and apt-get are one family', code: FROM + 'RUN apt-get update && apt install -y curl\n' },
    { name: 'apt-cache reads the index', code: FROM + 'RUN apt-get update && apt-cache policy curl\n' },
    { name: 'option values are not verbs', code: FROM + 'RUN apt-get -o Acquire::Retries=3 update && apt-get -o Dpkg::Options::=--force-confold install -y curl\n' },
    { name: 'install through sudo and xargs', code: FROM + 'RUN sudo apt-get update && xargs -a /pkgs.txt sudo apt-get install -y\n' },
    { name: 'install inside sh -c', code: FROM + `RUN apt-get update && sh -c 'apt-get install -y curl'\n` },
    { name: 'a project script may install', code: FROM + 'RUN apt-get update && ./scripts/install-deps.sh\n' },
    { name: 'a script run by bash may install', code: FROM + 'RUN apt-get update && bash /tmp/setup.sh\n' },
    { name: 'apk update then add', code: 'FROM alpine:3.20\nRUN apk update && apk add git\n' },
    { name: 'apk --update add', code: 'FROM alpine:3.20\nRUN apk --update add easy-rsa\n' },
    { name: 'dnf makecache then install', code: 'FROM fedora:40\nRUN dnf makecache && dnf install -y git\n' },
    { name: 'zypper ref then in', code: 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive ref && zypper -n in curl\n' },
    { name: 'an OS upgrade is not an index refresh', code: 'FROM rockylinux:9.3\nRUN yum update -y\n' },
    { name: 'other programs named update', code: FROM + 'RUN sbt update && /bin/sh /scripts/someScript.sh update\n' },
    { name: 'a heredoc RUN', code: FROM + 'RUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n' }
  ],
  invalid: [
    { code: FROM + 'RUN apt-get update\nRUN apt-get install -y curl\n', lines: [2], messages: ['`apt-get update` is not followed by an install in this RUN'] },
    { name: 'chained with something else', code: FROM + 'RUN apt-get update && adduser mike\n', lines: [2] },
    { name: 'install before the update', code: FROM + 'RUN apt-get install -y curl && apt-get update\n', lines: [2] },
    { name: 'cleaning is no install', code: FROM + 'RUN apt-get update && apt-get clean\n', lines: [2] },
    { name: 'another package manager installs', code: FROM + 'RUN apt-get update && pip install requests\n', lines: [2] },
    { name: 'apk update alone', code: 'FROM alpine:3.20\nRUN apk update\n', lines: [2], messages: ['`apk update`'] },
    { name: 'dnf makecache alone', code: 'FROM fedora:40\nRUN dnf -y makecache\n', lines: [2], messages: ['`dnf makecache`'] },
    { name: 'zypper refresh alone', code: 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive refresh\n', lines: [2] },
    { name: 'sudo', code: FROM + 'RUN sudo apt-get update\n', lines: [2] },
    { name: 'inside sh -c', code: FROM + `RUN sh -c 'apt-get update'\n`, lines: [2] },
    { name: 'exec form', code: FROM + 'RUN ["apt-get", "update"]\n', lines: [2] },
    { name: 'ONBUILD trigger', code: FROM + 'ONBUILD RUN apt-get update\n', lines: [2] },
    { name: 'line continuation with a comment line', code: FROM + 'RUN echo start \\\n# refresh\n  && apt-get update\n', lines: [4] },
    { name: 'multi-stage', code: FROM + 'RUN apt-get update && apt-get install -y gcc\nFROM debian:bookworm-slim\nRUN apt-get update\n', lines: [4] }
  ]
})
