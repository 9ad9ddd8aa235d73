import { commandsOf } from '../dockerfile/helpers.js'
import { DOWNLOAD_OPTIONS } from '../shell/downloads.js'
import { has, readOptions, valuesOf } from '../shell/options.js'
import type { Command } from '../shell/types.js'
import type { Problem, Rule } from './types.js'


export default {
  id: 'wget-progress',
  title: '`wget` should run with `-nv`, `-q` or `--progress=dot:giga` in a build',
  severity: 'note',
  enabledByDefault: false,
  defaults:
    'Off by default: a long build log is a nuisance, not a defect, and most official images download with a plain `wget`. Turn it on to keep build logs readable.',
  tags: ['maintainability'],
  precision: 'very-high',
  // hadolint's DL3047 spec cases are all in the test file.
  equivalents: { hadolint: ['DL3047'] },
  differences:
    "Beyond hadolint's cases, a `wget` whose standard error, where the progress goes, is redirected to a file (`2>/dev/null`, `&>log`) passes, and PowerShell's `wget`, an alias of `Invoke-WebRequest`, is not checked.",
  rationale:
    'A build has no terminal, so GNU `wget` prints its progress as rows of dots: one per kilobyte, thousands of lines for a large download, which bury the lines that matter when the build fails.',
  fix: 'Add `-nv` (one line per file, errors still shown) or `--progress=dot:giga` to GNU `wget`, or `-q` to silence it entirely; BusyBox `wget` (Alpine) takes `-q`.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates wget \\\n && rm -rf /var/lib/apt/lists/*\nRUN wget -O /tmp/words.txt https://example.com/words.txt\nUSER 10001\nCMD ["bash"]\n',
    good: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates wget \\\n && rm -rf /var/lib/apt/lists/*\nRUN wget -nv -O /tmp/words.txt https://example.com/words.txt\nUSER 10001\nCMD ["bash"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const { command } of commandsOf(dockerfile, 'wget')) {
      if (command.powershell || quiet(command) || stderrRedirected(command)) continue
      problems.push({
        at: { start: command.start, end: command.end },
        message: '`wget` without `-nv`, `-q` or `--progress` fills the build log with progress dots: add `-nv` or `--progress=dot:giga` (GNU wget), or `-q`.'
      })
    }
    return problems
  }
} satisfies Rule

/** `--progress=…`, `-q`/`--quiet`, `-nv`/`--no-verbose`, or the messages sent to a log (`-o`/`-a FILE`). */
function quiet(command: Command): boolean {
  const read = readOptions(command, DOWNLOAD_OPTIONS.wget)
  return (
    has(read, '--progress', '-q', '--quiet', '--no-verbose', '-o', '--output-file', '-a', '--append-output') ||
    valuesOf(read, '-n').some((v) => v.value.startsWith('v'))
  )
}

/** `2>/dev/null`, `2>>log`, `&>/dev/null`: the progress goes to a file, not the build log. */
function stderrRedirected(command: Command): boolean {
  return command.redirects.some((r) => ((r.fd === '2' && (r.op === '>' || r.op === '>>')) || r.op === '&>' || r.op === '&>>') && r.target !== undefined)
}
