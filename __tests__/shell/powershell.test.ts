import { describe, expect, it } from '@jest/globals'
import { parseDockerfile } from '../../src/dockerfile/parse.js'
import { consumedFiles, isVerifier } from '../../src/shell/artifacts.js'
import { downloadedFiles, downloadsToStdout, downloadUrls, isDownload } from '../../src/shell/helpers.js'
import { hostScript, parsePowerShell } from '../../src/shell/powershell.js'
import { parseShell } from '../../src/shell/parse.js'
import type { Command, Script } from '../../src/shell/types.js'

/** Parses `src` as a PowerShell script at offset 0. */
function ps(src: string, windowsPowerShell = true): Script {
  const script: Script = { commands: [], pipelines: [] }
  parsePowerShell({ text: src, offsets: [...Array(src.length + 1).keys()] }, script, { windowsPowerShell })
  return script
}
const programs = (script: Script) => script.commands.map((c) => c.program)
const at = (src: string, c: { start: number; end: number }) => src.slice(c.start, c.end)
const args = (c: Command) => c.args.map((a) => a.value)

describe('PowerShell tokenizer', () => {
  it('maps cmdlets and aliases to lower-cased programs, and native tools to their basename', () => {
    expect(programs(ps('iwr https://x; IRM https://y; iex $s; Invoke-WebRequest https://z; curl.exe -k https://q; C:\\tools\\Wget.exe x'))).toEqual([
      'invoke-webrequest', 'invoke-restmethod', 'invoke-expression', 'invoke-webrequest', 'curl', 'wget'
    ])
    // curl and wget are aliases of Invoke-WebRequest in Windows PowerShell only.
    expect(programs(ps('curl https://x; wget https://y'))).toEqual(['invoke-webrequest', 'invoke-webrequest'])
    expect(programs(ps('curl https://x; wget https://y', false))).toEqual(['curl', 'wget'])
  })

  it('reads a name that starts with a digit as a command unless it is a number, and ends a name at a parenthesis', () => {
    expect(programs(ps('7z x a.zip; 7za.exe x b.zip; $n = 3.5; 10kb; 0x1F'))).toEqual(['7z', '7za'])
    const script = ps('iex(iwr -useb https://x/install.ps1)')
    expect(script.commands.map((c) => [c.program, args(c)])).toEqual([
      ['invoke-expression', ['(iwr -useb https://x/install.ps1)']],
      ['invoke-webrequest', ['-useb', 'https://x/install.ps1']]
    ])
  })

  it('lower-cases the parameter names of cmdlets only', () => {
    expect(args(ps('Invoke-WebRequest -Uri https://x -OutFile:C:\\a').commands[0])).toEqual(['-uri', 'https://x', '-outfile:C:\\a'])
    expect(args(ps('curl.exe -L -O https://x').commands[0])).toEqual(['-L', '-O', 'https://x'])
  })

  it('reads quotes: literal single quotes, double quotes with backtick escapes', () => {
    const src = `Write-Host 'it''s $x' "a\`"b\`$c" "x$y" 'u'v`
    const [command] = ps(src).commands
    expect(command.args.map((a) => [a.value, a.literal])).toEqual([
      ["it's $x", true],
      ['a"b$c', true],
      ['x$y', false],
      ['uv', true]
    ])
    expect(at(src, command.args[1])).toBe('"a`"b`$c"')
  })

  it('splits statements on ; newlines && || and pipelines on |, and joins backtick continuations', () => {
    const script = ps('a 1; b 2\nc 3 && Get-D 4 `\n  -Flag | e\n# f 5\n<# g 6 #> h 7')
    expect(programs(script)).toEqual(['a', 'b', 'c', 'get-d', 'e', 'h'])
    expect(args(script.commands[3])).toEqual(['4', '-flag'])
    expect(script.pipelines.map((p) => p.commands.map((c) => c.program))).toEqual([['a'], ['b'], ['c'], ['get-d', 'e'], ['h']])
    expect(script.pipelines[3].joinedBy).toBe('&&')
  })

  it('parses (…), $(…) and {…} as nested scripts, with the enclosing command as parent', () => {
    const src = 'iex ((New-Object Net.WebClient).DownloadString(\'https://x/i.ps1\')); Write-Host "v$(Get-Date)"; if ($x) { irm https://y }'
    const script = ps(src)
    expect(programs(script)).toEqual(['invoke-expression', 'new-object', 'webclient.downloadstring', 'write-host', 'get-date', 'invoke-restmethod'])
    const [iex, newObject, download, , getDate, irm] = script.commands
    expect([newObject.context, newObject.parent]).toEqual(['substitution', iex])
    expect([download.context, download.parent]).toEqual(['substitution', iex])
    expect(download.args.map((a) => [a.value, at(src, a)])).toEqual([['https://x/i.ps1', "'https://x/i.ps1'"]])
    expect(getDate.context).toBe('substitution')
    expect([irm.context, irm.parent]).toEqual(['top', undefined])
    expect(at(src, iex.args[0])).toBe("((New-Object Net.WebClient).DownloadString('https://x/i.ps1'))")
  })

  it('lets an expression stand for the download it calls or wraps in a pipeline', () => {
    expect(ps("(New-Object Net.WebClient).DownloadString('https://x') | iex").pipelines[0].commands.map((c) => c.program)).toEqual([
      'webclient.downloadstring', 'invoke-expression'
    ])
    expect(ps('(iwr https://x -UseBasicParsing).Content | iex').pipelines[0].commands.map((c) => c.program)).toEqual([
      'invoke-webrequest', 'invoke-expression'
    ])
    expect(ps('$a.Length | Write-Host').pipelines[0].commands.map((c) => c.program)).toEqual(['write-host'])
  })

  it('reads assignments: the right side is a statement, a static member assignment a command', () => {
    const src = '$r = Invoke-WebRequest http://x; [System.Net.ServicePointManager]::ServerCertificateValidationCallback = { $true }'
    const script = ps(src)
    expect(programs(script)).toEqual(['invoke-webrequest', 'servicepointmanager::servercertificatevalidationcallback'])
    expect(at(src, script.commands[1].args[0])).toBe('{ $true }')
  })

  it('runs a scriptblock made from a string, as Invoke-Expression does', () => {
    const script = ps('& ([scriptblock]::Create((irm https://x/i.ps1))) -Force; & $exe /S')
    expect(programs(script)).toEqual(['invoke-expression', 'invoke-restmethod', '&'])
    expect(script.commands[1].parent).toBe(script.commands[0])
  })

  it('never throws, and lists nothing of a script it cannot read (PowerShell would run none of it)', () => {
    expect(programs(ps('iwr https://x; Write-Host (oops'))).toEqual([])
    expect(programs(ps("iwr https://x; Write-Host 'open"))).toEqual([])
    expect(() => ps('('.repeat(5000))).not.toThrow()
    expect(() => ps(') } | && ||;;,,')).not.toThrow()
  })
})

