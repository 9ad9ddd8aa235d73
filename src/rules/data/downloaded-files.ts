// The files RUN commands download, the files they use, and whether a checksum or signature check
// covers them: the bookkeeping of the verify-downloads rule. Names are compared as written
// (`$TMP/app-${V}.tgz` matches `$TMP/app-$V.tgz`, `C:\tmp\app.zip` matches `C:/tmp/app.zip`): values
// that depend on variables are never guessed. Everything is indexed by file name, so a 10,000-line RUN
// stays linear.
import { perFile } from '../../dockerfile/helpers.js'
import type { Dockerfile, Instruction, Span, Stage } from '../../dockerfile/model.js'
import { consumedFiles, decompressesStream, isVerifier, type FileUse } from '../../shell/artifacts.js'
import { stdoutTargets } from '../../shell/downloads.js'
import { downloadedFiles, downloadsToStdout, effective, isDownload, words } from '../../shell/helpers.js'
import type { Command } from '../../shell/types.js'
import { writtenFiles } from '../../shell/writes.js'

export interface Download {
  /** The file as written: `/tmp/app.tgz`, `app-$VERSION.tgz`. */
  file: string
  at: Span
  command: Command
}

export interface Use extends FileUse {
  command: Command
}

/** Checksum lists, signatures, certificates and keys, by their file name: material for checking, not artifacts. */
const MATERIAL = /(sums?|checksums?)([._\d-]|$)|\.(sha\d*|md5|asc|sig|sign|minisig|pem|crt|cert|pub|gpg|key|bundle|sigstore|sigstore\.json|intoto\.jsonl)$|^keys$/i

export interface DownloadGroup {
  instructions: Instruction[]
  downloads: Downloads
}

/**
 * Each stage's downloads in two groups: its own instructions, and its ONBUILD triggers, which run
 * later, in another build. Only stages with a download command are listed: most download nothing, and
 * are passed over without building a group. Built once per file and shared by the rules that ask.
 */
export function downloadGroups(dockerfile: Dockerfile): ReadonlyMap<Stage, readonly [DownloadGroup, DownloadGroup]> {
  return perFile(dockerfile, findDownloadGroups)
}

function findDownloadGroups(dockerfile: Dockerfile): Map<Stage, readonly [DownloadGroup, DownloadGroup]> {
  const groups = new Map<Stage, readonly [DownloadGroup, DownloadGroup]>()
  for (const stage of dockerfile.stages) {
    if (!stage.instructions.some(downloadsSomething)) continue
    const triggers = stage.instructions.filter((i) => i.onbuild)
    // Most stages have no ONBUILD trigger: their own group is then the stage's list, not a copy of it.
    const own = triggers.length ? stage.instructions.filter((i) => !i.onbuild) : stage.instructions
    groups.set(stage, [group(own), group(triggers)])
  }
  return groups
}

const group = (instructions: Instruction[]): DownloadGroup => ({ instructions, downloads: new Downloads(instructions) })

/** A RUN with a download command (wrapped ones and every pipeline stage are listed among its commands too). */
const downloadsSomething = (instruction: Instruction): boolean => instruction.shell?.commands.some(isDownload) ?? false

/** What a group of instructions downloads, uses and verifies. */
export class Downloads {
  /** Downloaded artifacts (checksum lists, signatures and keys left out), in order. */
  readonly artifacts: Download[] = []
  /** The artifacts' names (see nameOf). */
  private readonly names = new Set<string>()
  /** The uses of files of those names, by name. */
  private readonly uses = new Map<string, Use[]>()
  private readonly checked: string[] = []

  constructor(instructions: Instruction[]) {
    // Nested loops rather than one list of the commands: most groups download nothing, and the list cost an allocation each.
    for (const { shell } of instructions) {
      for (const command of shell?.commands ?? NONE) {
        if (!isDownload(command)) continue
        for (const file of downloadedFiles(command).concat(pipedInto(command))) {
          const name = nameOf(file)
          if (MATERIAL.test(name)) continue
          this.artifacts.push({ file, at: { start: command.start, end: command.end }, command })
          this.names.add(name)
        }
      }
    }
    if (!this.artifacts.length) return // nothing downloaded (a downloading stage's triggers, mostly): no use to read
    // A command that ends before the first download cannot use what it downloads (the long `apt-get
    // install` before it, say): only the commands after it are read for the files they use.
    const firstDownload = Math.min(...this.artifacts.map((d) => d.at.start))
    for (const { shell } of instructions) {
      for (const command of shell?.commands ?? NONE) {
        if (command.end > firstDownload) {
          for (const use of consumedFiles(command)) {
            const name = nameOf(use.word.value)
            if (this.names.has(name)) push(this.uses, name, { word: use.word, how: use.how, command })
          }
        }
        if (isVerifier(command)) this.checked.push(normalize(checkedText(command)))
      }
    }
    for (const list of this.uses.values()) list.sort((a, b) => a.word.start - b.word.start)
  }

