import rule from '../../src/rules/base-image-nearing-eol.js'
import { testRule } from '../helpers/test-rule.js'

// No other linter has this check. The image grammar is tested with no-eol-base-image; these cases
// are about the window: releases whose end is 1 to 90 days after the date the run is given.
const at = (today: string) => ({ settings: { today } })
const SEPT = at('2026-09-01')
const valid = (code: string, name?: string, options = SEPT) => ({ code, name, options })
const invalid = (code: string, messages: string[] = [], lines = [1], name?: string, options = SEPT) => ({ code, lines, messages, name, options })
const from = (image: string) => `FROM ${image}\nUSER 10001\n`

testRule(rule, {
  valid: [
    valid(from('python:3.13-slim'), 'supported for years'),
    valid(from('python:3.7-slim'), 'already ended: no-eol-base-image reports it'),
    valid(from('python:3.10-slim'), 'the end is 91 days away', at('2026-08-01')),
    valid(from('python:3.10-slim'), 'the end is today: no-eol-base-image reports it', at('2026-10-31')),
    valid(from('php:8.2-apache'), 'ends on 2026-12-31, 121 days away'),
    valid(from('python:3'), 'a moving tag'),
    valid(from('node:lts-alpine')),
    valid(from('ghcr.io/acme/python:3.10'), 'a vendor image'),
    valid('ARG PYTHON_VERSION\nFROM python:${PYTHON_VERSION}-slim\nUSER 10001\n', 'an unknown ARG'),
    valid('FROM python:3.13 AS build\nFROM build\nUSER 10001\n', 'a stage'),
    { code: from('python:3.10-slim'), name: 'no date given' }
  ],
  invalid: [
    invalid(from('python:3.10-slim'), ['The base image `python:3.10-slim` is built on Python 3.10, whose security support ends on 2026-10-31, in 60 days: after that it gets no security fixes. Plan the move to Python 3.14, supported until 2030-10-31.']),
    invalid(from('python:3.10-slim'), ['in 90 days'], [1], 'the end is 90 days away', at('2026-08-02')),
    invalid(from('python:3.10-slim'), ['ends on 2026-10-31, in 1 day:'], [1], 'the day before', at('2026-10-30')),
    invalid(from('python:3.10-alpine3.21'), ['Python 3.10, whose security support ends on 2026-10-31, in 60 days, and on Alpine Linux 3.21, whose security support ends on 2026-11-01, in 61 days: after that they get no security fixes. Plan the move to Python 3.14, supported until 2030-10-31; and to Alpine Linux 3.22, supported until 2027-05-01.']),
    invalid(from('python:3.13-alpine3.21'), ['is built on Alpine Linux 3.21, whose'], [1], 'a supported runtime on an OS whose end is near'),
    invalid(from('python:3.10-alpine3.15'), ['is built on Python 3.10, whose security support ends on 2026-10-31, in 60 days: after'], [1], 'the ended Alpine is no-eol-base-image’s'),
    invalid(from('postgres:14-alpine'), ['PostgreSQL 14, whose security support ends on 2026-11-12, in 72 days']),
    invalid(from('mcr.microsoft.com/dotnet/aspnet:8.0'), ['.NET 8, whose security support ends on 2026-11-10, in 70 days: after that it gets no security fixes. Plan the move to .NET 10, supported until 2028-11-14.']),
    invalid(from('fedora:43'), ['Plan the move to a supported Fedora Linux release.'], [1], 'no known release lasts beyond the window', at('2026-12-03')),
    invalid('ARG PYTHON_VERSION=3.10\nFROM python:${PYTHON_VERSION}-slim AS build\nFROM alpine:3.21\nUSER 10001\n', ['`python:${PYTHON_VERSION}-slim` (`python:3.10-slim`)', 'Alpine Linux 3.21'], [2, 3]),
    invalid('# escape=`\r\nFROM mcr.microsoft.com/dotnet/runtime:9.0-nanoserver-ltsc2022\r\nUSER ContainerUser\r\n', ['.NET 9,'], [2], 'a Windows Dockerfile with CRLF')
  ]
})
