import { copyDestination, copySources, instructionsOf, lineOf, reachesImage, runCommands } from '../dockerfile/helpers.js'
import type { Arg, Dockerfile, Instruction } from '../dockerfile/model.js'
import { tarExtraction } from '../shell/artifacts.js'
import { isArchive } from './data/add-sources.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'add-to-extract-archives',
  title: 'A local archive that a RUN extracts should not be copied in first',
  severity: 'note',
  defaults:
    'A note: the archive only makes the image larger, it does not break anything. The rule looks at the final image only, where the size counts.',
  tags: ['image-size'],
  precision: 'high',
  // hadolint's DL3010 spec cases are all in the test file.
  equivalents: { hadolint: ['DL3010'] },
  differences:
    "Only archives that a later RUN of the same stage extracts with `tar` (`tar -xf`, `tar xzf`, `tar --extract --file=…`) are reported: those are what `ADD` can unpack in one step, while `unzip`, `gunzip` or `zcat` have no `ADD` equivalent. Only the `COPY`s of the final stage and of the stages it is built `FROM` are checked, since a build stage's layers never reach the image.",
  rationale:
    'A `COPY` makes a layer that keeps the archive, and the `RUN` that extracts it makes another with its content: the image ships both, and deleting the archive later does not shrink the earlier layer. `ADD` extracts a local tar archive in one step, and a bind mount gives the RUN the archive without putting it in any layer.',
  fix: 'Let `ADD` extract the archive (`ADD app.tar.gz /opt/app/`), or mount it just for the RUN that extracts it: `RUN --mount=type=bind,source=app.tar.gz,target=/tmp/app.tar.gz tar -xzf /tmp/app.tar.gz -C /opt/app`.',
  examples: {
    bad: 'FROM alpine:3.22\nCOPY app.tar.gz /tmp/\nRUN mkdir -p /opt/app && tar -xzf /tmp/app.tar.gz -C /opt/app && rm /tmp/app.tar.gz\nUSER 10001\nCMD ["/opt/app/run"]\n',
    good: 'FROM alpine:3.22\nADD app.tar.gz /opt/app/\nUSER 10001\nCMD ["/opt/app/run"]\n'
  },
  check: (dockerfile) => {
    // The file names `tar -x` extracts, with the RUN: most files have none, and are done here.
    const extractions: { instruction: Instruction; names: string[] }[] = []
    for (const { command, instruction } of runCommands(dockerfile)) {
      const archive = tarExtraction(command)?.archive
      if (archive) extractions.push({ instruction, names: [fileName(archive.value), fileName(archive.raw)] })
    }
    if (extractions.length === 0) return []
    const problems: Problem[] = []
    for (const copy of instructionsOf(dockerfile, 'COPY')) {
      if (copy.flags.some((f) => f.name === 'from') || !reachesImage(dockerfile, copy)) continue
      for (const { at, source, names } of copiedArchives(dockerfile, copy)) {
        const run = extractions.find(({ instruction, names: extracted }) => instruction.stage === copy.stage && instruction.start > copy.start && extracted.some((n) => names.has(n)))
        if (!run) continue
        const mount = `RUN --mount=type=bind,source=${source},target=/tmp/${[...names][0]} tar -x…`
        problems.push({
          at,
          message: `\`${source}\` is copied in here and extracted by \`tar\` on line ${lineOf(dockerfile, run.instruction.start)}, so the image keeps the archive in this layer as well as its content: let \`ADD\` extract it in one step, or bind-mount it for that RUN (\`${mount}\`).`
        })
      }
    }
    return problems
  }
} satisfies Rule

interface CopiedArchive {
  /** The word that names the archive in the image. */
  at: Arg
  source: string
  /** Its file name in the image. */
  names: Set<string>
}

/** The archives a COPY puts into the image, named by the destination when it names a file (`COPY app.tar /tmp/a.tar`). */
function copiedArchives(dockerfile: Dockerfile, copy: Instruction): CopiedArchive[] {
  const sources = copySources(copy)
  const dest = copyDestination(copy)
  const named = (at: Arg, source: string) => ({ at, source, names: fileNames(dockerfile, at) })
  const target = dest && named(dest, sources[0]?.value ?? dest.value)
  if (target && [...target.names].some(isArchive)) return [target]
  return sources.map((s) => named(s, s.value)).filter((archive) => [...archive.names].some(isArchive))
}

/**
 * A path's file name as Docker reads it, and as written with its backslashes read as separators:
 * hadolint's examples write Windows paths (`build\app.tar.gz`) in files without `# escape=\``.
 */
function fileNames(dockerfile: Dockerfile, arg: Arg): Set<string> {
  return new Set([fileName(arg.value), fileName(dockerfile.text.slice(arg.start, arg.end))])
}

function fileName(path: string): string {
  return path.replace(/^["']+|["']+$/g, '').split(/[\\/]/).pop()!
}

