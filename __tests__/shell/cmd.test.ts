import { describe, expect, it } from '@jest/globals'
import { parseDockerfile } from '../../src/dockerfile/parse.js'
import { parseCmd } from '../../src/shell/cmd.js'
import type { Command, Script } from '../../src/shell/types.js'

/** Parses `src` as a cmd.exe line at offset 0. */
function cmd(src: string): Script {
  const script: Script = { commands: [], pipelines: [] }
  parseCmd({ text: src, offsets: [...Array(src.length + 1).keys()] }, script)
  return script
}
const programs = (script: Script) => script.commands.map((c) => c.program)
const args = (c: Command) => c.args.map((a) => a.value)
const at = (src: string, c: { start: number; end: number }) => src.slice(c.start, c.end)

describe('cmd.exe tokenizer', () => {
  it('lower-cases program names and strips .exe and the directory', () => {
    expect(programs(cmd('CURL.EXE -k https://x & C:\\Windows\\System32\\tar.exe -xf a.zip && "C:\\Program Files\\Git\\bin\\git.exe" --version'))).toEqual(['curl', 'tar', 'git'])
  })

  it('splits statements on &, &&, || and newlines, and pipelines on |', () => {
    const script = cmd('a & b && c || d\ne | f')
    expect(programs(script)).toEqual(['a', 'b', 'c', 'd', 'e', 'f'])
    expect(script.pipelines.map((p) => [p.joinedBy, p.commands.length])).toEqual([[undefined, 1], ['&', 1], ['&&', 1], ['||', 1], ['\n', 2]])
  })

  it('reads double quotes (operators inside are text) and ^ escapes outside them', () => {
    const [echo, x] = cmd('echo "a & b" c^&d "e^f" & x').commands
    expect(args(echo)).toEqual(['a & b', 'c&d', 'e^f'])
    expect(x.program).toBe('x')
    // `^` at a line's end joins the next line; `^ ` is a blank to the program that splits its words.
    expect(args(cmd('tool --a ^\n  --b ^   --c').commands[0])).toEqual(['--a', '--b', '--c'])
  })

  it('reads redirects', () => {
    const src = 'curl https://x > out.txt 2>&1 & type x >>log <in.txt & dir >nul'
    const redirects = cmd(src).commands.map((c) => c.redirects.map((r) => [r.fd, r.op, r.target?.value]))
    expect(redirects).toEqual([[[undefined, '>', 'out.txt'], ['2', '>&', '1']], [[undefined, '>>', 'log'], [undefined, '<', 'in.txt']], [[undefined, '>', 'nul']]])
  })

  it('reads ( … ) blocks as nested statements', () => {
    const script = cmd('(curl -o a https://x & tar -xf a) && echo done')
    expect(programs(script)).toEqual(['curl', 'tar', 'echo'])
    expect(script.pipelines[0].commands[0].compound).toBe(true)
  })

  it('marks words with %VAR% and !VAR! as not literal', () => {
    const [c] = cmd('curl -o %TEMP%\\a.zip !URL! https://x/a').commands
    expect(c.args.map((a) => [a.value, a.literal])).toEqual([['-o', true], ['%TEMP%\\a.zip', false], ['!URL!', false], ['https://x/a', true]])
  })

  it('gives exact spans', () => {
    const src = 'echo  "a b"  & curl.exe -k  https://x >f'
    const [echo, curl] = cmd(src).commands
    expect(at(src, echo.args[0])).toBe('"a b"')
    expect(at(src, curl)).toBe('curl.exe -k  https://x >f')
    expect(at(src, curl.args[1])).toBe('https://x')
    expect(at(src, curl.redirects[0])).toBe('>f')
  })

  it('reads the command of an if or for it understands, to the end of the line', () => {
    expect(programs(cmd('if exist C:\\a (curl -k https://x) else (echo no) & echo after'))).toEqual(['curl', 'echo', 'echo'])
    expect(programs(cmd('if /i not "%A%"=="x" curl https://x & tar -xf a'))).toEqual(['curl', 'tar'])
    expect(programs(cmd('if %A% equ 1 del a'))).toEqual(['del'])
    expect(programs(cmd('for %%f in (a b) do (curl -O https://x/%%f)'))).toEqual(['curl'])
    expect(programs(cmd('for /r C:\\src %f in (*.zip) do tar -xf %f'))).toEqual(['tar'])
  })

  it('lists nothing of a line it cannot read: goto, an if it does not understand, for /f over a command, a leading quote', () => {
    for (const line of ['curl https://x & goto end', 'if a b c', 'if x==y echo a else echo b', "curl -o a https://x & for /f %i in ('certutil -hashfile a SHA256') do echo %i", '"C:\\a b\\x.exe" /q']) {
      expect(programs(cmd(line))).toEqual([])
    }
  })

  it('runs what call and start run, as wrapped commands', () => {
    const script = cmd('start /wait "" msiexec.exe /i x.msi & call build.cmd release')
    expect(script.commands.map((c) => [c.program, c.context])).toEqual([['start', 'top'], ['msiexec', 'wrapped'], ['call', 'top'], ['build.cmd', 'wrapped']])
    expect(script.commands[0].inner).toBe(script.commands[1])
  })

  it('hands powershell -Command "…" to the PowerShell tokenizer', () => {
    const src = 'powershell -NoProfile -Command "iwr https://x -OutFile a.zip" && tar -xf a.zip'
    const script = cmd(src)
    expect(script.commands.map((c) => [c.program, c.context])).toEqual([['powershell', 'top'], ['invoke-webrequest', 'shell-string'], ['tar', 'top']])
    expect(at(src, script.commands[1].args[0])).toBe('https://x')
  })

  it('reads no PowerShell body run under cmd (a SHELL the base image set, or one forgotten)', () => {
    expect(programs(cmd('Invoke-WebRequest -Uri https://x -OutFile a.zip; Expand-Archive a.zip'))).toEqual([])
  })
})

describe('cmd in a Dockerfile', () => {
  it('reads RUN in a Windows stage without SHELL, and never in a Linux stage', () => {
    const df = parseDockerfile('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN curl -k https://x & echo a\nFROM debian:12\nRUN curl -k https://x & echo a\n')
    const runs = df.instructions.filter((i) => i.keyword === 'RUN')
    expect(runs[0].shell?.commands.map((c) => [c.program, c.cmd])).toEqual([['curl', true], ['echo', true]])
    expect(runs[1].shell?.commands.map((c) => [c.program, c.cmd])).toEqual([['curl', undefined], ['echo', undefined]])
  })

  it('keeps spans across continuation lines', () => {
    const text = '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN curl -fSLo C:\\x.msi `\n    https://x/x.msi && msiexec /i C:\\x.msi\n'
    const [curl, msiexec] = parseDockerfile(text).instructions[1].shell!.commands
    expect(text.slice(curl.args[2].start, curl.args[2].end)).toBe('https://x/x.msi')
    expect(text.slice(msiexec.start, msiexec.end)).toBe('msiexec /i C:\\x.msi')
  })
})
