import { seenBy } from '../dockerfile/helpers.js'
import type { Dockerfile, Instruction } from '../dockerfile/model.js'
import { isVerb, packageCommands, takesIn } from '../shell/package-managers.js'
import type { Command } from '../shell/types.js'
import { removedPaths } from '../shell/writes.js'
import { downloads, lastFillers, leftInLayer } from './data/caches.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'apt-clean-lists',
  title: 'Delete the apt package lists in the RUN that downloads them',
  severity: 'note',
  defaults:
    'On, as a note: it only costs image size, and the fix is one command that official Debian and Ubuntu based images all use. Build stages whose files the final image only copies from are not checked.',
  tags: ['image-size'],
  precision: 'high',
  // The cases of hadolint's DL3009 spec (an ONBUILD trigger is always checked: it runs in whatever
  // image is built FROM this one) and KICS's df746b39 samples are in the test file, each KICS stage also
  // on its own; KICS takes `apt-get clean` for a delete and reports every stage (see differences).
  equivalents: { hadolint: ['DL3009'] },
  related: { kics: ['df746b39'] },
  differences:
    "Beyond hadolint's cases, `apt update` and `aptitude update` are checked too. The `rm` must delete /var/lib/apt/lists and come after the last update of the RUN (hadolint accepts any `rm -rf`), and a cache or tmpfs mount on /var/lib/apt is enough for the lists (hadolint also asks for one on /var/cache/apt). Where the Dockerfile turns off docker-clean, as a cache mount on /var/cache/apt requires, an install that leaves its .deb files in /var/cache/apt/archives is reported too. Only the stages the final image is built from are checked.\n\nKICS's df746b39 takes `apt-get clean` for a delete of the lists, which it is not (it empties /var/cache/apt/archives), reports an `apt-get install` with no update in its RUN, and reports every stage, build stages the final image never uses included.",
  rationale:
    '`apt-get update` downloads the package lists of every configured repository, often tens of megabytes, to /var/lib/apt/lists. Nothing needs them once the packages are installed, and deleting them in a later RUN saves nothing: the layer that downloaded them keeps them, and every pull of the image downloads them again.',
  fix:
    'End the RUN that runs `apt-get update` with `&& rm -rf /var/lib/apt/lists/*`, or, with BuildKit, keep the lists in a cache mount: `RUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked apt-get update && …`. If you removed `/etc/apt/apt.conf.d/docker-clean` to keep downloaded packages in a cache, mount `/var/cache/apt` as well (or run `apt-get clean`), or the `.deb` files stay in the layer.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates\nUSER 10001\nCMD ["bash"]\n',
    good: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["bash"]\n'
  },
  check: (dockerfile) => {
    // Both checks are of apt's commands: a file with none (most) is done after one look at its package commands.
    if (!packageCommands(dockerfile).some((p) => p.pc.manager.index === 'apt')) return []
    const problems: Problem[] = []
    for (const { command, run } of lastFillers(dockerfile, (pc) => pc.manager.index === 'apt' && isVerb(pc, 'update'))) {
      if (!leftInLayer(dockerfile, run, command, 'apt-lists')) continue
      problems.push({
        at: { start: command.start, end: command.end },
        message: `\`${command.program} update\` downloads package lists that nothing in this RUN deletes, so they stay in the image: end the RUN with \`&& rm -rf /var/lib/apt/lists/*\`.`
      })
    }
    for (const { command, pc, run } of lastFillers(dockerfile, (pc) => pc.manager.index === 'apt' && downloads(pc))) {
      if (!keepsDebs(dockerfile, run, command) || !leftInLayer(dockerfile, run, command, 'apt-archives')) continue
      problems.push({
        at: { start: command.start, end: command.end },
        message: `\`${command.program} ${pc.verb!.value}\` keeps the .deb files it downloads in /var/cache/apt/archives, as docker-clean is turned off: mount a cache at /var/cache/apt too, or end this RUN with \`&& apt-get clean\`.`
      })
    }
    return problems
  }
} satisfies Rule

const DOCKER_CLEAN = ['/etc/apt/apt.conf.d/docker-clean']

/**
 * True when docker-clean, the apt hook of Debian and Ubuntu images that deletes the .deb files an
 * install downloads, is turned off before `install` runs (as a cache mount of /var/cache/apt needs).
 */
function keepsDebs(dockerfile: Dockerfile, run: Instruction, install: Command): boolean {
  if (run.shell!.commands.some((c) => c.start < install.start && turnsOffDockerClean(c))) return true
  for (const earlier of seenBy(dockerfile, run)) if (earlier.shell?.commands.some(turnsOffDockerClean)) return true
  return false
}

/** `rm -f /etc/apt/apt.conf.d/docker-clean`, or `echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' > …`. */
function turnsOffDockerClean(command: Command): boolean {
  if (command.program === 'rm') return removedPaths(command).some((w) => takesIn(w.value, DOCKER_CLEAN) === true)
  return (command.program === 'echo' || command.program === 'printf') && command.args.some((a) => /Keep-Downloaded-Packages\W+true/i.test(a.value))
}
