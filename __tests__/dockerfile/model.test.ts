import { describe, expect, it } from '@jest/globals'
import { parseDockerfile } from '../../src/dockerfile/parse.js'
import { positionOf } from '../../src/dockerfile/positions.js'

describe('the Dockerfile model', () => {
  it('splits stages and resolves global ARGs in FROM', () => {
    const df = parseDockerfile('ARG BASE=node\nARG TAG=20-alpine\nFROM ${BASE}:${TAG} AS build\nFROM build\nFROM ghcr.io/acme/app@sha256:abc\n')
    expect(df.stages.map((s) => s.name)).toEqual(['build', undefined, undefined])
    expect(df.stages[0].image).toMatchObject({ resolved: 'node:20-alpine', repository: 'node', tag: '20-alpine' })
    expect(df.stages[1].image.stage).toBe(df.stages[0])
    expect(df.stages[2].image).toMatchObject({ registry: 'ghcr.io', repository: 'acme/app', digest: 'sha256:abc' })
    expect(df.stages[2].image.tag).toBeUndefined()
    expect(df.finalStage).toBe(df.stages[2])
  })

  it('leaves unknown ARG values unresolved instead of guessing', () => {
    const df = parseDockerfile('ARG TAG\nFROM alpine:${TAG}\nARG USERNAME\nUSER $USERNAME\n')
    expect(df.stages[0].image.resolved).toBeUndefined()
    const user = df.instructions.find((i) => i.keyword === 'USER')!
    expect(user.resolve(user.args[0].value)).toBeUndefined()
  })

  it('resolves stage ARG and ENV values, inherited global ARG defaults and ${X:-default}', () => {
    const df = parseDockerfile('ARG V=1.2\nFROM alpine:3.20\nARG V\nENV DIR=/opt/app-${V}\nWORKDIR ${DIR:-/tmp}\nRUN echo ${UNSET:-x}\n')
    const workdir = df.instructions.find((i) => i.keyword === 'WORKDIR')!
    expect(workdir.resolve(workdir.args[0].value)).toBe('/opt/app-1.2')
  })

  it('parses RUN bodies once, with offsets into the file, and skips exec form', () => {
    const text = 'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add \\\n    curl\nRUN ["echo", "hi"]\n'
    const df = parseDockerfile(text)
    const [run, exec] = df.instructions.filter((i) => i.keyword === 'RUN')
    expect(run.flags[0]).toMatchObject({ name: 'mount', options: { type: 'cache', target: '/var/cache/apk' } })
    const curl = run.shell!.commands[0].args[1]
    expect(text.slice(curl.start, curl.end)).toBe('curl')
    expect(positionOf(df.lineStarts, curl.start)).toEqual({ line: 3, column: 5 })
    expect(exec.json).toEqual(['echo', 'hi'])
    expect(exec.shell?.commands.map((c) => [c.program, c.args.map((a) => a.value)])).toEqual([['echo', ['hi']]])
  })

  it('lists ONBUILD triggers as instructions of their stage', () => {
    const df = parseDockerfile('FROM alpine:3.20\nONBUILD RUN curl -k https://x\n')
    const trigger = df.instructions.find((i) => i.onbuild)!
    expect(trigger.keyword).toBe('RUN')
    expect(trigger.shell?.commands[0].program).toBe('curl')
    expect(df.stages[0].instructions).toContain(trigger)
  })

  it('records images used by COPY --from and RUN --mount from=', () => {
    const df = parseDockerfile('FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=build /a /a\nCOPY --from=nginx:latest /b /b\nRUN --mount=type=bind,from=busybox,target=/x true\n')
    expect(df.images.map((u) => [u.kind, u.image.raw, u.image.stage?.name])).toEqual([
      ['from', 'golang:1.23', undefined],
      ['from', 'alpine:3.20', undefined],
      ['copy-from', 'build', 'build'],
      ['copy-from', 'nginx:latest', undefined],
      ['mount-from', 'busybox', undefined]
    ])
  })

  it('follows SHELL: cmd bodies are not parsed, PowerShell ones by src/shell/powershell.ts', () => {
    const df = parseDockerfile('# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN Invoke-WebRequest -Uri https://x -OutFile x.zip\nSHELL ["powershell", "-Command"]\nRUN echo hi\n')
    expect(df.escape).toBe('`')
    expect(df.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.shell?.commands.map((c) => [c.program, c.powershell]))).toEqual([undefined, [['echo', true]]])
    const posix = parseDockerfile('FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN a | b\n')
    expect(posix.instructions[2].shellCommand).toEqual(['/bin/bash', '-o', 'pipefail', '-c'])
    expect(posix.instructions[2].shell?.pipelines[0].commands).toHaveLength(2)
  })

  it('knows Windows stages by image path, tag, escape directive, or the Windows stage they are built FROM', () => {
    const windows = (text: string) => parseDockerfile(text).stages.map((s) => s.windows)
    expect(windows('FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\n')).toEqual([true, true])
    expect(windows('FROM mcr.microsoft.com/dotnet/sdk:8.0-windowsservercore-ltsc2022\nFROM golang:1.22-nanoserver\nFROM python:3.12-windowsservercore\n')).toEqual([true, true, true])
    expect(windows('FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS base\nSHELL ["powershell", "-Command"]\nFROM base\n')).toEqual([true, true])
    expect(windows('# escape=`\nFROM example/app:1.0\n')).toEqual([true])
    expect(windows('FROM mcr.microsoft.com/dotnet/sdk:8.0\nFROM localhost:5000/servercore-tools:1.0\nFROM node:22-alpine\n')).toEqual([false, false, false])
  })

  it('strips a BOM and handles CRLF line endings', () => {
    const df = parseDockerfile('\uFEFFFROM alpine:3.20\r\nRUN apk add \\\r\n  curl\r\nUSER 10001\r\n')
    expect(df.stages[0].image.tag).toBe('3.20')
    const run = df.instructions[1]
    expect(run.shell?.commands[0].args.map((a) => a.value)).toEqual(['add', 'curl'])
    expect(run.text).toBe('apk add   curl')
    expect(positionOf(df.lineStarts, df.instructions[2].start)).toEqual({ line: 4, column: 1 })
  })

  it('reads parser directives and comments', () => {
    const df = parseDockerfile('# syntax=docker/dockerfile:1.7\n# hadolint ignore=DL3008\nFROM alpine:3.20\n')
    expect(df.directives).toMatchObject([{ name: 'syntax', value: 'docker/dockerfile:1.7' }])
    expect(df.comments.map((c) => [c.line, c.text])).toContainEqual([2, 'hadolint ignore=DL3008'])
  })
})

