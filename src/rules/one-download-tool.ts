import { lineOf } from '../dockerfile/helpers.js'
import type { Command } from '../shell/types.js'
import type { Problem, Rule } from './types.js'

const TOOLS = new Set(['curl', 'wget'])
const isTool = (command: Command): boolean => TOOLS.has(command.program) && !command.powershell

export default {
  id: 'one-download-tool',
  title: 'Download with either `curl` or `wget` in a stage, not both',
  severity: 'note',
  enabledByDefault: false,
  defaults:
    'Off by default: using both tools is a matter of consistency and a little image size, and many base images already ship one of them. Turn it on to settle on one tool per stage.',
  tags: ['image-size'],
  precision: 'high',
  // The test file has hadolint's DL4001 spec cases, Trivy's DS014 rego tests and KICS's positive and
  // negative samples. Trivy reports the RUNs that use wget, so its two failing tests differ in the line.
  equivalents: { hadolint: ['DL4001'], kics: ['fc775e75'] },
  related: { trivy: ['DS014'] },
  differences:
    "Like hadolint, every RUN that uses either tool is reported once both have appeared in the stage. Trivy's DS014 reports the RUNs that use `wget` instead, wherever `curl` is (`RUN wget …` then `RUN curl …` is reported on the first line there, on the second here); KICS reports those that use `curl`. Beyond their cases, the tools are also seen behind `sudo`, after `;` or `|`, in `sh -c '…'` and in RUN heredocs, and `ONBUILD` triggers are counted apart from the stage's own RUNs, since they run in another build. PowerShell's `curl` and `wget` are not counted: both are aliases of `Invoke-WebRequest`.",
  rationale:
    '`curl` and `wget` do the same job. A stage that uses both has to install, update and patch two tools, and readers have to know two sets of flags (`curl -fsSLo` and `wget -qO` fail and write files differently).',
  fix: 'Pick the tool the base image already has (`wget` is built into Alpine\'s BusyBox; Debian and Ubuntu images often have `curl`) and rewrite the other downloads with it, e.g. `wget -qO file URL` becomes `curl -fsSLo file URL`.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl wget \\\n && rm -rf /var/lib/apt/lists/*\nRUN curl -fsSLo /tmp/a.txt https://example.com/a.txt \\\n && wget -qO /tmp/b.txt https://example.com/b.txt\nUSER 10001\nCMD ["bash"]\n',
    good: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \\\n && rm -rf /var/lib/apt/lists/*\nRUN curl -fsSLo /tmp/a.txt https://example.com/a.txt \\\n && curl -fsSLo /tmp/b.txt https://example.com/b.txt\nUSER 10001\nCMD ["bash"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const stage of dockerfile.stages) {
      // The first use of each tool, in the stage's own RUNs and in its ONBUILD triggers.
      const first = [new Map<string, Command>(), new Map<string, Command>()]
      for (const instruction of stage.instructions) {
        // Most RUNs use neither tool: found without building a list.
        if (!instruction.shell?.commands.some(isTool)) continue
        const uses = instruction.shell.commands.filter(isTool)
        const seen = first[instruction.onbuild ? 1 : 0]
        for (const use of uses) if (!seen.has(use.program)) seen.set(use.program, use)
        if (seen.size < 2) continue
        const tool = uses[0].program
        const other = tool === 'curl' ? 'wget' : 'curl'
        const where = uses.some((c) => c.program === other) ? 'in this RUN too' : `on line ${lineOf(dockerfile, seen.get(other)!.start)}`
        problems.push({
          at: { start: uses[0].start, end: uses[0].end },
          message: `\`${tool}\` downloads here, and \`${other}\` ${where}: use one of them for every download of the stage, so the image needs only one.`
        })
      }
    }
    return problems
  }
} satisfies Rule
