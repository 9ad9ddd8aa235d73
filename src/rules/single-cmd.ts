import { lineOf, replaced } from '../dockerfile/helpers.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'single-cmd',
  title: 'A stage should have only one `CMD`',
  severity: 'warning',
  defaults: 'A warning: the earlier CMD is dead code that misleads whoever reads it, and deleting it changes nothing.',
  tags: ['correctness'],
  precision: 'very-high',
  // hadolint's DL4003 spec cases are all in the test file. CMDs in ONBUILD triggers are not counted:
  // they run in another build.
  // BuildKit's MultipleInstructionsDisallowed test cases for CMD are in the test file too, and so are
  // those of Trivy's DS016 and KICS's 41c195f4 (one differs, see `differences`).
  equivalents: { hadolint: ['DL4003'], buildkit: ['MultipleInstructionsDisallowed'], trivy: ['DS016'] },
  related: { kics: ['41c195f4'] },
  differences:
    "BuildKit's MultipleInstructionsDisallowed (which covers `CMD`, `ENTRYPOINT` and `HEALTHCHECK` alike) points at the earlier `CMD`, the one that is ignored; this rule points at the later one and names the line of the earlier. Trivy's DS016 points at the second `CMD` of a stage, once, where this rule reports every `CMD` after the first.\n\nKICS's 41c195f4 looks at the final stage only, so it passes several `CMD`s in a build stage, which this rule reports like hadolint and BuildKit (a stage can be built and run on its own with `--target`); it points at the first `CMD`, the ignored one.",
  rationale:
    'Only the last `CMD` of a stage takes effect: each one replaces the one before. An earlier CMD looks like it matters but never runs, so a reader (or a reviewer) is misled about what the container starts.',
  fix: 'Keep the one `CMD` the container should run, at the end of the stage, and delete the others. To offer several commands, document them and let users pass one to `docker run`.',
  examples: {
    bad: 'FROM alpine:3.22\nCOPY server /usr/local/bin/server\nCMD ["server", "--debug"]\nUSER 10001\nCMD ["server"]\n',
    good: 'FROM alpine:3.22\nCOPY server /usr/local/bin/server\nUSER 10001\nCMD ["server"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const { earlier, later } of replaced(dockerfile, 'CMD')) {
      problems.push({
        at: later.keywordSpan,
        message: `This \`CMD\` replaces the one on line ${lineOf(dockerfile, earlier.start)}, which therefore has no effect: a stage keeps only its last CMD. Delete the one you do not want.`
      })
    }
    return problems
  }
} satisfies Rule
