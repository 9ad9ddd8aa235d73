import rule from '../../src/rules/missing-user.js'
import { testRule } from '../helpers/test-rule.js'

// Trivy's checks/docker/root_user_test.rego (DS002: its cases about a file with no USER; those about
// the last USER are in no-root-user's test), Checkov's tests/dockerfile/checks/example_UserExists
// (CKV_DOCKER_3, the version with the gosu cases) and KICS's missing_user_instruction/test (fd54f200).
const lower = (code: string) => code.replace(/^[A-Z]+(?= )/gm, (keyword) => keyword.toLowerCase())
const flask = 'FROM python:2.7\nRUN pip install Flask==0.11.1\nRUN useradd -ms /bin/bash patrick\nCOPY --chown=patrick:patrick app /app\nWORKDIR /app\n'
const flaskOnScratch = `${flask}USER patrick\nCMD ["python", "app.py"]\n\n${flask.replace('python:2.7', 'scratch')}CMD ["python", "app.py"]\n`
const hrefCounter =
  'FROM golang:1.16 AS builder\nWORKDIR /go/src/github.com/foo/href-counter/\nRUN go get -d -v golang.org/x/net/html  \nCOPY app.go    ./\nRUN CGO_ENABLED=0 GOOS=linux go build -a -installsuffix cgo -o app .\n\nFROM alpine:latest  \nRUN apk --no-cache add ca-certificates\nWORKDIR /root/\nCOPY --from=builder /go/src/github.com/foo/href-counter/app ./\nCMD ["./app"] \n'
const others = {
  valid: [
    { name: 'DS002: last non root allowed', code: 'FROM alpine:3.13\nUSER root\nUSER user1\n' },
    { name: 'DS002: multi-stage build allowed if last stage uses non root', code: 'FROM alpine:3.13\nUSER root\nFROM alpine:3.14\nUSER user1\n' },
    // Trivy counts `USER` with no argument as no USER; BuildKit rejects it (instruction-arguments reports it).
    { name: 'DS002 (differs): empty user denied', code: 'FROM alpine:3.13\nUSER\n' },
    { name: 'CKV_DOCKER_3: success_user/Dockerfile', code: 'FROM base\n\nLABEL foo="bar baz"\nUSER  me\n' },
    { name: 'CKV_DOCKER_3: success_gosu/Dockerfile', code: 'FROM base\n\nLABEL foo="bar baz"\nENTRYPOINT ["gosu", "me", "tini", "--", "/bin/sh"]\n' },
    { name: 'kics fd54f200: negative2.dockerfile', code: `${hrefCounter}RUN useradd -ms /bin/bash patrick\n\nUSER patrick\n` },
    { name: 'kics fd54f200: negative3.dockerfile', code: `${flask}USER patrick\nCMD ["python", "app.py"]\n` },
    { name: 'su-exec with a UID, by its path', code: 'FROM alpine:3.20\nRUN apk add --no-cache su-exec\nCMD ["/sbin/su-exec", "10001:10001", "server"]\n' },
    { name: 'Checkov and KICS (differ, from their code): a base image that runs as non-root', code: 'FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app\nENTRYPOINT ["/app"]\n' }
  ],
  invalid: [
    { name: 'DS002: no user cmd denied', code: 'FROM alpine:3.13\nEXPOSE 22\n', lines: [1] },
    // Trivy reports the `USER root` of the first stage, the last USER of the file.
    { name: 'DS002: multi-stage build denied if last stage does not specify user', code: 'FROM alpine:3.13\nUSER root\nFROM alpine:3.14\nCOPY blah.zip /blah.zip\n', lines: [3] },
    { name: 'CKV_DOCKER_3: failure_no_user/Dockerfile', code: 'FROM base\n\nLABEL foo="bar baz"\n', lines: [1] },
    { name: 'CKV_DOCKER_3: failure_no_gosu_cmd/Dockerfile', code: 'FROM base\n\nLABEL foo="bar baz"\nCMD ["gosu"]\n', lines: [1] },
    { name: 'CKV_DOCKER_3: failure_no_gosu_entrypoint/Dockerfile', code: 'FROM base\n\nLABEL foo="bar baz"\nENTRYPOINT ["gosu"]\n', lines: [1] },
    { name: 'kics fd54f200: positive1.dockerfile', code: `${flask}CMD ["python", "app.py"]\n`, lines: [1] },
    { name: 'kics fd54f200: positive2.dockerfile', code: hrefCounter, lines: [7] },
    { name: 'kics fd54f200: positive3.dockerfile (lower case)', code: lower(`${flask}CMD ["python", "app.py"]\n`), lines: [1] },
    // KICS passes any final stage built FROM scratch; one with a CMD runs it as root.
    { name: 'kics fd54f200 (differs): negative.dockerfile, a scratch image that runs a command', code: flaskOnScratch, lines: [9] },
    { name: 'kics fd54f200 (differs): negative4.dockerfile (lower case)', code: lower(flaskOnScratch), lines: [9] },
    { name: 'gosu to root', code: 'FROM debian:bookworm-slim\nENTRYPOINT ["gosu", "root", "server"]\n', lines: [1] },
    { name: 'gosu in a CMD that an ENTRYPOINT runs', code: 'FROM debian:bookworm-slim\nENTRYPOINT ["/entrypoint.sh"]\nCMD ["gosu", "app", "server"]\n', lines: [1] }
  ]
}

