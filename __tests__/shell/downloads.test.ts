import { describe, expect, it } from '@jest/globals'
import { downloadedFiles, downloadsToStdout, downloadUrls, isDownload } from '../../src/shell/helpers.js'
import { parseShell } from '../../src/shell/parse.js'
import { scriptSource } from '../../src/shell/scripts.js'

const command = (src: string) => parseShell(src).commands[0]

describe('downloads', () => {
  it('knows curl, wget and fetch, and the URLs they fetch (past option values)', () => {
    expect(isDownload(command('curl -fsSL https://x.io'))).toBe(true)
    expect(isDownload(command('git clone https://x.io/r.git'))).toBe(false)
    expect(downloadUrls(command('curl --retry 3 -H "Accept: x" --proto =https https://x.io/a')).map((w) => w.value)).toEqual(['https://x.io/a'])
    expect(downloadUrls(command('wget --progress=dot:giga -O go.tgz "$url"')).map((w) => w.value)).toEqual(['$url'])
  })

  it('tells a download to stdout from one to a file', () => {
    expect(downloadsToStdout(command('curl -fsSL https://x.io/i.sh'))).toBe(true)
    expect(downloadsToStdout(command('curl -fsSLo /tmp/i.sh https://x.io/i.sh'))).toBe(false)
    expect(downloadsToStdout(command('curl -fsSLO https://x.io/i.sh'))).toBe(false)
    expect(downloadsToStdout(command('wget -qO- https://x.io/i.sh'))).toBe(true)
    expect(downloadsToStdout(command('wget -nv -O - https://x.io/i.sh'))).toBe(true)
    expect(downloadsToStdout(command('wget https://x.io/i.sh'))).toBe(false)
    expect(downloadsToStdout(command('curl -fsSL https://x.io/i.sh > i.sh'))).toBe(false)
    expect(downloadsToStdout(command('curl -fsSL https://x.io/i.sh 2>/dev/null'))).toBe(true)
  })

  it('names the files written, as written', () => {
    expect(downloadedFiles(command('curl -fsSLo /tmp/a.tgz https://x.io/a.tgz'))).toEqual(['/tmp/a.tgz'])
    expect(downloadedFiles(command('curl -fsSL --output-dir /tmp -O "https://x.io/v$V/a-$V.tgz?dl=1"'))).toEqual(['/tmp/a-$V.tgz'])
    expect(downloadedFiles(command('wget -q https://x.io/dl/app.zip'))).toEqual(['app.zip'])
    expect(downloadedFiles(command('wget -P /opt https://x.io/dl/app.zip'))).toEqual(['/opt/app.zip'])
    expect(downloadedFiles(command('wget -qO- https://x.io/dl/app.zip'))).toEqual([])
    expect(downloadedFiles(command('curl -fsSL https://x.io/dl/app.zip'))).toEqual([])
    expect(downloadedFiles(command('curl -sSf https://sh.rustup.rs > rustup.sh'))).toEqual(['rustup.sh'])
    expect(downloadedFiles(command('wget -qO- https://x.io/i.sh 1>/tmp/i.sh'))).toEqual(['/tmp/i.sh'])
    expect(downloadedFiles(command('curl -fsSLo /tmp/a.tgz https://x.io/a.tgz > /tmp/log'))).toEqual(['/tmp/a.tgz'])
  })
})

describe('scriptSource', () => {
  const from = (src: string) => scriptSource(command(src))?.from
  it('tells stdin, a file and a code string apart', () => {
    expect([from('sh'), from('bash -s -- -y'), from('bash -'), from('python3 -'), from('sudo -E bash -')]).toEqual(['stdin', 'stdin', 'stdin', 'stdin', undefined])
    expect([from('sh ./i.sh'), from('bash -o pipefail /tmp/i.sh'), from('source /etc/profile')]).toEqual(['file', 'file', 'file'])
    expect([from("sh -ec 'x'"), from("python3 -c 'x'"), from("perl -ne 'print'"), from('node -e x'), from('eval "$X"')]).toEqual(['code', 'code', 'code', 'code', 'code'])
    expect([from('python3 -m venv /v'), from('node --version'), from('curl x')]).toEqual(['none', 'none', undefined])
  })
})