  /** The first use of the downloaded file after the download (not by the download itself). */
  firstUse(download: Download): Use | undefined {
    const uses = this.uses.get(nameOf(download.file)) ?? []
    for (let i = firstAtOrAfter(uses, download.at.start); i < uses.length; i++) {
      if (uses[i].command !== download.command && sameFile(uses[i].word.value, download.file)) return uses[i]
    }
    return undefined
  }

  /**
   * True when a verifier names the file, or names none of the artifacts at all: `sha256sum -c
   * SHA256SUMS --ignore-missing` or `gpg --verify SHA256SUMS.asc` check every file of a release.
   * Leaning to "verified" keeps the rule quiet when unsure.
   */
  verified(download: Download): boolean {
    const name = nameOf(download.file)
    return this.checked.some((text) => text.includes(name)) || this.generic()
  }

  private genericVerifier?: boolean
  private generic(): boolean {
    if (this.genericVerifier === undefined) {
      const names = [...this.names]
      this.genericVerifier = this.checked.some((text) => !names.some((name) => text.includes(name)))
    }
    return this.genericVerifier
  }
}

/**
 * The files a download to stdout reaches through its pipeline: `curl URL | gunzip > F`, `| xz -d > F`,
 * `| tee F`, `| sudo tee F > /dev/null`. Only stages that pass the download on unchanged in meaning
 * (decompressors, `tee`) are followed; anything else (`| sed …`, `| sh`) makes it something else.
 */
function pipedInto(download: Command): string[] {
  if (download.powershell || !downloadsToStdout(download)) return [] // PowerShell pipes objects, not bytes
  const stages = download.pipeline.commands
  const at = stages.findIndex((s) => s === download || effective(s) === download)
  const files: string[] = []
  for (const stage of at < 0 ? [] : stages.slice(at + 1)) {
    const c = effective(stage)
    if (c.program === 'tee') files.push(...writtenFiles(c).map((w) => w.value))
    else if (!decompressesStream(c)) break
    // Redirects belong to the stage as written (the `sudo` of `sudo tee`). Once stdout goes to a file, nothing flows on.
    const targets = stdoutTargets(stage)
    if (targets.length) return [...new Set([...files, ...targets.filter((f) => !f.startsWith('/dev/'))])]
  }
  return [...new Set(files)]
}

/** The text a verifier checks against: its words, those of its pipeline (`echo "<sha>  F" | sha256sum -c`) and heredocs. */
function checkedText(verifier: Command): string {
  const texts: string[] = []
  for (const c of [...verifier.pipeline.commands, verifier]) {
    texts.push(...words(c).map((w) => w.value))
    for (const r of c.redirects) if (r.heredoc) texts.push(r.heredoc.body)
  }
  return texts.join('\n')
}

/** Same path as written, or the same name when one of them is a bare name (relative to an unknown directory). */
function sameFile(a: string, b: string): boolean {
  const [x, y] = [normalize(a), normalize(b)]
  return x === y || !x.includes('/') || !y.includes('/')
}

function normalize(path: string): string {
  // Most paths have nothing to normalize: a scan for the characters each replacement needs skips the four regexes.
  if (!path.includes('\\') && !path.includes('${') && !path.includes('//') && !path.startsWith('./')) return path
  // Windows paths (`C:\tmp\app.zip`, `.\app.zip`) compare with their backslashes read as slashes.
  return path.replace(/\\/g, '/').replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, '$$$1').replace(/\/{2,}/g, '/').replace(/^(\.\/)+/, '')
}

/** The base name, normalized: what files are indexed and compared by. */
function nameOf(path: string): string {
  const normalized = normalize(path)
  return normalized.slice(normalized.lastIndexOf('/') + 1)
}

/** Binary search in uses sorted by offset. */
function firstAtOrAfter(uses: Use[], offset: number): number {
  let [low, high] = [0, uses.length]
  while (low < high) {
    const mid = (low + high) >> 1
    if (uses[mid].word.start < offset) low = mid + 1
    else high = mid
  }
  return low
}

const NONE: readonly Command[] = []

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
