import rule from '../../src/rules/no-signature-bypass.js'
import { testRule } from '../helpers/test-rule.js'

const run = (body: string, image = 'debian:bookworm-slim') => `FROM ${image}\nRUN ${body}\n`

// Checkov's test resources (tests/dockerfile/graph_builder/checks/resources/<check>/{fail,pass}/), one
// case per file.
const checkov = {
  valid: [
    { name: 'CKV2_DOCKER_7: pass/Dockerfile', code: 'FROM alpine:3.5\nRUN apk add a-car\nRUN apk add a-handbag | grep "--allow-untrusted"\nRUN apk upgrade --no-cache && apk add \\\n    a-mobile-phone a-dvd\nRUN apk upgrade &&\\\n    echo "--allow-untrusted"\n' },
    {
      name: 'CKV2_DOCKER_8: pass/Dockerfile',
      code: 'FROM debian:bullseye\nRUN apt-get install python3\nRUN apt-get install python3 | grep "--allow-unauthenticated"\nRUN apt-get install python3 | grep "--force-yes"\nRUN apt-get update && apt-get install \\\n    python3\nRUN apt-get update &&\\\n    echo "--allow-unauthenticated"\nRUN apt-get update &&\\\n    echo "--force-yes"\n'
    },
    {
      name: 'CKV2_DOCKER_9: pass/Dockerfile',
      code: 'FROM fedora:rawhide\nRUN yum install python3\nRUN dnf install -y python3\nRUN yum install python3 | grep "--nogpgcheck"\nRUN dnf install python3 | grep "--nogpgcheck"\nRUN yum update && yum upgrade \\\n    python3\nRUN dnf update && dnf upgrade \\\n    python3\nRUN yum update &&\\\n    echo "--nogpgcheck"\nRUN dnf update ||\\\n    echo "--nogpgcheck"\n'
    },
    {
      name: 'CKV2_DOCKER_10: pass/Dockerfile',
      code: 'FROM fedora:rawhide\nRUN rpm -i python3.rpm\nRUN rpm -i python3.rpm | grep "--nosignature"\nRUN rpm -i python3.rpm && rpm -V \\\n    python3\nRUN rpm -i python3.rpm ;\\\n    echo "--nodigest"\nRUN rpm -i python3.rpm ;\\\n    echo "--noverify"\n'
    },
    { name: 'CKV2_DOCKER_11: pass/Dockerfile', code: 'FROM debian:bullseye\nRUN apt-get install python3\nRUN apt-get install python3 | grep "--force-yes"\nRUN apt-get update && apt-get install \\\n    python3\nRUN apt-get update &&\\\n    echo "--force-yes"\n' }
  ],
  invalid: [
    {
      name: 'CKV2_DOCKER_7: fail/Dockerfile',
      code: 'FROM alpine:3.5\nRUN apk add --allow-untrusted python3\nRUN apk --allow-untrusted add python3\nRUN apk \\\n    --allow-untrusted \\\n    add python3\nRUN apk \\\n    add python3 \\\n    --allow-untrusted\nRUN echo "prodsec" && apk --allow-untrusted add python3\n',
      lines: [2, 3, 5, 9, 10]
    },
    {
      name: 'CKV2_DOCKER_8: fail/Dockerfile',
      code: 'FROM debian:bullseye\nRUN apt-get install --allow-unauthenticated python3\nRUN apt-get install --force-yes python3\nRUN apt-get --allow-unauthenticated install python3\nRUN apt-get --force-yes install python3\nRUN apt-get \\\n    --allow-unauthenticated \\\n    install python3\nRUN apt-get \\\n    --force-yes \\\n    install python3\nRUN apt-get \\\n    install python3 \\\n    --allow-unauthenticated\nRUN apt-get \\\n    install python3 \\\n    --force-yes\nRUN echo "prodsec" && apt-get --allow-unauthenticated install python3\nRUN echo "prodsec" && apt-get --force-yes install python3\n',
      lines: [2, 3, 4, 5, 7, 10, 14, 17, 18, 19]
    },
    ...['dnf', 'tdnf', 'yum'].map((tool) => ({
      name: `CKV2_DOCKER_9: fail/Dockerfile.${tool}`,
      code: `FROM fedora:rawhide\nRUN ${tool} install -y --nogpgcheck python3\nRUN ${tool} --nogpgcheck install -y python3\nRUN ${tool} \\\n    --nogpgcheck \\\n    install python3\nRUN ${tool} \\\n    install -y python3 \\\n    --nogpgcheck\nRUN echo "prodsec" && ${tool} --nogpgcheck -y install python3\n`,
      lines: [2, 3, 5, 9, 10]
    })),
    {
      name: 'CKV2_DOCKER_9: fail/Dockerfile.wilderness',
      code: 'FROM openjdk:ship\n\nRUN tdnf -y update && \\\n    tdnf -y upgrade && \\\n    tdnf install -y ${package} shadow-utils --nogpgcheck && \\\n    tdnf clean all\n',
      lines: [5]
    },
    {
      name: 'CKV2_DOCKER_10: fail/Dockerfile',
      code: 'FROM fedora:rawhide\nRUN rpm -i --nodigest --nosignature --noverify --nofiledigest python3.rpm\nRUN rpm -i --nodigest python3.rpm\nRUN rpm -i --nosignature python3.rpm\nRUN rpm -i --noverify python3.rpm\nRUN rpm -i --nofiledigest python3.rpm\nRUN rpm \\\n    --nodigest \\\n    --nosignature \\\n    --noverify \\\n    --nofiledigest \\\n    -i python3.rpm\nRUN rpm \\\n    -i python3.rpm \\\n    --nodigest \\\n    --nosignature \\\n    --nofiledigest \\\n    --noverify\nRUN echo "prodsec" && rpm --nodigest --nosignature --noverify --nofiledigest -i python3.rpm\n',
      lines: [2, 3, 4, 5, 6, 8, 15, 19]
    },
    {
      name: 'CKV2_DOCKER_11: fail/Dockerfile',
      code: 'FROM debian:bullseye\nRUN apt-get install --force-yes python3\nRUN apt-get --force-yes install python3\nRUN apt-get \\\n    --force-yes \\\n    install python3\nRUN apt-get \\\n    install python3 \\\n    --force-yes\nRUN echo "prodsec" && apt-get --force-yes install python3\n',
      lines: [2, 3, 5, 9, 10]
    }
  ]
}

