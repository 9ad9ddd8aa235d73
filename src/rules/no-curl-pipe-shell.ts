import { downloadUrls, downloadsToStdout, effective, isDownload, words } from '../shell/helpers.js'
import { isPowerShellDownload } from '../shell/powershell.js'
import { scriptSource } from '../shell/scripts.js'
import type { Command, Script, Word } from '../shell/types.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'no-curl-pipe-shell',
  title: 'Do not pipe a downloaded script into a shell or interpreter',
  severity: 'error',
  defaults:
    'On, as an error: the build runs code nobody reviewed, from a server that can change it at any time, and downloading to a file and checking its checksum first is a small change.',
  tags: ['security', 'supply-chain', 'CWE-494'],
  securitySeverity: 8.0,
  precision: 'high',
  cis: ['4.11'],
  rationale:
    '`curl … | sh` (on Windows, `iex (iwr …)` or `iex ((New-Object Net.WebClient).DownloadString(…))`) runs whatever the server sends at build time, unseen and unchecked. Whoever controls that server, its CDN, the DNS or the connection (or a truncated download) controls your image, and the next build may run a different script than the one you reviewed.',
  fix: 'Download the script or binary to a file, check it against the SHA-256 checksum or signature its publisher gives (`echo "<sha256>  install.sh" > install.sh.sha256 && sha256sum -c install.sh.sha256`), and only then run it. Better still, install the tool from the distribution\'s signed packages or copy it from a pinned image (`COPY --from=…`).',
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN curl -fsSL https://get.example.com/install.sh | sh\nUSER 10001\nCMD ["app"]\n',
    good:
      'FROM debian:bookworm-slim\n' +
      'RUN curl -fsSLo /tmp/install.sh https://get.example.com/install.sh \\\n' +
      '  && echo "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae  /tmp/install.sh" > /tmp/install.sh.sha256 \\\n' +
      '  && sha256sum -c /tmp/install.sh.sha256 \\\n' +
      '  && sh /tmp/install.sh && rm /tmp/install.sh /tmp/install.sh.sha256\nUSER 10001\nCMD ["app"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const { shell } of dockerfile.instructions) {
      // Each form needs a download, and most RUNs have none: one pass over the commands (wrapped ones and
      // every pipeline stage are listed there too) skips the three walks.
      if (!shell || !shell.commands.some(isDownload)) continue
      // Each form also needs the download on stdout: read once per download here, not once per form.
      const streamed = new Set(shell.commands.filter((c) => isDownload(c) && downloadsToStdout(c)))
      if (!streamed.size) continue
      problems.push(...piped(shell, streamed))
      problems.push(...substituted(streamed))
      problems.push(...stored(shell, streamed))
    }
    return problems
  }
} satisfies Rule

/** `curl … | sh`, `wget -qO- … | sudo -E bash -`, `curl … | tee x | python3 -`. */
function* piped(script: Script, streamed: ReadonlySet<Command>): Generator<Problem> {
  for (const pipeline of script.pipelines) {
    if (pipeline.commands.length < 2) continue // nothing to pipe into
    const stages = pipeline.commands.map(effective)
    const download = stages.findIndex((c) => streamed.has(c))
    if (download < 0) continue
    const shell = stages.slice(download + 1).find((c) => scriptSource(c)?.from === 'stdin')
    if (shell) yield problem(stages[download], shell, { start: pipeline.commands[download].start, end: shell.end }, `\`${stages[download].program} … | ${shell.program}\``)
  }
}

/** `bash <(curl …)`, `sh -c "$(curl …)"`, `eval "$(wget -O- …)"`, `python3 <(curl …)`, `bash <<< "$(curl …)"`. */
function* substituted(streamed: ReadonlySet<Command>): Generator<Problem> {
  for (const download of streamed) {
    let outer = download
    while (outer.context === 'wrapped' && outer.parent) outer = outer.parent
    const host = outer.parent
    if (!host || (outer.context !== 'substitution' && outer.context !== 'process-substitution')) continue
    const shell = effective(host)
    const source = scriptSource(shell)
    const word = words(host).find((w) => w.start <= download.start && download.end <= w.end)
    const redirect = host.redirects.find((r) => r.target === word)
    const runs =
      (source?.from === 'file' && source.word === word) ||
      (source?.from === 'code' && word !== undefined && source.words.includes(word)) ||
      (source?.from === 'stdin' && redirect !== undefined && (redirect.op === '<' || redirect.op === '<<<'))
    // PowerShell nests a command in plain parentheses: `iex ((New-Object Net.WebClient).DownloadString('…'))`.
    const open = isPowerShellDownload(download) ? '(' : outer.context === 'substitution' ? '$(' : '<('
    if (runs) yield problem(download, shell, host, `\`${shell.program}\` with \`${open}${download.program} …)\``)
  }
}