describe('SHELL across stages', () => {
  it('starts a stage built FROM an earlier stage with the shell that stage ended with', () => {
    const df = parseDockerfile('FROM debian:12 AS base\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM base\nRUN a | b\nFROM debian:12\nRUN c\n')
    expect(df.stages[1].instructions[0].shellCommand).toEqual(['/bin/bash', '-o', 'pipefail', '-c'])
    expect(df.stages[2].instructions[0].shellCommand).toEqual(['/bin/sh', '-c'])
  })

  it('parses the script of an exec-form RUN that runs a shell with -c, with offsets into the file', () => {
    const text = 'FROM alpine:3.20\nRUN ["/bin/sh", "-c", "curl -fsSL https://x.io/i.sh | sh"]\n'
    const df = parseDockerfile(text)
    const run = df.instructions[1]
    expect(run.shell?.commands.map((c) => [c.program, c.context])).toEqual([
      ['sh', 'top'],
      ['curl', 'shell-string'],
      ['sh', 'shell-string']
    ])
    const curl = run.shell!.commands[1]
    expect(text.slice(curl.start, curl.end)).toBe('curl -fsSL https://x.io/i.sh')
    expect(run.shell?.pipelines.at(-1)?.commands.map((c) => c.program)).toEqual(['curl', 'sh'])
  })
})
