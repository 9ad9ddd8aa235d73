import { labels, schemaOf } from './data/labels.js'
import type { LabelType, Problem, Rule } from './types.js'

export default {
  id: 'no-unlisted-labels',
  title: 'With `strict-labels`, only the labels of `label-schema` may be set',
  severity: 'warning',
  defaults: 'On, as a warning: it only runs once a team sets `strict-labels: true`, which is the policy it enforces.',
  tags: ['metadata'],
  precision: 'very-high',
  // hadolint's DL3050 spec cases are all in the test file, each also as an ONBUILD trigger.
  equivalents: { hadolint: ['DL3050'] },
  differences:
    'Keys are read as Docker reads them (quotes removed, known ARG and ENV values expanded), and a key whose variable is not known is not judged. Each unlisted label is reported at its key, where hadolint reports the `LABEL` instruction once.',
  rationale:
    "With `strict-labels` a team has decided that `label-schema` is the complete list of labels its images carry. Any other label is one that no tool of the team reads or checks: often a leftover, a misspelt key (`org.opencontainers.image.sources`) that silently leaves the real one unset, or data that should not be published with the image.",
  fix: 'Remove the label, or fix its key if it is a misspelling of a listed one. If the team wants the label, add it to `label-schema` in the configuration with its type (`text` when any value will do).',
  examples: {
    bad: 'FROM alpine:3.22\nLABEL org.opencontainers.image.source="https://github.com/acme/app" build-host="ci-runner-7"\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nLABEL org.opencontainers.image.source="https://github.com/acme/app"\nUSER 10001\nCMD ["sh"]\n',
    settings: { labelSchema: { 'org.opencontainers.image.source': 'url' }, strictLabels: true }
  },
  check: (dockerfile, settings) => {
    if (!settings.strictLabels) return []
    const schema = schemaOf(settings) ?? new Map<string, LabelType>()
    const keys = [...schema.keys()]
    const listed =
      keys.length === 0 ? 'is set, but `label-schema` lists no labels'
      : keys.length <= 5 ? `is not in \`label-schema\` (${keys.map((key) => `\`${key}\``).join(', ')})`
      : 'is not in `label-schema`'
    const problems: Problem[] = []
    for (const { name, property } of labels(dockerfile)) {
      if (name === undefined || schema.has(name)) continue
      problems.push({ at: property.nameSpan, message: `Label \`${name}\` ${listed}, and \`strict-labels\` allows no others: remove it, or add it to \`label-schema\`.` })
    }
    return problems
  }
} satisfies Rule
