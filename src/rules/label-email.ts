import { checkValues, isEmail, shown } from './data/labels.js'
import type { Rule } from './types.js'

export default {
  id: 'label-email',
  title: 'Labels of type `email` in `label-schema` should hold an email address',
  severity: 'warning',
  defaults: 'On, as a warning: it only runs once a team has typed a label `email` in its `label-schema`.',
  tags: ['metadata'],
  precision: 'very-high',
  // hadolint's DL3058 spec cases are all in the test file, each also as an ONBUILD trigger.
  equivalents: { hadolint: ['DL3058'] },
  differences:
    'Beyond hadolint\'s cases (hadolint accepts a bare address only, `jane@example.com`), this rule also accepts a name and an address (`Jane Doe <jane@example.com>`), the other form of mailbox RFC 5322 defines and the usual way to write the `maintainer` label. Values are read as Docker reads them (quotes removed, known ARG and ENV values expanded), so a value that comes from a build arg with no known value is not judged. An empty value is left to no-empty-label, where hadolint reports it under both codes.',
  rationale:
    'A contact label (`maintainer`, `org.opencontainers.image.authors`) is how someone who finds a problem in an image reaches the people who own it: a security researcher, an operator during an incident. A name, a team name or a chat handle without an address leaves them to guess.',
  fix: 'Write an address that reaches the owners, ideally a team list rather than a person: `LABEL maintainer="platform-team@example.com"`, or with a name, `LABEL maintainer="Platform team <platform-team@example.com>"`.',
  examples: {
    bad: 'FROM alpine:3.22\nLABEL maintainer="platform-team"\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nLABEL maintainer="platform-team@example.com"\nUSER 10001\nCMD ["sh"]\n',
    settings: { labelSchema: { maintainer: 'email' } }
  },
  check: checkValues(
    'email',
    isEmail,
    (name, value) => `Label \`${name}\` is \`${shown(value)}\`, which is not an email address: write one, like \`team@example.com\` or \`Team <team@example.com>\`.`
  )
} satisfies Rule
