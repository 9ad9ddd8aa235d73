import { commandsOf, wordValue } from '../dockerfile/helpers.js'
import type { Instruction } from '../dockerfile/model.js'
import { acceptsPipefail } from '../shell/helpers.js'
import { readOptions, valuesOf } from '../shell/options.js'
import type { Command, Word } from '../shell/types.js'
import type { Problem, Rule } from './types.js'

/** The default shell's path; `/usr/bin/sh` is the same file on merged-/usr systems. */
const SYSTEM_SHELLS = new Set(['/bin/sh', '/usr/bin/sh'])

export default {
  id: 'use-shell-instruction',
  title: 'Change the shell of RUN with `SHELL`, not by replacing `/bin/sh`',
  severity: 'note',
  defaults:
    'A note, on by default: replacing `/bin/sh` works, but it changes the shell of every program in the image, not only of the Dockerfile. It is rare, and always meant as a `SHELL` instruction.',
  tags: ['correctness'],
  precision: 'very-high',
  // hadolint's DL4005 spec cases are all in the test file, and so are KICS's 8a301064 samples (one
  // differs, see `differences`).
  equivalents: { hadolint: ['DL4005'] },
  related: { kics: ['8a301064'] },
  differences:
    'hadolint reports any `ln` with a `/bin/sh` argument; this rule only an `ln` that writes the link `/bin/sh` (or `/usr/bin/sh`), so `ln -s /bin/sh /usr/local/bin/sh`, a link *to* the shell, passes.\n\nKICS\'s 8a301064 reports a `RUN` that starts with `mv`, `chsh`, `usermod` or `ln` and names a shell anywhere, and one that starts with `powershell`. That covers changing a user\'s login shell (`chsh -s /bin/bash app`), which changes nothing for the Dockerfile, and running one PowerShell command; this rule reports only a link written over `/bin/sh`.',
  rationale:
    '`/bin/sh` is the shell every script and program in the image runs `system()` and `#!/bin/sh` scripts with, and the distribution tests them against its own (`dash` on Debian and Ubuntu, BusyBox `ash` on Alpine). Linking another shell there to get bash in RUN changes all of them, while the `SHELL` instruction changes the shell of the Dockerfile\'s RUN, CMD and ENTRYPOINT only, and says so where readers look.',
  fix: 'Remove the `ln` and put `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before the RUNs that need bash.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN ln -sf /bin/bash /bin/sh\nRUN echo "Building on $(uname -m)" > /build-arch\nUSER 10001\nCMD ["bash"]\n',
    good: 'FROM debian:bookworm-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN echo "Building on $(uname -m)" > /build-arch\nUSER 10001\nCMD ["bash"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const { command, instruction } of commandsOf(dockerfile, 'ln')) {
      const link = replacedShell(command, instruction)
      if (!link) continue
      const shell = link.target?.startsWith('/') ? link.target : '/bin/bash'
      const options = acceptsPipefail(shell) ? '"-o", "pipefail", "-c"' : '"-c"'
      problems.push({
        at: { start: command.start, end: command.end },
        message: `\`ln\` replaces \`${link.path}\`, the shell of every program in the image, not only of the Dockerfile: to run RUN commands with another shell, use \`SHELL ["${shell}", ${options}]\` instead.`
      })
    }
    return problems
  }
} satisfies Rule

/**
 * The system shell the `ln` replaces, if it does: the link is its last operand (`ln -sf bash /bin/sh`),
 * or each source's name in `-t DIR`. `target` is what the link points to, resolved against the link's
 * directory; undefined when unknown.
 */
function replacedShell(command: Command, instruction: Instruction): { path: string; target?: string } | undefined {
  const read = readOptions(command, { short: 'St', long: ['--suffix', '--target-directory'] })
  const operands = read.operands.map((o) => pathOf(o, instruction))
  const dir = valuesOf(read, '-t', '--target-directory').map((d) => pathOf(d, instruction))[0]
  const links = dir !== undefined ? operands.map((o) => o && `${dir}/${basename(o)}`) : operands.length >= 2 ? [operands[operands.length - 1]] : []
  const i = links.findIndex((link) => link !== undefined && SYSTEM_SHELLS.has(link))
  const [path, target] = [links[i], operands[i]]
  if (path === undefined) return undefined
  return { path, target: target && !target.startsWith('/') ? `${dirname(path)}/${target}` : target }
}

/** The word's value, with ARG/ENV values substituted and no trailing slash; undefined when unknown. */
function pathOf(word: Word, instruction: Instruction): string | undefined {
  return wordValue(instruction, word)?.replace(/(.)\/+$/, '$1')
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

function dirname(path: string): string {
  return path.slice(0, path.lastIndexOf('/')) || '/'
}
