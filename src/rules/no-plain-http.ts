import { copySources, instructionsOf, runCommands } from '../dockerfile/helpers.js'
import type { Dockerfile, Instruction, Span } from '../dockerfile/model.js'
import { assignedNames, subcommand } from '../shell/helpers.js'
import { installs, packageCommandIn, type PackageCommand } from '../shell/package-managers.js'
import { readOptions } from '../shell/options.js'
import { downloadUrls } from '../shell/downloads.js'
import { isPowerShellDownload } from '../shell/powershell.js'
import type { Command, Word } from '../shell/types.js'
import { downloadGroups } from './data/downloaded-files.js'
import { plainHttpUrl } from './data/urls.js'
import type { Problem, Rule } from './types.js'
import { table } from '../lookup.js'

/** Options whose value is a URL the tool does not download from (a proxy, a referer, git config). */
const NOT_FETCHED = table<readonly string[]>({
  curl: ['-x', '--proxy', '--preproxy', '-e', '--referer', '--noproxy'],
  wget: ['-e', '--execute', '--referer'],
  git: ['-c', '--config']
})
const GIT_FETCHES = new Set(['clone', 'fetch', 'pull', 'ls-remote', 'submodule', 'remote'])

export default {
  id: 'no-plain-http',
  title: 'Downloads should use HTTPS, not plain HTTP',
  severity: 'warning',
  defaults:
    'On, as a warning: plain HTTP lets anyone on the network path swap the download. A download checked against a checksum or signature later (or fetched by `ADD --checksum`) passes, since a swapped file then fails the build.',
  tags: ['security', 'supply-chain', 'CWE-319', 'CWE-494'],
  securitySeverity: 7.0,
  precision: 'high',
  cis: ['4.11'],
  rationale:
    'Plain HTTP is neither encrypted nor authenticated. Anyone on the network path between the builder and the server (a compromised router, a hostile Wi-Fi, a malicious proxy) can replace the file with their own, and the build puts it into the image without noticing.',
  fix: 'Use the `https://` URL (almost every host serves one). If the host really has no HTTPS, verify the file after downloading it (`ADD --checksum=sha256:…`, or `sha256sum -c`) or fetch it from a mirror that does.',
  examples: {
    bad: 'FROM alpine:3.22\nRUN wget -q -O /tmp/tool.apk http://example.com/tool.apk\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nRUN wget -q -O /tmp/tool.apk https://example.com/tool.apk\nUSER 10001\nCMD ["sh"]\n'
  },
  fixable: true,
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const add of instructionsOf(dockerfile, 'ADD')) {
      // With `--checksum` a replaced download fails the build, so plain HTTP cannot smuggle content in.
      if (add.flags.some((f) => f.name === 'checksum' && f.value)) continue
      for (const source of copySources(add)) {
        const problem = plain(dockerfile, source, source.value, add.resolve(source.value))
        if (problem) problems.push(problem)
      }
    }
    const { text } = dockerfile
    // The names a RUN assigns, read at its first `$NAME` (few RUNs have one).
    let assigned: { instruction: Instruction; names: Set<string> } | undefined
    for (const { command, instruction } of runCommands(dockerfile)) {
      // A URL needs a `:` (or, through a variable, a `$`) in the command as written: most commands have
      // neither, and are skipped before their words are read. JSON strings, PowerShell and cmd can spell
      // a `:` with an escape, and the commands of a string or a substitution are read from text that is
      // not the file's, so those go the long way.
      const asWritten = !instruction.json && !command.powershell && !command.cmd && writtenInRun(command)
      if (asWritten && !within(text, ':', command) && !within(text, '$', command)) continue
      for (const word of fetched(command, packageCommandIn(dockerfile, command))) {
        // Neither a URL nor a variable's value: nothing to read (most words).
        if (word.value.charCodeAt(0) !== 36 && !word.value.includes('://')) continue
        // `$URL` takes its value from an ARG or ENV, unless the RUN sets it itself; an exec-form RUN
        // expands nothing, except in the script it gives a shell (`["sh", "-c", "curl $URL"]`).
        const name = VARIABLE.exec(word.value)?.[1]
        // A PowerShell `$url` is PowerShell's own variable, never an ARG or ENV (those are `$env:NAME`);
        // cmd.exe expands `%URL%`, and `$URL` is just text to it.
        const expands = (!instruction.json || command.context === 'shell-string') && !command.powershell && !command.cmd
        let known = false
        if (name !== undefined && expands) {
          if (assigned?.instruction !== instruction) assigned = { instruction, names: assignedNames(instruction.shell!) }
          known = !assigned.names.has(name)
        }
        const problem = plain(dockerfile, word, word.value, known ? instruction.resolve(word.value) : undefined)
        // As with `ADD --checksum`: a file checked against a checksum or signature fails the build when replaced.
        if (problem && !verified(dockerfile, command, instruction)) problems.push(problem)
      }
    }
    return problems
  }
} satisfies Rule