testRule(rule, {
  valid: [
    ...checkov.valid,
    run('apt-get update && apt-get install -y --no-install-recommends curl'),
    run('apk add --no-cache curl', 'alpine:3.20'),
    { name: 'a local apk added with its key', code: 'FROM alpine:3.20\nCOPY acme.rsa.pub /etc/apk/keys/\nRUN apk add --no-cache /tmp/acme.apk\n' },
    run('dnf install -y --setopt=install_weak_deps=False nginx', 'fedora:40'),
    { name: 'repo_gpgcheck is not gpgcheck', code: run('dnf install -y --setopt=acme.repo_gpgcheck=0 nginx', 'fedora:40') },
    { name: 'rpm query and verify modes', code: run('rpm -qi --nosignature bash && rpm -V --nofiledigest bash', 'fedora:40') },
    run('rpm --import https://example.com/key.asc && rpm -ivh /tmp/acme.rpm', 'fedora:40'),
    run('apt-get -o APT::Get::AllowUnauthenticated=false install -y curl'),
    { name: 'the flag as text', code: run('echo "do not use --allow-untrusted"') },
    { name: 'a command line only mentioned', code: run('echo "never use apt-get --force-yes" >> /README') },
    run("echo 'APT::Get::Assume-Yes \"true\";' > /etc/apt/apt.conf.d/90yes")
  ],
  invalid: [
    ...checkov.invalid,
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