describe('PowerShell in RUN', () => {
  const commands = (dockerfile: string) => parseDockerfile(dockerfile).instructions.flatMap((i) => i.shell?.commands ?? [])

  it('parses RUN under a PowerShell SHELL, with exact positions across continuations', () => {
    const text = 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]\nRUN Write-Host hi; \\\n  # a comment\n    Invoke-WebRequest -Uri http://x/a.zip -OutFile a.zip\n'
    const [write, iwr] = commands(text)
    expect([write.program, iwr.program, iwr.powershell]).toEqual(['write-host', 'invoke-webrequest', true])
    expect(text.slice(iwr.args[1].start, iwr.args[1].end)).toBe('http://x/a.zip')
  })

  it('honours the backtick escape directive', () => {
    const text = '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["pwsh", "-Command"]\nRUN iwr `\n    https://x/i.ps1 | iex\n'
    const script = parseDockerfile(text).instructions[2].shell!
    expect(script.pipelines[0].commands.map((c) => c.program)).toEqual(['invoke-webrequest', 'invoke-expression'])
    expect(text.slice(script.commands[0].args[0].start, script.commands[0].args[0].end)).toBe('https://x/i.ps1')
  })

  it('reads powershell started by cmd (the Windows default), exec form, and pwsh -c under sh', () => {
    const cmd = 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN powershell -NoProfile -Command "iwr https://x/i.ps1 -UseBasicParsing | iex"\n'
    expect(programs({ commands: commands(cmd), pipelines: [] })).toEqual(['powershell', 'invoke-webrequest', 'invoke-expression'])
    const exec = 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN ["powershell", "Start-BitsTransfer", "-Source http://x/a.zip", "-Destination C:\\\\a"]\n'
    const bits = commands(exec)[1]
    expect([bits.program, bits.context]).toEqual(['start-bitstransfer', 'shell-string'])
    expect(exec.slice(bits.args[1].start, bits.args[1].end)).toBe('http://x/a.zip')
    const linux = 'FROM mcr.microsoft.com/powershell:7.4-ubuntu-22.04\nRUN pwsh -NoLogo -c "curl -fsSL https://x/i.ps1 | iex"\n'
    expect(commands(linux).map((c) => c.program)).toEqual(['pwsh', 'curl', 'invoke-expression'])
  })

  it('reads cmd.exe bodies with src/shell/cmd.ts, which hands PowerShell on', () => {
    const shell = parseDockerfile('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN curl -k http://x & powershell iwr http://y\n').instructions[1].shell
    expect(shell?.commands.map((c) => [c.program, c.cmd ?? false, c.powershell ?? false])).toEqual([['curl', true, false], ['powershell', true, false], ['invoke-webrequest', false, true]])
  })

  it('finds where the script starts in a host command line', () => {
    expect(hostScript('powershell', ['-NoProfile', '-ExecutionPolicy', 'Bypass', '-Command', 'x'])).toBe(3 + 1)
    expect(hostScript('powershell', ['-nop', 'iwr', 'x'])).toBe(1)
    expect(hostScript('pwsh', ['script.ps1'])).toBeUndefined()
    expect(hostScript('pwsh', ['-c', 'x'])).toBe(1)
    expect(hostScript('powershell', ['-EncodedCommand', 'abc'])).toBeUndefined()
    expect(hostScript('powershell', ['-File', 'a.ps1'])).toBeUndefined()
  })
})

