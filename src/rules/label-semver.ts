import { checkValues, isSemver, shown } from './data/labels.js'
import type { Rule } from './types.js'

export default {
  id: 'label-semver',
  title: 'Labels of type `semver` in `label-schema` should hold a semantic version',
  severity: 'warning',
  defaults: 'On, as a warning: it only runs once a team has typed a label `semver` in its `label-schema`.',
  tags: ['metadata'],
  precision: 'very-high',
  // hadolint's DL3056 spec cases are all in the test file, each also as an ONBUILD trigger. A version
  // is what semver.org's grammar allows.
  equivalents: { hadolint: ['DL3056'] },
  differences:
    'Values are read as Docker reads them (quotes removed, known ARG and ENV values expanded), so a value that comes from a build arg with no known value is not judged. An empty value is left to no-empty-label, where hadolint reports it under both codes.',
  rationale:
    'A team that types a version label `semver` relies on comparing versions: deployment tools pick the newest compatible image, and policies block downgrades. `v1.2`, `1.2` or `latest` do not compare as semantic versions, so those tools fail on them or order them wrongly.',
  fix: 'Write MAJOR.MINOR.PATCH, with an optional pre-release and build part: `1.4.2`, `2.0.0-rc.1`, `1.4.2+build.7`, without a leading `v`. When the version comes from a git tag, strip the `v` before passing it in: `--build-arg VERSION="${TAG#v}"`.',
  examples: {
    bad: 'FROM alpine:3.22\nLABEL org.opencontainers.image.version="v1.4"\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nLABEL org.opencontainers.image.version="1.4.0"\nUSER 10001\nCMD ["sh"]\n',
    settings: { labelSchema: { 'org.opencontainers.image.version': 'semver' } }
  },
  check: checkValues('semver', isSemver, (name, value) => {
    const hint = /^v/i.test(value) && isSemver(value.slice(1)) ? `drop the leading \`${value[0]}\` (\`${shown(value.slice(1))}\`)` : 'write MAJOR.MINOR.PATCH, like `1.4.0` or `2.0.0-rc.1`'
    return `Label \`${name}\` is \`${shown(value)}\`, which is not a semantic version: ${hint}.`
  })
} satisfies Rule
