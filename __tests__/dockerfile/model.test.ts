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

  it('follows SHELL: cmd bodies are read by src/shell/cmd.ts (a cmdlet under cmd: none), PowerShell ones by src/shell/powershell.ts', () => {
    const df = parseDockerfile('# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN Invoke-WebRequest -Uri https://x -OutFile x.zip\nSHELL ["powershell", "-Command"]\nRUN echo hi\n')
    expect(df.escape).toBe('`')
    expect(df.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.shell?.commands.map((c) => [c.program, c.powershell]))).toEqual([[], [['echo', true]]])
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

  it('places instructions after a lone `\\r`, which dockerfile-ast reads as a line break', () => {
    const text = 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\n# tools\rRUN choco install -y git\rRUN choco install -y flutter\n'
    const df = parseDockerfile(text)
    expect(df.instructions.map((i) => text.slice(i.keywordSpan.start, i.keywordSpan.end))).toEqual(['FROM', 'RUN', 'RUN'])
    expect(df.instructions.map((i) => i.end <= text.length)).toEqual([true, true, true])
    expect(df.instructions.map((i) => i.shell?.commands.map((c) => [c.name, c.args.map((a) => a.value).join(' ')]))).toEqual([
      undefined,
      [['choco', 'install -y git']],
      [['choco', 'install -y flutter']]
    ])
    expect(df.comments.map((c) => text.slice(c.start, c.end))).toEqual(['# tools'])
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

// BuildKit expands an ARG default or ENV value against the ARGs and ENVs declared before it (frontend/dockerfile
// docs, "Scope" and "Environment replacement"; dispatchArg in dockerfile2llb): a global ARG sees the global
// ARGs above it, and a name not declared yet is empty there, so `${X:-d}` gives `d`.
describe('ARG and ENV values that refer to ARGs', () => {
  const value = (source: string, keyword = 'RUN') => {
    const df = parseDockerfile(source)
    const at = df.instructions.filter((i) => i.keyword === keyword).pop()!
    return at.resolve(at.args.map((a) => a.value).join(' '))
  }

  it('gives a global ARG that refers to itself its fallback', () => {
    const df = parseDockerfile('ARG IMAGE="${IMAGE:-alpine}"\nARG TAG=${TAG-3.20}\nFROM $IMAGE:$TAG\n')
    expect(df.stages[0].image).toMatchObject({ resolved: 'alpine:3.20', repository: 'alpine', tag: '3.20' })
  })

  it('follows chains of ARGs, in fallbacks too, and empties undeclared names in global ARGs', () => {
    const df = parseDockerfile('ARG A=a\nARG B="${B:-$A-b}"\nARG C=${C:-${B}/c}\nARG D=$NOWHERE-d\nFROM x/$C:$D\n')
    expect(df.stages[0].image).toMatchObject({ resolved: 'x/a-b/c:-d', repository: 'x/a-b/c', tag: '-d' })
  })

  it('keeps a chosen value known when the fallback not taken is unknown, and unknown when it is taken', () => {
    expect(value('FROM alpine:3.20\nARG SET=1\nARG UNKNOWN\nRUN echo ${SET:-$UNKNOWN}\n')).toBe('echo 1')
    expect(value('FROM alpine:3.20\nARG EMPTY=""\nARG UNKNOWN\nRUN echo ${EMPTY:-$UNKNOWN}\n')).toBeUndefined()
    expect(value('FROM alpine:3.20\nARG SET=1\nARG UNKNOWN\nRUN echo ${SET:+$UNKNOWN}\n')).toBeUndefined()
  })

  it('leaves an ARG without a default, and one whose default uses it, unknown (a --build-arg sets it)', () => {
    const df = parseDockerfile('ARG VERSION\nARG TAG=v${VERSION}\nFROM alpine:$TAG\n')
    expect(df.stages[0].image.resolved).toBeUndefined()
  })

  it('gives an ARG redeclared in a stage without a value the global default, resolved', () => {
    expect(value('ARG V="${V:-1.2}"\nFROM alpine:3.20\nARG V\nRUN echo $V\n')).toBe('echo 1.2')
    // Not redeclared, the global ARG is not in the stage's scope: the name may come from the base image.
    expect(value('ARG V=1.2\nFROM alpine:3.20\nRUN echo $V\n')).toBeUndefined()
    expect(value('ARG V=1.2\nFROM alpine:3.20\nARG V="${V}"\nRUN echo $V\n')).toBeUndefined()
  })

  it('resolves an ENV from an ARG of its stage, and later ENVs from it', () => {
    expect(value('FROM alpine:3.20\nARG NODE=20\nENV NODE_VERSION=${NODE}.1 DIR="/opt/node-${NODE_VERSION:-x}"\nWORKDIR $DIR\n', 'WORKDIR')).toBe('/opt/node-20.1')
  })

  it('keeps single-quoted and escaped `$` in ARG and ENV values literal, as BuildKit does', () => {
    expect(value("FROM alpine:3.20\nARG A=1\nENV S='$A' E=\\$A D=\"\\$A-$A\"\nRUN echo $S $E $D\n")).toBe('echo $A $A $A-1')
  })

  it('leaves modifiers it does not model, and broken references, unknown', () => {
    expect(value('ARG V=1.2.3\nFROM alpine:3.20\nARG V\nRUN echo ${V%.*}\n')).toBeUndefined()
    expect(value('ARG V=1.2.3\nFROM alpine:3.20\nARG V\nRUN echo ${V/./-}\n')).toBeUndefined()
    expect(value('ARG V=1\nFROM alpine:3.20\nARG V\nRUN echo ${V:-x\n')).toBeUndefined()
  })

  it('resolves the bluefin shape end to end', () => {
    const df = parseDockerfile(
      [
        'ARG BASE_IMAGE_NAME="${BASE_IMAGE_NAME:-silverblue}"',
        'ARG IMAGE_FLAVOR="${IMAGE_FLAVOR:-main}"',
        'ARG SOURCE_IMAGE="${SOURCE_IMAGE:-$BASE_IMAGE_NAME-$IMAGE_FLAVOR}"',
        'ARG BASE_IMAGE="ghcr.io/ublue-os/${SOURCE_IMAGE}"',
        'ARG FEDORA_MAJOR_VERSION="${FEDORA_MAJOR_VERSION:-38}"',
        'FROM ${BASE_IMAGE}:${FEDORA_MAJOR_VERSION} AS bluefin',
        'ARG FEDORA_MAJOR_VERSION',
        'COPY --from=ghcr.io/ublue-os/akmods:main-${FEDORA_MAJOR_VERSION} /rpms /tmp/rpms',
        ''
      ].join('\n')
    )
    expect(df.stages[0].image).toMatchObject({
      resolved: 'ghcr.io/ublue-os/silverblue-main:38',
      registry: 'ghcr.io',
      repository: 'ublue-os/silverblue-main',
      tag: '38'
    })
    expect(df.images[1].kind).toBe('copy-from')
    expect(df.images[1].image).toMatchObject({ resolved: 'ghcr.io/ublue-os/akmods:main-38', repository: 'ublue-os/akmods', tag: 'main-38' })
  })
})
