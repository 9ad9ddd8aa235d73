import { runCommands } from '../dockerfile/helpers.js'
import type { Instruction, Stage } from '../dockerfile/model.js'
import { hasFlag } from '../shell/helpers.js'
import { readOptions } from '../shell/options.js'
import type { Command } from '../shell/types.js'
import type { Rule } from './types.js'

/** `-o APT::Install-Recommends=false` on the command line, or `APT::Install-Recommends "0";` written to apt.conf.d. */
const CONFIGURED = /Install-Recommends\s*(=|\s)\s*["']?(0|false|no|off)\b/i

export default {
  id: 'apt-no-install-recommends',
  title: 'Install apt packages with `--no-install-recommends`',
  severity: 'warning',
  defaults:
    'On, as a warning: recommended packages add size, and software to patch, that the image never asked for, and adding the flag is a mechanical fix. Name a recommended package in the install if the image needs it.',
  tags: ['security', 'attack-surface'],
  securitySeverity: 3.0,
  precision: 'very-high',
  // hadolint's DL3015 spec cases are all in the test file.
  equivalents: { hadolint: ['DL3015'] },
  related: { trivy: ['DS029'], kics: ['7384dfb2'] },
  differences:
    'Beyond hadolint\'s cases, `apt install` is checked too, and `APT::Install-Recommends "false"` written to apt\'s configuration by this RUN or an earlier one (of the stage, or of a stage it is built `FROM`) passes.',
  cis: ['4.3'],
  rationale:
    'By default `apt-get install` also installs every package the requested ones *recommend*: often dozens of extra libraries, tools and daemons the image never uses. Each of them is more to download and store, and more code in which a vulnerability can be found and exploited.',
  fix: 'Add `--no-install-recommends` right after `install` (`apt-get install -y --no-install-recommends curl`), and name any recommended package you really need explicitly.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y ca-certificates && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["bash"]\n',
    good: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["bash"]\n'
  },
  fixable: true,
  check: function* (dockerfile) {
    for (const { command, instruction } of runCommands(dockerfile)) {
      const verb = installVerb(command)
      if (!verb || hasFlag(command, '--no-install-recommends') || configured(instruction)) continue
      const exact = dockerfile.text.slice(verb.start, verb.end) === verb.raw
      // In exec form (`RUN ["apt-get", "install", …]`) the flag is one more JSON string.
      const text = instruction.json ? `${verb.raw}, "--no-install-recommends"` : `${verb.raw} --no-install-recommends`
      yield {
        at: { start: command.start, end: command.end },
        message: `\`${command.program} install\` without \`--no-install-recommends\` also installs every package the requested ones recommend: add the flag.`,
        fix: exact ? { at: { start: verb.start, end: verb.end }, text } : undefined
      }
    }
  }
} satisfies Rule

/** The `install` word of `apt-get [options] install …` / `apt install …`. */
function installVerb(command: Command) {
  if (command.program !== 'apt-get' && command.program !== 'apt') return undefined
  const verb = readOptions(command, { short: 'octa', long: ['--option', '--config-file', '--target-release', '--default-release', '--host-architecture'] }).operands[0]
  return verb?.value === 'install' ? verb : undefined
}

/** True when this RUN, an earlier one of its stage, or one of the stages it is built FROM turns recommends off. */
function configured(instruction: Instruction): boolean {
  for (let stage: Stage | undefined = instruction.stage; stage; stage = stage.image.stage) {
    for (const i of stage.instructions) {
      if (i.keyword === 'RUN' && (stage !== instruction.stage || i.start <= instruction.start) && CONFIGURED.test(i.text)) return true
    }
  }
  return false
}