describe('PowerShell downloads', () => {
  const command = (src: string) => ps(src).commands.find((c) => isDownload(c))!

  it('finds the URL named or given first, past parameter values', () => {
    expect(downloadUrls(command('Invoke-WebRequest -OutFile x -Uri https://a')).map((w) => w.value)).toEqual(['https://a'])
    expect(downloadUrls(command('iwr -Proxy http://proxy https://a -UseB')).map((w) => w.value)).toEqual(['https://a'])
    expect(downloadUrls(command('Start-BitsTransfer http://a C:\\a')).map((w) => w.value)).toEqual(['http://a'])
    expect(downloadUrls(command("(New-Object Net.WebClient).DownloadFile('http://a', 'C:\\a')")).map((w) => w.value)).toEqual(['http://a'])
    // An unknown or ambiguous parameter: nothing is guessed.
    expect(downloadUrls(command('iwr -U x https://a'))).toEqual([])
  })

  it('tells a download that is output from one written to a file', () => {
    expect(downloadsToStdout(command('irm https://a'))).toBe(true)
    expect(downloadsToStdout(command('iwr https://a -OutFile a'))).toBe(false)
    expect(downloadsToStdout(command('iwr https://a -OutFile a -PassThru'))).toBe(true)
    expect(downloadsToStdout(command('Start-BitsTransfer https://a'))).toBe(false)
    expect(downloadsToStdout(command("$w.DownloadFile('https://a', 'b')"))).toBe(false)
  })

  it('leaves the POSIX parser alone', () => {
    expect(parseShell('iwr https://x | iex').commands.map((c) => c.powershell)).toEqual([undefined, undefined])
  })
})

