import type { Problem, Rule } from './types.js'

export default {
  id: 'no-maintainer',
  title: '`MAINTAINER` is deprecated: use a label',
  severity: 'note',
  defaults: 'A note: `MAINTAINER` still works, it is only deprecated, and the fix replaces it with the label.',
  tags: ['maintainability'],
  precision: 'very-high',
  // hadolint's DL4000 spec cases and BuildKit's MaintainerDeprecated test cases are all in the test
  // file, and so are those of Trivy's DS022, Checkov's CKV_DOCKER_6 and KICS's 99614418. `ONBUILD
  // MAINTAINER` is left to valid-onbuild-trigger, since Docker refuses it outright.
  equivalents: { hadolint: ['DL4000'], buildkit: ['MaintainerDeprecated'], trivy: ['DS022'], checkov: ['CKV_DOCKER_6'], kics: ['99614418'] },
  differences:
    "A `MAINTAINER` before the first `FROM` is reported too, which BuildKit's MaintainerDeprecated never gets to lint: BuildKit refuses such a file.",
  rationale:
    '`MAINTAINER` has been deprecated since Docker 1.13. It fills an old image field that tools no longer read, while registries, scanners and `docker inspect` show the standard OCI label `org.opencontainers.image.authors`.',
  fix: 'Replace `MAINTAINER Jane Doe <jane@example.com>` with `LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"`.',
  examples: {
    bad: 'FROM alpine:3.22\nMAINTAINER Jane Doe <jane@example.com>\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"\nUSER 10001\nCMD ["sh"]\n'
  },
  fixable: true,
  check: ({ instructions, escape }) => {
    const problems: Problem[] = []
    for (const maintainer of instructions) {
      if (maintainer.keyword !== 'MAINTAINER' || maintainer.onbuild) continue
      // MAINTAINER keeps its text as written, quotes included: the label gets it without them.
      const author = maintainer.text.trim().replace(/^"(.*)"$/s, '$1')
      const label = `LABEL org.opencontainers.image.authors=${author ? quote(author, escape) : '"…"'}`
      problems.push({
        at: maintainer,
        message: `\`MAINTAINER\` is deprecated: write \`${label}\` instead.`,
        // Before the first FROM a LABEL is no more allowed than MAINTAINER (from-first reports it).
        fix: maintainer.stage && author ? { at: maintainer, text: label } : undefined
      })
    }
    return problems
  }
} satisfies Rule

/** `text` as a double-quoted Dockerfile word: `"`, `$` and the escape character escaped. */
function quote(text: string, escape: string): string {
  return `"${[...text].map((c) => (c === '"' || c === '$' || c === escape ? escape + c : c)).join('')}"`
}
