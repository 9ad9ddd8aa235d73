import { insertFlag } from '../dockerfile/helpers.js'
import type { Instruction } from '../dockerfile/model.js'
import { runsAfter } from '../shell/helpers.js'
import { hasOption, isVerb, packageCommand, type PackageCommand } from '../shell/package-managers.js'
import type { Command } from '../shell/types.js'
import { downloads, fillers, leftInLayer } from './data/caches.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'apk-no-cache',
  title: 'Install Alpine packages with `apk add --no-cache`',
  severity: 'note',
  defaults:
    'On, as a note: it only costs image size, and official Alpine based images all use `--no-cache`. Build stages whose files the final image only copies from are not checked.',
  tags: ['image-size'],
  precision: 'high',
  // The cases of hadolint's DL3019 spec, Trivy's DS025 tests and KICS's ae9c56a6 samples (those stored:
  // negative 1-3, positive 2-3) are in the test file. DS025 also reports a stage the image does not use.
  equivalents: { hadolint: ['DL3019'], kics: ['ae9c56a6'] },
  related: { trivy: ['DS025'] },
  differences:
    "Beyond hadolint's cases, `apk upgrade` is checked too, and `--no-network` counts like `--no-cache` (no index is fetched). An `rm -rf /var/cache/apk/*` later in the same RUN, or a cache or tmpfs mount on /var/cache/apk, passes. An `apk update` followed in its RUN only by `apk add --no-cache` is reported: those installs fetch their own index, so the saved one is dead weight. Only the stages the final image is built from are checked (and `ONBUILD` triggers, which run in images built from this one).\n\nTrivy's DS025 reports an `apk add` in any stage, one the final image never uses included (its `test_basic_denied`), and asks for `--no-cache` even where a cache mount or a later `rm` keeps the index out of the layer.",
  rationale:
    'Without `--no-cache`, apk reads the package index saved in /var/cache/apk by `apk update` or `apk add --update`, and that index stays in the layer: a megabyte or more that nothing uses once the packages are installed. `--no-cache` fetches a fresh index for the one command and keeps nothing.',
  fix: 'Write `apk add --no-cache curl` instead of `apk update && apk add curl` or `apk add --update curl`. With BuildKit you can instead keep the index in a cache mount: `RUN --mount=type=cache,target=/var/cache/apk apk add curl`.',
  examples: {
    bad: 'FROM alpine:3.22\nRUN apk add --update ca-certificates\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nRUN apk add --no-cache ca-certificates\nUSER 10001\nCMD ["sh"]\n'
  },
  fixable: true,
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const { command, pc, run } of fillers(dockerfile, (pc) => pc.program === 'apk')) {
      if (downloads(pc) && !noCache(pc)) {
        if (!leftInLayer(dockerfile, run, command, 'apk')) continue
        problems.push({
          at: { start: command.start, end: command.end },
          message: `\`apk ${pc.verb!.value}\` without \`--no-cache\` keeps the package index in /var/cache/apk, where it stays in the image: add \`--no-cache\` (it fetches a fresh index, so \`apk update\` is no longer needed).`,
          fix: insertFlag(dockerfile, run, pc.verb!, '--no-cache')
        })
      } else if (isVerb(pc, 'update') && onlyNoCacheAfter(run, command) && leftInLayer(dockerfile, run, command, 'apk')) {
        problems.push({
          at: { start: command.start, end: command.end },
          message: '`apk update` saves the package index in /var/cache/apk, where it stays in the image, and the `apk add --no-cache` after it fetches its own: drop `apk update`.'
        })
      }
    }
    return problems
  }
} satisfies Rule

/** `--no-cache`, or `--no-network` (the official images' `apk add --no-network --virtual .rundeps $runDeps`): no index is fetched or kept. */
function noCache(pc: PackageCommand): boolean {
  return hasOption(pc, '--no-cache', '--no-network')
}

/**
 * True when installs follow the update in its RUN and all use `--no-cache`, so none reads the index it
 * saves. With none at all the update is orphaned: no-orphan-package-update reports that.
 */
function onlyNoCacheAfter(run: Instruction, update: Command): boolean {
  const later = run.shell!.commands.filter((c) => runsAfter(c, update)).flatMap((c) => {
    const pc = packageCommand(c)
    return pc?.program === 'apk' && downloads(pc) ? [pc] : []
  })
  return later.length > 0 && later.every(noCache)
}
