import { finalStages, runCommands } from '../dockerfile/helpers.js'
import type { Dockerfile, Instruction } from '../dockerfile/model.js'
import { positionals } from '../shell/helpers.js'
import { removedPaths } from '../shell/writes.js'
import type { Problem, Rule } from './types.js'
import { modeSettings, type ModeSetting } from './data/file-modes.js'

/**
 * Shared scratch and runtime (socket, lock) directories, where `1777` (writable by all, sticky) is the
 * norm, as it is for `/tmp` itself. Elsewhere the sticky bit is no defence: it stops users deleting one
 * another's files, not planting new ones where the app looks for code or configuration (`/app`).
 */
const SCRATCH = /(^|\/)(tmp|temp|scratch)(\/|$)|^\/(dev\/shm|run|var\/run|var\/lock)(\/|$)/

export default {
  id: 'no-world-writable',
  title: 'Do not make files or directories writable by every user',
  severity: 'warning',
  defaults:
    'On, as a warning: a world-writable file lets any user of the container change what another one runs. Scratch directories with the sticky bit (`chmod 1777 /tmp/…`), paths deleted later in the same RUN, and build stages the image is not built `FROM` are not reported.',
  tags: ['security', 'least-privilege', 'CWE-732'],
  securitySeverity: 5.5,
  precision: 'high',
  rationale:
    'A world-writable file (`777`, `666`, `o+w`) can be changed by any process in the container, whatever user it runs as. If it is code, configuration or a script the app runs, an attacker who gets a foothold as one user can plant their own code there and have it run by another, or by the app at its next start.',
  fix: 'Give ownership to the user that needs to write (`chown 10001 /app/data`, `COPY --chown=10001`) and use `755`/`644` (or `750`/`640`). For a shared scratch directory use the sticky bit: `chmod 1777 /tmp/cache`. A `umask` should mask others\' write: `umask 022`.',
  examples: {
    bad: 'FROM alpine:3.22\nRUN mkdir -p /app/data && chmod -R 777 /app\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nRUN mkdir -p /app/data && chown 10001 /app/data && chmod 755 /app/data\nUSER 10001\nCMD ["sh"]\n'
  },
  check: (dockerfile) => {
    const image = inImage(dockerfile)
    const problems: Problem[] = []
    for (const setting of modeSettings(dockerfile)) {
      const { bits, how, paths } = setting
      if (!bits.worldWritable || !image(setting.instruction) || removedLater(setting)) continue
      if (bits.sticky && paths.length > 0 && paths.every((p) => SCRATCH.test(p))) continue
      const what = paths.length ? `\`${paths.join(' ')}\`${setting.recursive ? ' (and everything in it)' : ''}` : 'the files'
      const sticky = bits.sticky
        ? ' The sticky bit only stops users deleting one another\'s files; anyone can still add files here. Keep `1777` for scratch directories (`/tmp/…`, `/scratch`).'
        : paths.some((p) => SCRATCH.test(p))
          ? ' For a shared scratch directory use `1777` (sticky).'
          : ''
      problems.push({ at: setting.at, message: `\`${how}\` makes ${what} writable by every user in the container.${sticky}` })
    }
    problems.push(...openUmasks(dockerfile, image))
    return problems
  }
} satisfies Rule

/** True for instructions whose files end up in the image: build stages the image is not built FROM are thrown away. */
function inImage(dockerfile: Dockerfile): (instruction: Instruction) => boolean {
  const stages = new Set(finalStages(dockerfile))
  return (instruction) => instruction.stage !== undefined && stages.has(instruction.stage)
}

/**
 * True when a later command of the same RUN deletes every path the mode was set on (or a directory
 * holding it): `chmod 777 "$tempDir" && … && rm -rf "$tempDir"` leaves nothing in the layer.
 * Paths are compared as written, so the same word or variable must be removed.
 */
function removedLater(setting: ModeSetting): boolean {
  const commands = setting.instruction.shell?.commands ?? []
  const removed = commands.filter((c) => c.start > setting.at.end).flatMap((c) => removedPaths(c).map((w) => normalize(w.value)))
  if (!removed.length || !setting.paths.length) return false
  return setting.paths.map(normalize).every((path) => removed.some((r) => r !== '' && (path === r || path.startsWith(`${r}/`))))
}

/** `${dir}/` and `$dir` are the same path. */
function normalize(path: string): string {
  return path.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, '$$$1').replace(/\/+$/, '')
}

/** `umask 000` and the like: everything the rest of the RUN creates is world-writable. */
function* openUmasks(dockerfile: Dockerfile, image: (instruction: Instruction) => boolean): Generator<Problem> {
  for (const { command, instruction } of runCommands(dockerfile)) {
    const mask = command.program === 'umask' ? positionals(command)[0] : undefined
    if (!mask || !image(instruction) || !/^[0-7]{1,4}$/.test(mask.value) || (parseInt(mask.value, 8) & 0o002) !== 0) continue
    yield { at: mask, message: `\`umask ${mask.value}\` lets every file and directory created after it be writable by every user in the container.` }
  }
}
