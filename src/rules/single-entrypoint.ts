import { lineOf, replaced } from '../dockerfile/helpers.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'single-entrypoint',
  title: 'A stage should have only one `ENTRYPOINT`',
  severity: 'warning',
  defaults: 'A warning: the earlier ENTRYPOINT is dead code that misleads whoever reads it, and deleting it changes nothing.',
  tags: ['correctness'],
  precision: 'very-high',
  // hadolint's DL4004 spec cases are all in the test file. ENTRYPOINTs in ONBUILD triggers are not
  // counted: they run in another build.
  // BuildKit's MultipleInstructionsDisallowed test cases for ENTRYPOINT are in the test file too, and so
  // are those of Trivy's DS007 and KICS's 6938958b (one differs, see `differences`).
  equivalents: { hadolint: ['DL4004'], buildkit: ['MultipleInstructionsDisallowed'], trivy: ['DS007'] },
  related: { kics: ['6938958b'] },
  differences:
    "BuildKit's MultipleInstructionsDisallowed (which covers `CMD`, `ENTRYPOINT` and `HEALTHCHECK` alike) points at the earlier `ENTRYPOINT`, the one that is ignored; this rule points at the later one and names the line of the earlier. Trivy's DS007 points at the second `ENTRYPOINT` of a stage, once, where this rule reports every `ENTRYPOINT` after the first.\n\nKICS's 6938958b looks at the final stage only, so it passes several `ENTRYPOINT`s in a build stage, which this rule reports like hadolint and BuildKit (a stage can be built and run on its own with `--target`); it points at the first `ENTRYPOINT`, the ignored one.",
  rationale:
    'Only the last `ENTRYPOINT` of a stage takes effect: each one replaces the one before. An earlier ENTRYPOINT (a wrapper script, `tini`) looks like it runs but never does, so the container may start without the setup a reader expects.',
  fix: 'Keep one `ENTRYPOINT` with everything the container must start with, e.g. `ENTRYPOINT ["tini", "--", "docker-entrypoint.sh"]`, and delete the others.',
  examples: {
    bad: 'FROM alpine:3.22\nRUN apk add --no-cache tini\nCOPY server /usr/local/bin/server\nENTRYPOINT ["tini", "--"]\nUSER 10001\nENTRYPOINT ["server"]\n',
    good: 'FROM alpine:3.22\nRUN apk add --no-cache tini\nCOPY server /usr/local/bin/server\nUSER 10001\nENTRYPOINT ["tini", "--", "server"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const { earlier, later } of replaced(dockerfile, 'ENTRYPOINT')) {
      problems.push({
        at: later.keywordSpan,
        message: `This \`ENTRYPOINT\` replaces the one on line ${lineOf(dockerfile, earlier.start)}, which therefore has no effect: a stage keeps only its last ENTRYPOINT. Merge them into one, or delete the one you do not want.`
      })
    }
    return problems
  }
} satisfies Rule
