import type { Instruction } from '../dockerfile/model.js'
import { tarExtraction } from '../shell/artifacts.js'
import { downloadsToStdout, effective, isDownload } from '../shell/helpers.js'
import type { Command } from '../shell/types.js'
import { downloadGroups } from './data/downloaded-files.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'verify-downloads',
  title: 'Verify the checksum or signature of downloaded files before using them',
  severity: 'warning',
  defaults:
    'On, as a warning: an unchecked download puts whatever the server sent into the image. It fires only for files the build goes on to use (extracts, installs, runs or makes executable), not for every download.',
  tags: ['security', 'supply-chain', 'CWE-494'],
  securitySeverity: 6.5,
  precision: 'high',
  cis: ['4.11', '4.12'],
  rationale:
    'A file fetched with `curl`, `wget` or `ADD <url>` is whatever the server sent that day. If the release was replaced, the CDN or mirror compromised, or the download truncated, extracting, installing or running it puts that content into your image with nothing to notice. A checksum or signature check pins the exact bytes you reviewed and makes the build fail instead.',
  fix: 'Check the file right after downloading it, in the same `RUN`: compare it with the SHA-256 the publisher gives (`echo "<sha256>  app.tgz" > app.tgz.sha256 && sha256sum -c app.tgz.sha256`) or verify its signature (`gpg --verify app.tgz.asc app.tgz`, `cosign verify-blob …`). In PowerShell: `if ((Get-FileHash app.zip -Algorithm SHA256).Hash -ne \'<sha256>\') { exit 1 }`. For `ADD <url>`, add `--checksum=sha256:<hash>`. Download to a file instead of streaming into `tar`, so it can be checked first.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN curl -fsSLo /tmp/app.tgz https://example.com/app-1.2.3.tgz \\\n  && tar -xzf /tmp/app.tgz -C /opt\nUSER 10001\nCMD ["/opt/app/bin/app"]\n',
    good:
      'FROM debian:bookworm-slim\nRUN curl -fsSLo /tmp/app.tgz https://example.com/app-1.2.3.tgz \\\n' +
      '  && echo "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae  /tmp/app.tgz" > /tmp/app.sha256 \\\n' +
      '  && sha256sum -c /tmp/app.sha256 \\\n  && tar -xzf /tmp/app.tgz -C /opt && rm /tmp/app.tgz /tmp/app.sha256\nUSER 10001\nCMD ["/opt/app/bin/app"]\n'
  },
  // `ADD <url>` is left to verify-remote-add, which flags it whether or not the file is used later.
  check: (dockerfile) => {
    const problems: Problem[] = []
    // ONBUILD triggers run later, in another build: they are checked as a group of their own.
    for (const groups of downloadGroups(dockerfile).values()) {
      for (const { instructions, downloads } of groups) {
        problems.push(...streamed(instructions))
        for (const download of downloads.artifacts) {
          const use = downloads.firstUse(download)
          if (!use || downloads.verified(download)) continue
          problems.push({
            at: download.at,
            message: `\`${download.file}\` is downloaded by \`${downloader(download.command)}\` and ${use.how} without a checksum or signature check: verify it before using it.`
          })
        }
      }
    }
    return problems
  }
} satisfies Rule

/** The downloader as a message names it: `curl`, or a PowerShell cmdlet as written (`Invoke-WebRequest`, `DownloadFile`). */
function downloader(command: Command): string {
  return command.powershell && /^[a-z]+-[a-z]+$|^webclient\./.test(command.program) ? command.name : command.program
}

/** `curl … | tar -x`: the archive is unpacked as it arrives, so nothing can check it first. */
function* streamed(group: Instruction[]) {
  for (const { shell } of group) {
    if (!shell) continue
    for (const pipeline of shell.pipelines) {
      if (pipeline.commands.length < 2) continue // nothing to pipe into
      // Most pipelines download nothing: found before listing what each stage runs.
      const download = pipeline.commands.findIndex((c) => isDownload(effective(c)) && downloadsToStdout(effective(c)))
      if (download < 0) continue
      const stages = pipeline.commands.map(effective)
      const tar = stages.slice(download + 1).find(extractsStdin)
      if (!tar) continue
      yield {
        at: { start: pipeline.commands[download].start, end: tar.end },
        message: `\`${stages[download].program} … | ${tar.program}\` unpacks the download as it streams in, so it is never checked against a checksum or signature: download it to a file and verify it first.`
      }
    }
  }
}

/** `tar -x` with no archive, or `-f -`: it extracts what it reads from stdin. */
function extractsStdin(command: Command): boolean {
  const tar = tarExtraction(command)
  return tar !== undefined && tar.archive === undefined
}
