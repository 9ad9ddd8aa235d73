import rule from '../../src/rules/no-signature-bypass.js'
import { testRule } from '../helpers/test-rule.js'

const run = (body: string, image = 'debian:bookworm-slim') => `FROM ${image}\nRUN ${body}\n`

testRule(rule, {
  valid: [
    run('apt-get update && apt-get install -y --no-install-recommends curl'),
    run('apk add --no-cache curl', 'alpine:3.20'),
    { name: 'a local apk added with its key', code: 'FROM alpine:3.20\nCOPY acme.rsa.pub /etc/apk/keys/\nRUN apk add --no-cache /tmp/acme.apk\n' },
    run('dnf install -y --setopt=install_weak_deps=False nginx', 'fedora:40'),
    { name: 'repo_gpgcheck is not gpgcheck', code: run('dnf install -y --setopt=acme.repo_gpgcheck=0 nginx', 'fedora:40') },
    { name: 'rpm query and verify modes', code: run('rpm -qi --nosignature bash && rpm -V --nofiledigest bash', 'fedora:40') },
    run('rpm --import https://example.com/key.asc && rpm -ivh /tmp/acme.rpm', 'fedora:40'),
    run('apt-get -o APT::Get::AllowUnauthenticated=false install -y curl'),
    { name: 'the flag as text', code: run('echo "do not use --allow-untrusted"') },
    run("echo 'APT::Get::Assume-Yes \"true\";' > /etc/apt/apt.conf.d/90yes")
  ],
  invalid: [
    { code: run('apk add --allow-untrusted /tmp/acme.apk', 'alpine:3.20'), lines: [2], messages: ['`apk --allow-untrusted` installs packages without checking their signatures'], fix: '' },
    { code: run('apt-get install -y --allow-unauthenticated curl'), lines: [2], fix: '' },
    { name: '--force-yes becomes -y', code: run('apt-get install --force-yes curl'), lines: [2], messages: ['`apt-get --force-yes`'], fix: '-y' },
    { name: '--force-yes beside -qqy is dropped', code: run('apt-get install -qqy --force-yes curl'), lines: [2], fix: '' },
    { code: run('apt-get -o APT::Get::AllowUnauthenticated=true install curl'), lines: [2] },
    { code: run('sudo apt-get install -y --allow-unauthenticated curl'), lines: [2] },
    { code: run('env DEBIAN_FRONTEND=noninteractive apt-get install -y --allow-unauthenticated curl'), lines: [2] },
    { code: run("bash -c 'apt-get install -y --allow-unauthenticated curl'"), lines: [2] },
    { code: run('yum install -y --nogpgcheck nginx', 'rockylinux:9'), lines: [2], messages: ['`yum --nogpgcheck`'] },
    { code: run('dnf --nogpgcheck install -y nginx', 'fedora:40'), lines: [2] },
    { code: run('tdnf install -y --nogpgcheck nginx', 'photon:5.0'), lines: [2] },
    { code: run('microdnf install -y --nogpgcheck nginx', 'ubi9-minimal'), lines: [2] },
    { code: run('dnf install -y --setopt=gpgcheck=0 nginx', 'fedora:40'), lines: [2] },
    { code: run('zypper --no-gpg-checks install -y nginx', 'opensuse/leap:15.6'), lines: [2] },
    { code: run('rpm -ivh --nosignature /tmp/acme.rpm', 'fedora:40'), lines: [2], messages: ['`rpm --nosignature`'] },
    { code: run('rpm -Uvh --nodigest --nofiledigest /tmp/acme.rpm', 'fedora:40'), lines: [2] },
    { code: run('rpm --install --noverify /tmp/acme.rpm', 'fedora:40'), lines: [2] },
    { code: run('dpkg -i --force-bad-verify /tmp/acme.deb'), lines: [2] },
    { name: 'heredoc RUN', code: 'FROM alpine:3.20\nRUN <<EOF\napk add --allow-untrusted /tmp/acme.apk\nEOF\n', lines: [3] },
    { name: 'ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD RUN apk add --allow-untrusted /tmp/acme.apk\n', lines: [2] },
    { name: 'exec-form RUN', code: 'FROM alpine:3.20\nRUN ["apk", "add", "--allow-untrusted", "/tmp/acme.apk"]\n', lines: [2] },
    { name: 'continuation with a comment line', code: 'FROM debian:bookworm-slim\nRUN apt-get update \\\n# install\n && apt-get install -y \\\n      --allow-unauthenticated curl\n', lines: [5] },
    { name: 'in a build stage too', code: 'FROM alpine:3.20 AS build\nRUN apk add --allow-untrusted /tmp/acme.apk\nFROM alpine:3.20\n', lines: [2] },
    { code: run(`echo 'APT::Get::AllowUnauthenticated "true";' > /etc/apt/apt.conf.d/99unauth`), lines: [2], messages: ['written to `/etc/apt/apt.conf.d/99unauth`'] }
  ]
})
