// hadolint's published ShellCheck cases (test/Hadolint/Rule/ShellcheckSpec.hs), run through the real
// ShellCheck as here: what fires and what is left out is the same. Its "on build" variant wraps each
// RUN of a case in ONBUILD; there one case differs on purpose (see below). Then the shells, and the
// codes left out.
import { describe, expect, it } from '@jest/globals'
import { shellcheck, where } from './helpers.js'

const lines = (...text: string[]) => `${text.join('\n')}\n`
/** hadolint's assertOnBuildChecks: every RUN becomes an ONBUILD RUN. */
const onBuild = (text: string) => text.replace(/^RUN /gm, 'ONBUILD RUN ')

// [case, Dockerfile, fails (some ShellCheck finding), fails under ONBUILD]
const CASES: [string, string, boolean, boolean][] = [
  ['runs shellcheck on RUN instructions', lines('RUN echo $MISSING_QUOTES'), true, true],
  ['not warns on valid scripts', lines('RUN echo foo'), false, false],
  [
    'does not complain on default env vars',
    lines(...['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy'].map((name) => `RUN echo "$${name}"`)),
    false,
    false
  ],
  ['complains on missing env vars', lines('RUN echo "$RTTP_PROXY"'), true, true],
  ['is aware of ARGs and ENVs', lines('ARG foo=bar', 'ARG another_foo', 'ENV bar=10 baz=20', 'RUN echo "$foo"', 'RUN echo "$another_foo"', 'RUN echo "$bar"', 'RUN echo "$baz"'), false, true],
  ['resets env vars after a FROM', lines('ARG foo=bar', 'ARG another_foo', 'ENV bar=10 baz=20', 'FROM debian', 'RUN echo "$foo"'), true, true],
  ['defaults the shell to sh', lines('RUN echo $RANDOM'), true, true],
  // hadolint fails the ONBUILD variant, and says of it: "This is debatable, as it should actually pass".
  // It passes here: the image keeps its SHELL, so the trigger runs in bash in the build that uses it.
  ['can change the shell check to bash', lines('SHELL ["/bin/bash", "-eo", "pipefail", "-c"]', 'RUN echo $RANDOM'), false, false],
  ['resets the SHELL to sh after a FROM', lines('SHELL ["/bin/bash", "-eo", "pipefail", "-c"]', 'FROM debian', 'RUN echo $RANDOM'), true, true],
  ['does not complain on ash shell', lines('SHELL ["/bin/ash", "-o", "pipefail", "-c"]', 'RUN echo hello'), false, false],
  ['does not complain on non-posix shells: pwsh', lines('SHELL ["pwsh", "-c"]', 'RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value'), false, false],
  ['does not complain on non-posix shells: cmd.exe', lines('SHELL ["cmd.exe", "/c"]', 'RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value'), false, false],
  [
    'does not complain on non-posix shells, powershell - absolute path',
    lines('SHELL ["C:\\\\Windows\\\\System32\\\\WindowsPowerShell\\\\v1.0\\\\powershell.exe", "-noprofile", "-noninteractive", "-command"]', 'RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value'),
    false,
    false
  ],
  // hadolint needs its `# hadolint shell=powershell.exe` pragma here; a Windows image's default shell is cmd, not a POSIX shell.
  ['respects shell pragma', lines('FROM mcr.microsoft.com/foo/bar/windows:10', '# hadolint shell = powershell.exe', 'RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value'), false, false],
  [
    'respects global shell pragma',
    lines('# hadolint shell=powershell.exe', 'FROM mcr.microsoft.com/foo/bar/windows:10', 'RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value', 'FROM mcr.microsoft.com/foo/bar/windows:10', 'RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value'),
    false,
    false
  ]
]

describe("hadolint's ShellCheck cases", () => {
  it.each(CASES)('%s', async (_, dockerfile, fails, failsOnBuild) => {
    expect((await shellcheck(dockerfile)).length > 0).toBe(fails)
    expect((await shellcheck(onBuild(dockerfile))).length > 0).toBe(failsOnBuild)
  })

  it('fires what hadolint reports for them', async () => {
    expect((await shellcheck(lines('RUN echo $MISSING_QUOTES'))).map((f) => [f.ruleId, f.severity])).toEqual([['SC2086', 'note']])
    expect((await shellcheck(lines('RUN echo "$RTTP_PROXY"'))).map((f) => f.message)).toEqual(['Possible misspelling: RTTP_PROXY may not be assigned. Did you mean HTTP_PROXY?'])
    expect((await shellcheck(lines('RUN echo $RANDOM'))).map((f) => [f.ruleId, f.message])).toEqual([['SC3028', 'In POSIX sh, RANDOM is undefined.']])
    expect((await shellcheck(lines('ARG foo=bar', 'FROM debian', 'RUN echo "$foo"'))).map(where)).toEqual(['SC2154 3:11-3:15'])
  })
})

