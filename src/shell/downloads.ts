// What download commands (`curl`, `wget`, FreeBSD `fetch`) fetch and where they write it. Paths are
// given as written (`$TMP/app.tgz`): values that depend on variables are compared, never guessed.
import { has, readOptions, valuesOf, type OptionSpec, type Options } from './options.js'
import { isPowerShellDownload, powerShellDownloadedFiles, powerShellDownloadUrls, powerShellDownloadsToStdout } from './powershell.js'
import type { Command, Word } from './types.js'
import { table } from '../lookup.js'

/** The options of each download command that take a value, as getopt reads them. */
export const DOWNLOAD_OPTIONS = table<OptionSpec>({
  curl: {
    short: 'oudXHAexmTFwbcrKEYyzCPtUQD',
    long: [
      '--output', '--output-dir', '--url', '--user', '--data', '--data-binary', '--data-raw', '--data-urlencode', '--header',
      '--request', '--user-agent', '--referer', '--proxy', '--max-time', '--connect-timeout', '--upload-file', '--form',
      '--write-out', '--cookie', '--cookie-jar', '--range', '--config', '--cert', '--key', '--cacert', '--capath', '--retry',
      '--retry-delay', '--retry-max-time', '--limit-rate', '--resolve', '--dump-header', '--max-filesize', '--proto',
      '--proto-redir', '--oauth2-bearer', '--continue-at', '--speed-limit', '--speed-time'
    ]
  },
  wget: {
    // `-nv`, `-nc`, `-nd` are `-n` with a letter, so `n` reads the rest of its cluster.
    short: 'OoaPieUtTwlARDXIQBn',
    long: [
      '--output-document', '--output-file', '--append-output', '--directory-prefix', '--input-file', '--execute',
      '--user-agent', '--tries', '--timeout', '--wait', '--level', '--accept', '--reject', '--domains', '--header', '--user',
      '--password', '--progress', '--quota', '--limit-rate', '--post-data', '--post-file', '--method', '--body-data',
      '--ca-certificate', '--certificate', '--private-key', '--load-cookies', '--save-cookies', '--referer', '--http-user',
      '--http-password', '--max-redirect', '--dns-timeout', '--connect-timeout', '--read-timeout', '--waitretry'
    ]
  },
  fetch: { short: 'oBNSTi', long: ['--output'] }
})

const STDOUT = new Set(['-', '/dev/stdout', '/dev/fd/1'])

/**
 * True for `curl`, `wget` and `fetch`: commands that download what their URL arguments name; and the
 * PowerShell downloads (Invoke-WebRequest, Invoke-RestMethod, Start-BitsTransfer, WebClient.Download*).
 */
export function isDownload(command: Command): boolean {
  return command.program in DOWNLOAD_OPTIONS || isPowerShellDownload(command)
}

/** Each download command's options, read once: several rules ask about the same command. */
const readings = new WeakMap<Command, Options>()

function read(command: Command): Options {
  let options = readings.get(command)
  if (!options) readings.set(command, (options = readOptions(command, DOWNLOAD_OPTIONS[command.program])))
  return options
}

/** The URLs a download command fetches, as written (`https://…/v$VERSION/app.tgz`, `$URL`). */
export function downloadUrls(command: Command): Word[] {
  if (!isDownload(command)) return []
  if (isPowerShellDownload(command)) return powerShellDownloadUrls(command)
  const options = read(command)
  return [...options.operands, ...valuesOf(options, '--url')]
}

/** True when the download goes to standard output (so it can be piped): `curl URL`, `wget -qO- URL`. */
export function downloadsToStdout(command: Command): boolean {
  if (!isDownload(command)) return false
  if (isPowerShellDownload(command)) return powerShellDownloadsToStdout(command)
  // `curl URL > f`: the shell sends stdout to the file, so nothing downstream of a pipe receives it.
  return !stdoutTargets(command).some((t) => !STDOUT.has(t)) && toStdout(command, read(command))
}

/** True when the options send the download to stdout, whatever the shell then does with it. */
function toStdout(command: Command, options: Options): boolean {
  const outputs = valuesOf(options, '-o', '-O', '--output', '--output-document')
  if (outputs.some((o) => STDOUT.has(o.value))) return true
  if (command.program === 'curl') return outputs.length === 0 && !has(options, '-O', '--remote-name', '--remote-name-all', '-J')
  return false
}

/** Where standard output is redirected to (`> F`, `1>> F`, `&> F`, `> /dev/null`), as written. */
export function stdoutTargets(command: Command): string[] {
  const targets: string[] = []
  for (const r of command.redirects) {
    const stdout = r.op === '&>' || r.op === '&>>' || ((r.op === '>' || r.op === '>>' || r.op === '>|') && (r.fd === undefined || r.fd === '1'))
    if (stdout && r.target) targets.push(r.target.value)
  }
  return targets
}

/**
 * The files a download command writes, as written: `-o F`, `wget -O F`, the URL's last path segment,
 * or the file its standard output is redirected to (`curl URL > F`, `wget -qO- URL > F`).
 */
export function downloadedFiles(command: Command): string[] {
  if (!isDownload(command)) return []
  if (isPowerShellDownload(command)) {
    const files = powerShellDownloadedFiles(command)
    // Start-BitsTransfer with no destination writes the URL's last segment to the current directory.
    if (files.length || command.program !== 'start-bitstransfer') return files
    return powerShellDownloadUrls(command).flatMap((url) => optional(urlBasename(url.value)))
  }
  // Native `curl.exe -o F` in PowerShell reads as in sh.
  const options = read(command)
  const named = valuesOf(options, '-o', '--output', ...(command.program === 'wget' ? ['-O', '--output-document'] : []))
  const files = named.map((w) => w.value).filter((f) => !STDOUT.has(f) && !f.startsWith('/dev/'))
  // The options alone decide whether stdout carries the download: downloadsToStdout is false once it is redirected.
  const redirected = stdoutTargets(command).filter((f) => !f.startsWith('/dev/'))
  if (redirected.length && toStdout(command, options)) return redirected
  const urls = [...options.operands, ...valuesOf(options, '--url')]
  const remoteNames =
    command.program === 'curl' ? has(options, '-O', '--remote-name', '--remote-name-all') : named.length === 0 && !has(options, '--content-disposition')
  if (remoteNames) for (const url of urls) files.push(...optional(urlBasename(url.value)))
  const dir = valuesOf(options, command.program === 'curl' ? '--output-dir' : '-P', '--directory-prefix')[0]?.value
  return dir ? files.map((f) => (f.startsWith('/') ? f : `${dir.replace(/\/+$/, '')}/${f}`)) : files
}

/** The last path segment of a URL (`app.tgz` of `https://x.io/v1/app.tgz?dl=1`), or undefined if it has none. */
export function urlBasename(url: string): string | undefined {
  const path = url.replace(/[?#].*$/, '').replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '')
  const name = path.slice(path.lastIndexOf('/') + 1)
  return name || undefined
}

function optional<T>(value: T | undefined): T[] {
  return value === undefined ? [] : [value]
}
