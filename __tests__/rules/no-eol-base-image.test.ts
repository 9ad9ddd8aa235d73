import { describe, expect, it } from '@jest/globals'
import { lint } from '../../src/lint.js'
import rule from '../../src/rules/no-eol-base-image.js'
import { testRule } from '../helpers/test-rule.js'

// No other linter has this check, so these are the cases a user expects: each tag form of the
// official images, the OS a tag names beside the runtime, the moving tags that are not judged, and
// the images a vendor publishes under the same short name, which are not guessed at. The date is
// fixed, as the CLI and the action fix it per run (Settings.today), and the dates come from the
// shipped data (src/rules/data/eol.ts).
const TODAY = '2026-12-03'
const options = { settings: { today: TODAY } }
const valid = (code: string, name?: string) => ({ code, name, options })
const invalid = (code: string, messages: string[] = [], lines = [1], name?: string) => ({ code, lines, messages, name, options })
const from = (image: string) => `FROM ${image}\nUSER 10001\n`

testRule(rule, {
  valid: [
    // Supported releases.
    valid(from('python:3.13-slim')),
    valid(from('python:3.12-slim-bookworm')),
    valid(from('node:22-alpine3.22')),
    valid(from('node:24-trixie-slim')),
    valid(from('debian:bookworm-slim'), 'Debian 12 is covered by Debian LTS until 2028'),
    valid(from('debian:12.13')),
    valid(from('ubuntu:24.04')),
    valid(from('ubuntu:jammy-20240101')),
    valid(from('alpine:3.22.1')),
    valid(from('golang:1.26-alpine3.22')),
    valid(from('eclipse-temurin:21-jre-noble')),
    valid(from('mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled')),
    valid(from('postgres:17-alpine')),
    valid(from('httpd:2.4'), 'a cycle with no end set'),
    valid(from('redis:6.2-alpine'), 'a cycle its project still supports'),
    valid(from('amazonlinux:2023')),
    valid(from('centos/centos:stream9'), 'not the centos image'),
    // Moving tags name no release, or one that is supported.
    valid(from('python:3'), 'a major-only tag of a line that still gets releases'),
    valid(from('python:3-slim')),
    valid(from('golang:1')),
    valid(from('mariadb:12'), 'a line with no newer one: it may still get releases'),
    valid(from('mongo:7'), 'the line is supported by its longest-lived release'),
    valid(from('mysql:8')),
    valid(from('node:lts-alpine')),
    valid(from('node:current')),
    valid(from('node:alpine')),
    valid(from('python:latest')),
    valid(from('python')),
    valid(from('ubuntu:rolling')),
    valid(from('debian:stable-slim')),
    valid(from('debian:oldstable')),
    valid(from('debian:sid')),
    valid(from('alpine:edge')),
    valid(from('alpine:20240606'), 'a dated snapshot of edge'),
    valid(from('python:3.13-alpine'), 'an OS variant with no version'),
    // Releases newer than the data are not guessed at.
    valid(from('node:26-alpine')),
    valid(from('golang:1.27.1-bookworm')),
    valid(from('elasticsearch:8.11.1'), 'a minor line the data does not list'),
    valid(from('mysql:8.5')),
    // Not official images, nor images of the listed products.
    valid(from('ghcr.io/acme/python:3.7'), 'a vendor image with the same short name'),
    valid(from('bitnami/python:3.7')),
    valid(from('registry.example.com/library/node:14')),
    valid(from('nvidia/cuda:12.2.0-base-ubuntu18.04'), 'a vendor image: its tag words are not guessed at'),
    valid(from('oven/bun:1-debian')),
    valid(from('rust:1-slim-trixie')),
    // openjdk's early-access tags are still updated; versions after the data are not judged.
    valid(from('openjdk:26-ea-jdk-slim')),
    valid(from('openjdk:27-ea-5-jdk')),
    valid(from('openjdk:99')),
    // Not judged: unknown variables, stages, scratch, images that only COPY --from reads.
    valid('ARG PYTHON_VERSION\nFROM python:${PYTHON_VERSION}-slim-buster\nUSER 10001\n', 'an ARG with no default decides the tag'),
    valid('FROM ${BASE_IMAGE}\n'),
    valid('FROM python:3.13 AS builder\nRUN pip wheel -w /w app\nFROM builder\nUSER 10001\n', 'a stage'),
    valid('FROM scratch\nCOPY app /app\n'),
    valid('FROM alpine:3.22\nCOPY --from=python:3.7 /usr/local/bin/python3 /usr/local/bin/\nUSER 10001\n', 'COPY --from copies files, it is not the base'),
    valid('FROM BASEIMAGE\n', 'a placeholder a script replaces'),
    // Without a date the rule judges nothing (a program that calls lint() with no clock).
    { code: from('python:3.7'), name: 'no date given' }
  ],
  invalid: [
    invalid(from('python:3.7'), ['The base image `python:3.7` is built on Python 3.7, whose security support ended on 2023-06-27: it gets no security fixes any more. Move to Python 3.14, supported until 2030-10-31.']),
    invalid(from('python:3.7.12-slim'), ['Python 3.7, whose security support ended on 2023-06-27']),
    invalid(from('python:3.7-alpine3.15'), ['Python 3.7, whose security support ended on 2023-06-27, and on Alpine Linux 3.15, whose security support ended on 2023-11-01: they get no security fixes any more. Move to Python 3.14, supported until 2030-10-31; and to Alpine Linux 3.22, supported until 2027-05-01.']),
    invalid(from('python:3.13-alpine3.15'), ['is built on Alpine Linux 3.15, whose'], [1], 'a supported runtime on an ended OS'),
    invalid(from('python:3.7-windowsservercore-1809'), ['Python 3.7,']),
    invalid(from('python:2'), ['Python 2.7, whose security support ended on 2020-01-01'], [1], 'a major-only tag of a line a newer major replaced'),
    invalid(from('python:2.7.9')),
    invalid(from('node:14-buster-slim'), ['Node.js 14, whose security support ended on 2023-04-30, and on Debian 10 (Buster), whose security support ended on 2024-06-30']),
    invalid(from('node:lts-buster'), ['is built on Debian 10 (Buster), whose security support ended on 2024-06-30: it gets'], [1], 'a moving Node.js tag on an ended Debian'),
    invalid(from('node:hydrogen-alpine'), ['Node.js 18, whose security support ended on 2025-04-30: it gets no security fixes any more. Move to Node.js 24, supported until 2028-04-30.'], [1], 'an LTS codename; the newest LTS is named'),
    invalid(from('node:16.15.1')),
    invalid(from('node:4-slim')),
    invalid(from('node:3'), ['Node.js 3, which is no longer supported'], [1], 'a release that ended on a date nobody recorded'),
    invalid(from('debian:buster'), ['Debian 10 (Buster), whose security support ended on 2024-06-30: it gets no security fixes any more. Move to Debian 13 (Trixie), supported until 2030-06-30.']),
    invalid(from('debian:10')),
    invalid(from('debian:10.13-slim')),
    invalid(from('debian:jessie-backports')),
    invalid(from('debian:stretch-20220622-slim')),
    invalid(from('debian:bullseye'), ['Debian 11 (Bullseye), whose security support ended on 2026-08-31'], [1], 'the end of Debian LTS counts'),
    invalid(from('ubuntu:18.04'), ['Ubuntu 18.04 (Bionic Beaver), whose security support ended on 2023-05-31: it gets no security fixes any more. Move to Ubuntu 26.04 (Resolute Raccoon), supported until 2031-04-30.']),
    invalid(from('ubuntu:bionic')),
    invalid(from('ubuntu:bionic-20190912.1')),
    invalid(from('ubuntu:focal'), ['Ubuntu 20.04 (Focal Fossa), whose security support ended on 2025-05-31'], [1], 'the end of standard support counts, not of paid ESM'),
    invalid(from('alpine:3.15'), ['Alpine Linux 3.15, whose security support ended on 2023-11-01']),
    invalid(from('alpine:3.15.4')),
    invalid(from('alpine:3.20'), ['Alpine Linux 3.20, whose security support ended on 2026-04-01']),
    invalid(from('golang:1.19-bullseye'), ['Go 1.19, whose security support ended on 2023-09-06, and on Debian 11 (Bullseye), whose security support ended on 2026-08-31: they get no security fixes any more. Move to Go 1.26; and to Debian 13 (Trixie), supported until 2030-06-30.']),
    invalid(from('golang:1.17.5-alpine3.15')),
    invalid(from('golang:1-buster'), ['is built on Debian 10 (Buster)']),
    invalid(from('php:7.4-fpm-alpine'), ['PHP 7.4, whose security support ended on 2022-11-28']),
    invalid(from('php:7-cli'), ['PHP 7.4,']),
    invalid(from('eclipse-temurin:19-jdk'), ['Eclipse Temurin 19, whose security support ended on 2023-03-31: it gets no security fixes any more. Move to Eclipse Temurin 21, supported until 2029-12-31.'], [1], 'a non-LTS Java: the newest LTS is named'),
    invalid(from('eclipse-temurin:11-jre-focal'), ['is built on Ubuntu 20.04 (Focal Fossa)']),
    invalid(from('mcr.microsoft.com/dotnet/aspnet:6.0'), ['.NET 6, whose security support ended on 2024-11-12: it gets no security fixes any more. Move to .NET 10, supported until 2028-11-14.']),
    invalid(from('mcr.microsoft.com/dotnet/sdk:6.0-nanoserver-1809')),
    invalid(from('mcr.microsoft.com/dotnet/runtime:6.0.25-bullseye-slim'), ['.NET 6, whose security support ended on 2024-11-12, and on Debian 11 (Bullseye)']),
    invalid(from('mcr.microsoft.com/dotnet/core/sdk:3.1-buster'), ['.NET 3.1,']),
    invalid(from('postgres:11-alpine'), ['PostgreSQL 11, whose security support ended on 2023-11-09']),
    invalid(from('postgres:9'), ['PostgreSQL 9.6,']),
    invalid(from('mysql:5.7'), ['MySQL 5.7, whose security support ended on 2023-10-31: it gets no security fixes any more. Move to MySQL 8.4, supported until 2032-04-30.'], [1], 'the newest LTS is named, not a newer short-lived release'),
    invalid(from('mariadb:10.4')),
    invalid(from('mariadb:11.5.2'), ['MariaDB 11.5,']),
    invalid(from('mongo:4.4'), ['MongoDB 4.4,']),
    invalid(from('mongo:6'), ['MongoDB 6.0, whose security support ended on 2025-07-31']),
    invalid(from('redis:6.0'), ['Move to Redis 8.6.'], [1], 'a successor with no end set'),
    invalid(from('nginx:1.18.0'), ['nginx 1.18,']),
    invalid(from('nginx:1.16.0-alpine'), ['nginx 1.16,']),
    invalid(from('nginxinc/nginx-unprivileged:1.20-alpine'), ['nginx 1.20,']),
    invalid(from('httpd:2.2'), ['Apache HTTP Server 2.2,']),
    invalid(from('ruby:2.7-slim-bullseye'), ['Ruby 2.7, whose security support ended on 2023-03-31, and on Debian 11 (Bullseye)']),
    invalid(from('ruby:2.0.0-p598'), ['Ruby 2.0.0,']),
    invalid(from('ruby:1.9.3-p551')),
    invalid(from('elasticsearch:7.17.10'), ['Elasticsearch 7, whose security support ended on 2026-01-15']),
    invalid(from('docker.elastic.co/elasticsearch/elasticsearch:7.17.10')),
    invalid(from('fedora:38'), ['Fedora Linux 38,']),
    invalid(from('quay.io/fedora/fedora:38')),
    invalid(from('centos:7'), ['CentOS Linux 7, whose security support ended on 2024-06-30: it gets no security fixes any more. Move to AlmaLinux or Rocky Linux, which rebuild Red Hat Enterprise Linux as CentOS Linux did.']),
    invalid(from('centos:centos8')),
    invalid(from('centos:7.9.2009')),
    invalid(from('amazonlinux:2'), ['Amazon Linux 2, whose security support ended on 2025-06-30: it gets no security fixes any more. Move to Amazon Linux 2023, supported until 2028-03-15.']),
    invalid(from('amazonlinux:2.0.20231218.0')),
    invalid(from('amazonlinux:2018.03')),
    invalid(from('public.ecr.aws/amazonlinux/amazonlinux:2')),
    invalid(from('amazoncorretto:17-al2-jdk'), ['is built on Amazon Linux 2,'], [1], 'Corretto 17 is supported; its Amazon Linux 2 is not'),
    invalid(from('amazoncorretto:18-alpine3.15'), ['Amazon Corretto 18, whose security support ended on 2022-10-18, and on Alpine Linux 3.15']),
    invalid(from('rust:buster'), ['is built on Debian 10 (Buster)'], [1], 'any official image names its OS in the tag'),
    invalid(from('tomcat:9.0-jre11-temurin-focal'), ['is built on Ubuntu 20.04 (Focal Fossa)']),
    // openjdk: deprecated, only early-access tags updated; the same Java version on Temurin, where supported.
    invalid(from('openjdk:11-jre-slim'), ["The base image `openjdk:11-jre-slim` is built on Docker Hub's deprecated `openjdk` image, whose release tags have had no updates since July 2022: it gets no security fixes any more. Move to `eclipse-temurin:11`, supported until 2027-10-31."]),
    invalid(from('openjdk:8-jdk-alpine'), ['Move to `eclipse-temurin:21`'], [1], 'Temurin 8 has ended too: the newest LTS'),
    invalid(from('openjdk:8u121-jdk')),
    invalid(from('openjdk:17.0.2-slim'), ['`eclipse-temurin:17`']),
    invalid(from('openjdk:14-jdk-oracle'), ['Move to `eclipse-temurin:21`']),
    invalid(from('openjdk:11-jre-slim-buster'), ["deprecated `openjdk` image, whose release tags have had no updates since July 2022, and on Debian 10 (Buster)"]),
    // Every way of naming Docker Hub, and its mirrors.
    invalid(from('docker.io/library/python:3.7')),
    invalid(from('index.docker.io/library/python:3.7')),
    invalid(from('library/python:3.7')),
    invalid(from('docker.io/python:3.7')),
    invalid(from('public.ecr.aws/docker/library/python:3.7')),
    invalid(from('mirror.gcr.io/library/node:16')),
    invalid(from('python:3.7@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'), [], [1], 'a digest: the tag still names the release'),
    // Where the tag comes from, and where FROM is.
    invalid('ARG PYTHON_VERSION=3.7\nFROM python:${PYTHON_VERSION}-slim\nUSER 10001\n', ['The base image `python:${PYTHON_VERSION}-slim` (`python:3.7-slim`) is built on Python 3.7'], [2], 'a tag from an ARG default'),
    invalid('ARG GO_VERSION=1.19\nARG ALPINE_VERSION=3.16\nFROM golang:${GO_VERSION}-alpine${ALPINE_VERSION} AS build\nFROM alpine:${ALPINE_VERSION}\nUSER 10001\n', ['Go 1.19', 'Alpine Linux 3.16'], [3, 4]),
    invalid('FROM golang:1.19 AS build\nRUN go build -o /app .\nFROM alpine:3.14\nCOPY --from=build /app /app\nUSER 10001\n', ['Go 1.19', 'Alpine Linux 3.14'], [1, 3], 'every stage'),
    invalid('FROM node:16-alpine AS deps\nFROM deps AS build\nFROM node:16-alpine\nUSER 10001\n', [], [1, 3], 'an image used twice; the stage built FROM it is not reported again'),
    invalid('FROM --platform=$BUILDPLATFORM node:16-alpine AS build\nUSER 10001\n'),
    invalid('from python:3.7 as build\nuser 10001\n', [], [1], 'lower-case keywords'),
    invalid('FROM \\\n  python:3.7-slim\nUSER 10001\n', [], [2], 'a continuation: reported where the image is'),
    invalid('FROM python:3.7-slim\r\nUSER 10001\r\n', [], [1], 'CRLF'),
    invalid('# escape=`\nFROM mcr.microsoft.com/dotnet/sdk:6.0-windowsservercore-ltsc2022\nUSER ContainerUser\n', ['.NET 6,'], [2], 'a Windows Dockerfile')
  ]
})

describe('no-eol-base-image', () => {
  it('reports at the image reference', () => {
    const [finding] = lint({ path: 'Dockerfile', text: 'FROM --platform=linux/amd64 python:3.7-slim AS app\n' }, { rules: [rule], allRules: true, ...options })
    expect(finding).toMatchObject({ line: 1, column: 29, endColumn: 44 })
  })

  it('judges by the date it is given', () => {
    const at = (today: string) => lint({ path: 'Dockerfile', text: from('python:3.10-slim') }, { rules: [rule], allRules: true, settings: { today } })
    expect(at('2026-10-30')).toEqual([])
    expect(at('2026-10-31').map((f) => f.message)).toEqual([expect.stringContaining('Python 3.10, whose security support ended on 2026-10-31')])
  })

  it('names a successor that lasts beyond 90 days, or none', () => {
    const at = (today: string) => lint({ path: 'Dockerfile', text: from('fedora:41') }, { rules: [rule], allRules: true, settings: { today } })[0]?.message
    expect(at('2026-03-01')).toContain('Move to Fedora Linux 43, supported until 2026-12-09.')
    expect(at('2026-12-03')).toContain('Move to a supported Fedora Linux release.')
  })
})