describe('shells', () => {
  it('checks each stage in the dialect of its SHELL: bash, sh, ash as dash, ksh', async () => {
    const text = lines(
      'FROM debian AS bash',
      'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
      'RUN echo $RANDOM',
      'FROM debian AS sh',
      'RUN echo $RANDOM',
      'FROM alpine AS ash',
      'SHELL ["/bin/ash", "-eo", "pipefail", "-c"]',
      'RUN echo $RANDOM',
      'FROM debian AS ksh',
      'SHELL ["/bin/mksh", "-c"]',
      'RUN echo $RANDOM',
      'FROM bash',
      'RUN echo $RANDOM'
    )
    // A stage built FROM another keeps its SHELL.
    expect((await shellcheck(text)).map(where)).toEqual(['SC3028 5:10-5:17', 'SC3028 8:10-8:17'])
  })

  it('skips shells ShellCheck does not know, and Windows stages', async () => {
    const text = lines(
      'FROM debian',
      'SHELL ["/bin/zsh", "-c"]',
      'RUN echo $undefined_one',
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
      'RUN echo %undefined% $undefined_two',
      'FROM node:22',
      'SHELL ["node", "-e"]',
      'RUN console.log($undefined_three)'
    )
    expect(await shellcheck(text)).toEqual([])
  })

  it('checks the -c string of exec-form shells, and no other exec form', async () => {
    const text = lines('FROM debian', 'RUN ["/bin/bash", "-o", "pipefail", "-ec", "echo $RANDOM $one"]', 'RUN ["sh", "-c", "echo $two"]', 'RUN ["echo", "$three"]', 'RUN ["sh", "script.sh", "$four"]')
    expect((await shellcheck(text)).map((f) => `${f.ruleId} ${f.message}`)).toEqual([
      'SC2086 Double quote to prevent globbing and word splitting.',
      'SC2154 one is referenced but not assigned.',
      'SC2086 Double quote to prevent globbing and word splitting.',
      'SC2154 two is referenced but not assigned.'
    ])
  })

  it('declares the ENVs a stage inherits from the stage it is built FROM, not its ARGs', async () => {
    const text = lines('FROM debian AS base', 'ARG build_arg=1', 'ENV app_home=/app', 'FROM base', 'RUN echo "$app_home" "$build_arg"')
    expect((await shellcheck(text)).map((f) => f.message)).toEqual(['build_arg is referenced but not assigned.'])
  })

  it('declares, for an ONBUILD RUN, the ENVs of the image and the ONBUILD ARGs and ENVs before it', async () => {
    const text = lines('FROM debian', 'ENV image_env=1', 'ARG stage_arg=1', 'ONBUILD ARG later_arg', 'ONBUILD ENV later_env=1', 'ONBUILD RUN echo "$image_env" "$later_arg" "$later_env" "$stage_arg"')
    expect((await shellcheck(text)).map((f) => f.message)).toEqual(['stage_arg is referenced but not assigned.'])
  })
})

describe('codes left out', () => {
  it("leaves out what hadolint leaves out (SC1090, SC2187) and SC1091, since a sourced file is in the image", async () => {
    const text = lines('FROM debian', 'RUN . "$CONFIG" && . "$HOME/.profile" && . /etc/os-release', 'RUN <<EOF', '#!/bin/ash', 'echo hello', 'EOF')
    expect(await shellcheck(text)).toEqual([])
  })

  it('reports style findings only when configured (ShellCheck’s style level is off by default)', async () => {
    const text = lines('FROM debian', 'RUN touch "/tmp/`date`"')
    expect(await shellcheck(text)).toEqual([])
    expect((await shellcheck(text, { allRules: true })).map((f) => [f.ruleId, f.severity])).toEqual([['SC2006', 'note']])
    expect((await shellcheck(text, { preset: 'strict' })).map((f) => [f.ruleId, f.severity])).toEqual([['SC2006', 'note']])
    expect((await shellcheck(text, { levels: { SC2006: 'error' } })).map((f) => [f.ruleId, f.severity])).toEqual([['SC2006', 'error']])
  })

  it('runs no ShellCheck code under the security preset unless one is configured', async () => {
    const text = lines('FROM debian', 'RUN echo $x && cd /tmp; echo `date`')
    expect(await shellcheck(text, { preset: 'security' })).toEqual([])
    expect((await shellcheck(text, { preset: 'security', levels: { SC2154: 'warning' } })).map((f) => f.ruleId)).toEqual(['SC2154'])
  })
})
