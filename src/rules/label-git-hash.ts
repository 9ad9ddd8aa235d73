import { checkValues, isGitHash, shown } from './data/labels.js'
import type { Rule } from './types.js'

export default {
  id: 'label-git-hash',
  title: 'Labels of type `hash` in `label-schema` should hold a git commit hash',
  severity: 'warning',
  defaults: 'On, as a warning: it only runs once a team has typed a label `hash` in its `label-schema`.',
  tags: ['metadata'],
  precision: 'very-high',
  // hadolint's DL3055 spec cases are all in the test file, each also as an ONBUILD trigger.
  equivalents: { hadolint: ['DL3055'] },
  differences:
    "Beyond hadolint's cases (hadolint accepts exactly 7 or 40 hexadecimal digits), this rule also accepts abbreviations of 8 to 39 digits, which `git rev-parse --short` prints in larger repositories to keep them unique, and the 64 digits of a repository using git's SHA-256 object format, and it reports upper-case digits, which git never prints. Values are read as Docker reads them (quotes removed, known ARG and ENV values expanded), so a value that comes from a build arg with no known value is not judged. An empty value is left to no-empty-label, where hadolint reports it under both codes.",
  rationale:
    'A revision label (`org.opencontainers.image.revision`) is how an image is traced back to the exact commit it was built from, when debugging or when a vulnerability is announced. A branch name, a tag or a placeholder in it (`main`, `v1.4`, `HEAD`) points at whatever that name means today, not at the code that was built.',
  fix: 'Pass the commit hash in at build time: `ARG GIT_SHA` then `LABEL org.opencontainers.image.revision=$GIT_SHA`, built with `--build-arg GIT_SHA="$(git rev-parse HEAD)"` (in GitHub Actions, `${{ github.sha }}`). Write it in lower case, as git prints it.',
  examples: {
    bad: 'FROM alpine:3.22\nLABEL org.opencontainers.image.revision="main"\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nLABEL org.opencontainers.image.revision="43c572f1272b6b3171dd1db9e41b7027128ce080"\nUSER 10001\nCMD ["sh"]\n',
    settings: { labelSchema: { 'org.opencontainers.image.revision': 'hash' } }
  },
  check: checkValues('hash', isGitHash, (name, value) => {
    const hint = isGitHash(value.toLowerCase()) ? `write it in lower case, as git prints it (\`${shown(value.toLowerCase())}\`)` : 'use the commit hash that `git rev-parse HEAD` prints'
    return `Label \`${name}\` is \`${shown(value)}\`, which is not a git commit hash: ${hint}.`
  })
} satisfies Rule