testRule(rule, {
  valid: [
    ...others.valid,
    { name: 'a data-only scratch image (nothing to run)', code: 'FROM alpine:3.20 AS index\nRUN echo x > /index.json\nFROM scratch\nCOPY --from=index /index.json /\n' },
    'FROM alpine:3.20\nUSER 10001\n',
    { name: 'USER root is no-root-user\'s concern', code: 'FROM alpine:3.20\nUSER root\n' },
    { name: 'a USER in a stage the final stage is built FROM', code: 'FROM alpine:3.20 AS base\nUSER 10001\nFROM base\nCMD ["sh"]\n' },
    { name: 'distroless nonroot', code: 'FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\n' },
    { name: 'distroless debug-nonroot', code: 'FROM gcr.io/distroless/base-debian12:debug-nonroot\n' },
    { name: 'Chainguard images', code: 'FROM cgr.dev/chainguard/static:latest\n' },
    { name: 'nginx-unprivileged', code: 'FROM nginxinc/nginx-unprivileged:1.27-alpine\n' },
    { name: 'an unknown base image', code: 'ARG BASE\nFROM $BASE\n' },
    { name: 'a bootc image, booted as a machine', code: 'FROM quay.io/fedora/fedora-bootc:41\nRUN dnf -y install httpd\n' },
    { name: 'a Universal Blue desktop image', code: 'FROM ghcr.io/ublue-os/silverblue-main:41\nRUN rpm-ostree install htop\n' },
    { name: 'Windows images', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\n' },
    {
      name: 'Windows named only in the tag',
      code: 'FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2022\nSHELL ["powershell", "-Command"]\nCOPY app/ C:/inetpub/wwwroot/\nENTRYPOINT ["C:\\\\ServiceMonitor.exe", "w3svc"]\n'
    },
    { name: 'a nanoserver tag', code: 'FROM mcr.microsoft.com/dotnet/sdk:8.0-nanoserver-1809\nCMD ["dotnet"]\n' },
    { name: 'an ltsc tag', code: 'FROM mcr.microsoft.com/powershell:lts-ltsc2022\nCMD ["pwsh"]\n' },
    { name: 'built FROM a Windows stage that switched to PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS base\nSHELL ["powershell", "-Command"]\nRUN Write-Host hi\nFROM base\nCMD ["powershell"]\n' },
    { name: 'Jenkins runs as jenkins', code: 'FROM jenkins/jenkins:lts-alpine\nCOPY plugins.txt /usr/share/jenkins/plugins.txt\nRUN jenkins-plugin-cli -f /usr/share/jenkins/plugins.txt\n' },
    { name: 'Keycloak runs as 1000', code: 'FROM quay.io/keycloak/keycloak:21.1.1\nENTRYPOINT ["/opt/keycloak/bin/kc.sh"]\n' },
    { name: 'Red Hat OpenJDK images run as 185', code: 'FROM registry.access.redhat.com/ubi8/openjdk-17:1.17\nCOPY --chown=185 target/app.jar /deployments/\n' },
    { name: 'Red Hat OpenJDK runtime images', code: 'FROM registry.access.redhat.com/ubi8/openjdk-11-runtime\n' },
    { name: 'JBoss EAP OpenShift images', code: 'FROM registry.redhat.io/jboss-eap-7/eap74-openjdk11-openshift-rhel8\n' },
    { name: 'JBoss EAP by its OpenShift image stream name', code: 'FROM jboss-eap64-openshift:1.4\n' },
    { name: 'a template placeholder is not an image', code: 'FROM BASEIMAGE\nCOPY etcd /usr/local/bin/\n' },
    { name: 'an empty file', code: '' }
  ],
  invalid: [
    ...others.invalid,
    { code: 'FROM alpine:3.20\nCMD ["sh"]\n', lines: [1], messages: ['`alpine:3.20` runs as root'] },
    { name: 'a plain Fedora container image is not a bootable one', code: 'FROM quay.io/fedora/fedora:41\nCMD ["bash"]\n', lines: [1] },
    { name: 'a base named through ARGs, shown resolved', code: 'ARG TAG=3.20\nFROM alpine:${TAG}\nCMD ["sh"]\n', lines: [2], messages: ['`alpine:${TAG}` (`alpine:3.20`) runs as root'] },
    { name: 'USER only in a build stage', code: 'FROM alpine:3.20 AS build\nUSER 10001\nFROM alpine:3.20\n', lines: [3] },
    { name: 'the chain of stages has no USER', code: 'FROM debian:bookworm-slim AS base\nRUN true\nFROM base\nCMD ["bash"]\n', lines: [3], messages: ['down to `debian:bookworm-slim`'] },
    { name: 'scratch runs as root', code: 'FROM scratch\nCOPY app /app\nENTRYPOINT ["/app"]\n', lines: [1], messages: ['`scratch` images run as root'] },
    { name: 'distroless without nonroot', code: 'FROM gcr.io/distroless/static-debian12\n', lines: [1] },
    { name: 'Chainguard -dev variants', code: 'FROM cgr.dev/chainguard/python:latest-dev\n', lines: [1] },
    { name: 'a tag that only mentions a Windows word is not Windows', code: 'FROM example/servercore-tools:1.0\nCMD ["sh"]\n', lines: [1] },
    { name: 'a Linux stage built FROM a Linux stage with PowerShell', code: 'FROM mcr.microsoft.com/powershell:7.4-ubuntu-24.04 AS base\nSHELL ["pwsh", "-Command"]\nFROM base\nCMD ["pwsh"]\n', lines: [3] },
    { name: 'Red Hat UBI itself runs as root', code: 'FROM registry.access.redhat.com/ubi8/ubi:8.10\nCMD ["bash"]\n', lines: [1] },
    { name: 'a lower-case placeholder-like name is a real image', code: 'FROM baseimage\n', lines: [1] },
    { name: 'a base image from an ARG default', code: 'ARG BASE=alpine:3.20\nFROM ${BASE}\n', lines: [2] },
    { name: 'an ONBUILD USER does not set this image\'s user', code: 'FROM alpine:3.20\nONBUILD USER 10001\n', lines: [1] }
  ]
})
