import { labels, schemaOf } from './data/labels.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'no-empty-label',
  title: 'The labels of `label-schema` should not be empty',
  severity: 'warning',
  defaults: 'On, as a warning: it only runs once a team has written a `label-schema`, which is the policy it enforces.',
  tags: ['metadata'],
  precision: 'very-high',
  // hadolint's DL3051 spec cases are all in the test file, each also as an ONBUILD trigger.
  equivalents: { hadolint: ['DL3051'] },
  differences:
    'Values are read as Docker reads them: `LABEL a=$EMPTY` is empty when an ARG or ENV known to be empty gives it, and a value that depends on a variable whose value is not known is not judged.',
  rationale:
    'A label that is present but empty satisfies a check for its presence while telling nothing: the image still cannot be traced to its source, version or owner. It usually means a build argument was not passed (`LABEL org.opencontainers.image.revision=$GIT_SHA` with no `--build-arg GIT_SHA=…`) or a placeholder was never filled in.',
  fix: 'Give the label its value. If the value comes from a build argument, pass it in every build (`docker build --build-arg GIT_SHA="$(git rev-parse HEAD)" .`), or declare the `ARG` with a sensible default.',
  examples: {
    bad: 'FROM alpine:3.22\nLABEL org.opencontainers.image.title=""\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nLABEL org.opencontainers.image.title="acme-app"\nUSER 10001\nCMD ["sh"]\n',
    settings: { labelSchema: { 'org.opencontainers.image.title': 'text' } }
  },
  check: (dockerfile, settings) => {
    const schema = schemaOf(settings)
    if (!schema?.size) return []
    const problems: Problem[] = []
    for (const { name, value, property } of labels(dockerfile)) {
      if (name === undefined || value !== '' || !schema.has(name)) continue
      problems.push({ at: property, message: `Label \`${name}\` is empty, but \`label-schema\` expects a value: set one, or pass the build argument it comes from.` })
    }
    return problems
  }
} satisfies Rule