describe('PowerShell files and checks', () => {
  const named = (script: Script, program: string) => script.commands.find((c) => c.program === program)!

  it('reads a relative path as a command', () => {
    expect(programs(ps('.\\setup.exe /S; ..\\x.ps1; ./y; 1..3'))).toEqual(['setup', 'x.ps1', 'y'])
  })

  it('marks a command whose output is compared, directly or through a variable', () => {
    const direct = ps("if ((Get-FileHash a.zip -Algorithm SHA256).Hash -ne 'abc') { exit 1 }")
    expect(named(direct, 'get-filehash').compared).toBe(true)
    const swapped = ps('$env:SHA -ieq (Get-FileHash a.zip).Hash')
    expect(named(swapped, 'get-filehash').compared).toBe(true)
    const variable = ps("$h = (Get-FileHash a.zip).Hash; if ($h -ne $env:SHA) { throw 'bad' }")
    expect(named(variable, 'get-filehash').compared).toBe(true)
    const member = ps('[object]$s = Get-AuthenticodeSignature a.exe; if ($s.Status -ne "Valid") { exit 1 }')
    expect(named(member, 'get-authenticodesignature').compared).toBe(true)
  })

  it('does not mark a hash that is only printed or kept', () => {
    expect(named(ps('Get-FileHash a.zip'), 'get-filehash').compared).toBeUndefined()
    expect(named(ps('$h = Get-FileHash a.zip; Write-Host $h.Hash'), 'get-filehash').compared).toBeUndefined()
    expect(named(ps('Write-Host (Get-FileHash a.zip).Hash -ForegroundColor Green'), 'get-filehash').compared).toBeUndefined()
  })

  it('counts a hash as a check once compared or matched', () => {
    expect(isVerifier(named(ps("(Get-FileHash a).Hash -eq 'x'"), 'get-filehash'))).toBe(true)
    expect(isVerifier(named(ps('Get-FileHash a'), 'get-filehash'))).toBe(false)
    expect(isVerifier(named(ps('certutil -hashfile a SHA256 | findstr /i abc'), 'certutil'))).toBe(true)
    expect(isVerifier(named(ps('certutil -hashfile a SHA256'), 'certutil'))).toBe(false)
    expect(isVerifier(named(ps('certutil -decode a b'), 'certutil'))).toBe(false)
  })

  it('lists the files downloads write', () => {
    const files = (src: string) => downloadedFiles(ps(src).commands.find((c) => isDownload(c))!)
    expect(files('Invoke-WebRequest https://x/a.zip -OutFile C:\\a.zip')).toEqual(['C:\\a.zip'])
    expect(files('iwr -Uri https://x/a.zip -OutF:a.zip')).toEqual(['a.zip'])
    expect(files('iwr https://x/a.zip')).toEqual([])
    expect(files("(New-Object Net.WebClient).DownloadFile('https://x/a.exe', 'C:\\a.exe')")).toEqual(['C:\\a.exe'])
    expect(files('Start-BitsTransfer https://x/a.msi C:\\a.msi')).toEqual(['C:\\a.msi'])
    expect(files('Start-BitsTransfer -Source https://x/b.msi')).toEqual(['b.msi'])
    expect(files('curl.exe -fsSLo c.tgz https://x/c.tgz')).toEqual(['c.tgz'])
  })

  it('lists the files commands use', () => {
    const uses = (src: string) => ps(src).commands.flatMap((c) => consumedFiles(c).map((u) => `${u.word.value}: ${u.how}`))
    expect(uses('Expand-Archive -LiteralPath a.zip -DestinationPath C:\\a; Expand-Archive b.zip C:\\b')).toEqual([
      'a.zip: extracted by `Expand-Archive`',
      'b.zip: extracted by `Expand-Archive`'
    ])
    expect(uses("Start-Process -FilePath a.exe -Wait; Start-Process msiexec -ArgumentList '/i b.msi /qn'; msiexec.exe /package c.msi")).toEqual([
      'a.exe: run by `Start-Process`',
      'b.msi: installed by `msiexec`',
      'c.msi: installed by `msiexec`'
    ])
    expect(uses('& .\\a.exe /S; .\\b.exe; C:\\c.exe; tar -xf d.tgz')).toEqual(['.\\a.exe: run with the call operator `&`', '.\\b.exe: run', 'C:\\c.exe: run', 'd.tgz: extracted by `tar`'])
    // A cmdlet named with its module is not a path; an unknown parameter binds nothing.
    expect(uses('Microsoft.PowerShell.Archive\\Expand-Archive a.zip; Expand-Archive -Bogus a.zip')).toEqual(['a.zip: extracted by `Expand-Archive`'])
  })
})