/**
 * `s=$(curl …) && bash -c "$s"`, `eval "$s"`, `echo "$s" | sh`, `sh <<< "$s"`, `bash <(echo "$s")`: the
 * download kept in a variable, then run. Only a variable whose whole value is the substitution, used
 * as exactly `$s`, `"$s"` or `${s}`, and not assigned (nor unset, nor read) again in between.
 */
function* stored(script: Script, streamed: ReadonlySet<Command>): Generator<Problem> {
  const sources = storedDownloads(streamed)
  if (!sources.size) return
  const held = new Map<string, Command>() // variable → the download it holds, at this point of the script
  for (const command of script.commands) {
    if (!command.name) {
      for (const assignment of command.assignments) {
        const name = assignment.value.slice(0, assignment.value.indexOf('='))
        const download = sources.get(assignment)
        if (download) held.set(name, download)
        else held.delete(name)
      }
      continue
    }
    if (command.program === 'unset' || command.program === 'read') for (const arg of command.args) held.delete(arg.value)
    const source = scriptSource(command)
    const run = (word: Word | undefined) => {
      const name = word && /^\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)\})$/.exec(word.value)
      return name ? { name: name[1] ?? name[2], download: held.get(name[1] ?? name[2]) } : undefined
    }
    let found: { name: string; download?: Command } | undefined
    let at: { start: number; end: number } = command
    if (source?.from === 'code' && source.words.length === 1) found = run(source.words[0])
    else if (source?.from === 'file' && source.word.raw.startsWith('<(')) {
      // `bash <(echo "$s")`: the file is the echo's output.
      const word = source.word
      const inner = script.commands.filter((c) => c.parent === command && c.context === 'process-substitution' && word.start <= c.start && c.end <= word.end)
      found = inner.length === 1 && echoes(inner[0]) ? run(inner[0].args[inner[0].args.length - 1]) : undefined
    } else if (source?.from === 'stdin') {
      const herestring = command.redirects.find((r) => r.op === '<<<')
      const stages = command.pipeline.commands
      const echo = stages.slice(0, stages.findIndex((s) => s === command || effective(s) === command)).map(effective).find(echoes)
      found = herestring ? run(herestring.target) : echo ? run(echo.args[echo.args.length - 1]) : undefined
      if (echo && !herestring) at = { start: echo.start, end: command.end }
    }
    if (found?.download) yield problem(found.download, command, at, `\`${command.program}\` running \`$${found.name}\` (set to \`$(${found.download.program} …)\`)`)
  }
}

/** The assignments whose whole value is a download to stdout (`s=$(curl -fsSL …)`, `s="$(wget -qO- …)"`), with that download. */
function storedDownloads(streamed: ReadonlySet<Command>): Map<Word, Command> {
  const sources = new Map<Word, Command>()
  for (const download of streamed) {
    if (download.powershell) continue
    let outer = download
    while (outer.context === 'wrapped' && outer.parent) outer = outer.parent
    const host = outer.parent
    if (outer.context !== 'substitution' || !host || host.name || outer.pipeline.commands.length !== 1) continue
    const assignment = host.assignments.find((w) => w.start <= outer.start && outer.end <= w.end)
    if (assignment && /^[A-Za-z_]\w*=("?)\$\([^]*\)\1$/.test(assignment.raw)) sources.set(assignment, download)
  }
  return sources
}

/** `echo "$s"`, `echo -e "$s"`, `printf '%s' "$s"`: a command that writes its one value to stdout. */
function echoes(command: Command): boolean {
  const args = command.args.map((a) => a.value)
  if (command.program === 'echo') return args.length >= 1 && args.slice(0, -1).every((a) => /^-[neE]+$/.test(a))
  return command.program === 'printf' && args.length === 2 && /^%s(\\n|\n)?$/.test(args[0])
}

function problem(download: Command, shell: Command, at: { start: number; end: number }, form: string): Problem {
  const url = downloadUrls(download)[0]?.value
  const from = url ? ` from \`${url}\`` : ''
  return {
    at: { start: at.start, end: at.end },
    message: `${form} runs a script downloaded${from} without checking it: anyone who can change what that URL serves controls this build. Download it to a file, verify its checksum or signature, then run it with \`${shell.program}\`.`
  }
}
