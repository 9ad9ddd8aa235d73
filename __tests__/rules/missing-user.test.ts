import rule from '../../src/rules/missing-user.js'
import { testRule } from '../helpers/test-rule.js'

testRule(rule, {
  valid: [
    { name: 'a data-only scratch image (nothing to run)', code: 'FROM alpine:3.20 AS index\nRUN echo x > /index.json\nFROM scratch\nCOPY --from=index /index.json /\n' },
    'FROM alpine:3.20\nUSER 10001\n',
    { name: 'USER root is no-root-user\'s concern', code: 'FROM alpine:3.20\nUSER root\n' },
    { name: 'a USER in a stage the final stage is built FROM', code: 'FROM alpine:3.20 AS base\nUSER 10001\nFROM base\nCMD ["sh"]\n' },
    { name: 'distroless nonroot', code: 'FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\n' },
    { name: 'distroless debug-nonroot', code: 'FROM gcr.io/distroless/base-debian12:debug-nonroot\n' },
    { name: 'Chainguard images', code: 'FROM cgr.dev/chainguard/static:latest\n' },
    { name: 'nginx-unprivileged', code: 'FROM nginxinc/nginx-unprivileged:1.27-alpine\n' },
    { name: 'an unknown base image', code: 'ARG BASE\nFROM $BASE\n' },
    { name: 'Windows images', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\n' },
    { name: 'an empty file', code: '' }
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nCMD ["sh"]\n', lines: [1], messages: ['`alpine:3.20` runs as root'] },
    { name: 'USER only in a build stage', code: 'FROM alpine:3.20 AS build\nUSER 10001\nFROM alpine:3.20\n', lines: [3] },
    { name: 'the chain of stages has no USER', code: 'FROM debian:bookworm-slim AS base\nRUN true\nFROM base\nCMD ["bash"]\n', lines: [3], messages: ['down to `debian:bookworm-slim`'] },
    { name: 'scratch runs as root', code: 'FROM scratch\nCOPY app /app\nENTRYPOINT ["/app"]\n', lines: [1], messages: ['`scratch` images run as root'] },
    { name: 'distroless without nonroot', code: 'FROM gcr.io/distroless/static-debian12\n', lines: [1] },
    { name: 'Chainguard -dev variants', code: 'FROM cgr.dev/chainguard/python:latest-dev\n', lines: [1] },
    { name: 'a base image from an ARG default', code: 'ARG BASE=alpine:3.20\nFROM ${BASE}\n', lines: [2] },
    { name: 'an ONBUILD USER does not set this image\'s user', code: 'FROM alpine:3.20\nONBUILD USER 10001\n', lines: [1] }
  ]
})