/** Whether every file a download command writes is checked later by a checksum or signature (what verify-downloads calls verified). */
function verified(dockerfile: Dockerfile, command: Command, instruction: Instruction): boolean {
  const group = instruction.stage && downloadGroups(dockerfile).get(instruction.stage)?.[instruction.onbuild ? 1 : 0]
  if (!group) return false
  const own = group.downloads.artifacts.filter((d) => d.command === command)
  return own.length > 0 && own.every((d) => group.downloads.verified(d))
}

/**
 * The words of a curl, wget or git fetch that name what it downloads (option values like `--proxy`
 * left out), and the packages and keys rpm and its front ends fetch themselves when given a URL:
 * `rpm --import http://…/key`, `rpm -Uvh http://…/x.rpm`, `dnf install http://…/x.rpm`. A list, not a
 * generator: it is asked of every command, and most fetch nothing.
 */
function fetched(command: Command, pc: PackageCommand | undefined): readonly Word[] {
  // Invoke-WebRequest, Start-BitsTransfer, WebClient.DownloadFile, …: the URL their parameters name.
  if (isPowerShellDownload(command)) return downloadUrls(command)
  // rpm reads a URL operand (a package or, with --import, a key) in every mode that takes files.
  if (command.program === 'rpm') return readOptions(command, { short: '', long: ['--root', '--dbpath', '--define', '--prefix', '--relocate'] }).operands
  const packages = pc ? installs(pc) : NONE
  if (packages.length) return packages
  const skip = NOT_FETCHED[command.program]
  if (!skip) return NONE
  if (command.program === 'git' && !GIT_FETCHES.has(subcommand(command, skip) ?? '')) return NONE
  const words: Word[] = []
  for (let i = 0; i < command.args.length; i++) {
    const { value } = command.args[i]
    // `--proxy=…`, `--proxy …`, `-x …`, and `-sSx …` (a short option ending a cluster takes the next word).
    const option = /^-[a-zA-Z]+$/.test(value) ? `-${value.slice(-1)}` : value.startsWith('-') ? value.split('=')[0] : ''
    if (skip.includes(option)) {
      if (!value.includes('=')) i++
    } else {
      words.push(command.args[i])
    }
  }
  return words
}

const NONE: readonly Word[] = []
const VARIABLE = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)/

/** A command of the RUN itself, or the command a wrapper of it runs (`sudo curl …`): its words are the file's text. */
function writtenInRun(command: Command): boolean {
  let c: Command | undefined = command
  while (c?.context === 'wrapped') c = c.parent
  return c?.context === 'top'
}

/** True when `char` is written between the start and the end of `span` (searched up to its end only: a RUN can be long). */
function within(text: string, char: string, span: Span): boolean {
  return text.slice(span.start, span.end).includes(char)
}

function plain(dockerfile: Dockerfile, at: Span, written: string, resolved: string | undefined): Problem | undefined {
  const literal = plainHttpUrl(written)
  const url = literal ?? (resolved === undefined ? undefined : plainHttpUrl(resolved))
  if (url === undefined) return undefined
  const offset = dockerfile.text.slice(at.start, at.end).search(/http:\/\//i)
  const fix = literal !== undefined && offset >= 0 ? { at: { start: at.start + offset, end: at.start + offset + 7 }, text: 'https://' } : undefined
  const shown = literal !== undefined ? `\`${url}\`` : `\`${written}\` (\`${url}\`)`
  return { at, message: `${shown} is fetched over plain HTTP, so anyone on the network path can replace it: use \`https://\`.`, fix }
}
