import { checkValues, isRfc3339, shown } from './data/labels.js'
import type { Rule } from './types.js'

export default {
  id: 'label-rfc3339',
  title: 'Labels of type `rfc3339` in `label-schema` should hold an RFC 3339 date and time',
  severity: 'warning',
  defaults: 'On, as a warning: it only runs once a team has typed a label `rfc3339` in its `label-schema`.',
  tags: ['metadata'],
  precision: 'very-high',
  // hadolint's DL3053 spec cases are all in the test file, each also as an ONBUILD trigger.
  equivalents: { hadolint: ['DL3053'] },
  differences:
    "Beyond hadolint's cases, the date is checked against the calendar (no 31 April), and the space RFC 3339 allows between date and time is accepted (`date --rfc-3339=seconds` writes one). Values are read as Docker reads them (quotes removed, known ARG and ENV values expanded), so a value that comes from a build arg with no known value is not judged. An empty value is left to no-empty-label, where hadolint reports it under both codes.",
  rationale:
    'Date labels such as `org.opencontainers.image.created` are read by programs: registries sort and filter images by them, and policies reject images built too long ago. A date in a local format (`03/10/2021`, `yesterday`) or without its time zone cannot be compared, so those tools ignore it or misread it.',
  fix: 'Write the date, the time and the offset from UTC: `2024-05-01T12:00:00Z` or `2024-05-01T14:00:00+02:00`. For the build time, pass it in: `ARG BUILD_DATE` then `LABEL org.opencontainers.image.created=$BUILD_DATE`, built with `--build-arg BUILD_DATE="$(date -u +%Y-%m-%dT%H:%M:%SZ)"`.',
  examples: {
    bad: 'FROM alpine:3.22\nLABEL org.opencontainers.image.created="2024-05-01"\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nLABEL org.opencontainers.image.created="2024-05-01T12:00:00Z"\nUSER 10001\nCMD ["sh"]\n',
    settings: { labelSchema: { 'org.opencontainers.image.created': 'rfc3339' } }
  },
  check: checkValues(
    'rfc3339',
    isRfc3339,
    (name, value) => `Label \`${name}\` is \`${shown(value)}\`, which is not an RFC 3339 date and time: write it with a time and a UTC offset, like \`2024-05-01T12:00:00Z\`.`
  )
} satisfies Rule
