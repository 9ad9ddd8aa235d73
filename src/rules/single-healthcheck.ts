import { lineOf, replaced } from '../dockerfile/helpers.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'single-healthcheck',
  title: 'A stage should have only one `HEALTHCHECK`',
  severity: 'warning',
  defaults: 'A warning: the earlier HEALTHCHECK is dead code that misleads whoever reads it, and deleting it changes nothing.',
  tags: ['correctness'],
  precision: 'very-high',
  // hadolint's DL3012 spec cases are all in the test file. `HEALTHCHECK NONE` counts as one (it
  // replaces the check before it too); HEALTHCHECKs in ONBUILD triggers are not counted.
  // BuildKit's MultipleInstructionsDisallowed test cases for HEALTHCHECK are in the test file too, and
  // so are those of Trivy's DS023.
  equivalents: { hadolint: ['DL3012'], buildkit: ['MultipleInstructionsDisallowed'], trivy: ['DS023'] },
  differences:
    "BuildKit's MultipleInstructionsDisallowed (which covers `CMD`, `ENTRYPOINT` and `HEALTHCHECK` alike) points at the earlier `HEALTHCHECK`, the one that is ignored; this rule points at the later one and names the line of the earlier. Trivy's DS023 points at the second `HEALTHCHECK` of a stage, once, where this rule reports every `HEALTHCHECK` after the first.",
  rationale:
    'Only the last `HEALTHCHECK` of a stage takes effect: each one replaces the one before. An earlier check looks like it guards the container but is never run, so the health Docker reports may not mean what a reader thinks.',
  fix: 'Keep one `HEALTHCHECK` that checks everything the service needs (one command can test several things), and delete the others.',
  examples: {
    bad: 'FROM alpine:3.22\nCOPY server /usr/local/bin/server\nUSER 10001\nHEALTHCHECK CMD ["server", "-ping"]\nHEALTHCHECK --interval=30s CMD ["server", "-healthcheck"]\nCMD ["server"]\n',
    good: 'FROM alpine:3.22\nCOPY server /usr/local/bin/server\nUSER 10001\nHEALTHCHECK --interval=30s CMD ["server", "-healthcheck"]\nCMD ["server"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const { earlier, later } of replaced(dockerfile, 'HEALTHCHECK')) {
      problems.push({
        at: later.keywordSpan,
        message: `This \`HEALTHCHECK\` replaces the one on line ${lineOf(dockerfile, earlier.start)}, which therefore never runs: a stage keeps only its last HEALTHCHECK. Delete the one you do not want.`
      })
    }
    return problems
  }
} satisfies Rule
