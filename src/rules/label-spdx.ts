import { checkValues, isSpdx, shown } from './data/labels.js'
import type { Rule } from './types.js'

export default {
  id: 'label-spdx',
  title: 'Labels of type `spdx` in `label-schema` should hold an SPDX license expression',
  severity: 'warning',
  defaults: 'On, as a warning: it only runs once a team has typed a label `spdx` in its `label-schema`.',
  tags: ['metadata'],
  precision: 'very-high',
  // hadolint's DL3054 spec cases are all in the test file, each also as an ONBUILD trigger.
  equivalents: { hadolint: ['DL3054'] },
  differences:
    "Beyond hadolint's cases (hadolint accepts a single license identifier, matched in its exact case), this rule accepts what the [OCI annotation](https://github.com/opencontainers/image-spec/blob/main/annotations.md) `org.opencontainers.image.licenses` is defined to hold, an SPDX license expression: identifiers joined by `AND` and `OR`, an exception after `WITH` (`GPL-2.0-or-later WITH Classpath-exception-2.0`), `+`, `LicenseRef-…` and parentheses, with identifiers matched in any case as the SPDX specification says. Values are read as Docker reads them (quotes removed, known ARG and ENV values expanded), so a value that comes from a build arg with no known value is not judged. An empty value is left to no-empty-label, where hadolint reports it under both codes.",
  rationale:
    'License labels (`org.opencontainers.image.licenses`) are read by compliance tools that decide whether an image may be shipped or used. They understand SPDX identifiers; a free-form name such as `GPLv2`, `Apache 2` or `BSD` is ambiguous (which BSD?) and ends up in a manual review, or is treated as unknown.',
  fix: 'Use the identifier from the [SPDX License List](https://spdx.org/licenses/): `MIT`, `Apache-2.0`, `GPL-2.0-only`, `BSD-3-Clause`. Several licenses are written as an expression: `MIT OR Apache-2.0` when the user may choose, `MIT AND BSD-3-Clause` when both apply. A license not on the list is `LicenseRef-` followed by a name of your own.',
  examples: {
    bad: 'FROM alpine:3.22\nLABEL org.opencontainers.image.licenses="Apache 2"\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nLABEL org.opencontainers.image.licenses="Apache-2.0"\nUSER 10001\nCMD ["sh"]\n',
    settings: { labelSchema: { 'org.opencontainers.image.licenses': 'spdx' } }
  },
  check: checkValues(
    'spdx',
    isSpdx,
    (name, value) =>
      `Label \`${name}\` is \`${shown(value)}\`, which is not an SPDX license identifier or expression: use the identifiers of spdx.org/licenses, like \`Apache-2.0\` or \`MIT OR Apache-2.0\`.`
  )
} satisfies Rule
