import { checkValues, isUrl, shown } from './data/labels.js'
import type { Rule } from './types.js'

export default {
  id: 'label-url',
  title: 'Labels of type `url` in `label-schema` should hold an absolute URL',
  severity: 'warning',
  defaults: 'On, as a warning: it only runs once a team has typed a label `url` in its `label-schema`.',
  tags: ['metadata'],
  precision: 'very-high',
  // hadolint's DL3052 spec cases are all in the test file, each also as an ONBUILD trigger. Like
  // hadolint's `parseURI`, a URL is a scheme and then only URI characters.
  equivalents: { hadolint: ['DL3052'] },
  differences:
    'Values are read as Docker reads them (quotes removed, known ARG and ENV values expanded), so a value that comes from a build arg with no known value is not judged. An empty value is left to no-empty-label, where hadolint reports it under both codes.',
  rationale:
    'Registries, dashboards and scanners turn URL labels (`org.opencontainers.image.source`, `org.opencontainers.image.url`, `org.opencontainers.image.documentation`) into links. A value without its scheme, such as `github.com/acme/app`, is not a URL to them: the link is broken or missing, and tools that trace an image back to its repository cannot.',
  fix: 'Write the complete address with its scheme: `LABEL org.opencontainers.image.source="https://github.com/acme/app"`. Characters that are not allowed in a URL, such as spaces, must be percent-encoded (`%20`).',
  examples: {
    bad: 'FROM alpine:3.22\nLABEL org.opencontainers.image.source="github.com/acme/app"\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nLABEL org.opencontainers.image.source="https://github.com/acme/app"\nUSER 10001\nCMD ["sh"]\n',
    settings: { labelSchema: { 'org.opencontainers.image.source': 'url' } }
  },
  check: checkValues('url', isUrl, (name, value) => {
    const hint = /^[\w-]+(\.[\w-]+)+(\/|$)/.test(value) ? `add the scheme (\`https://${shown(value)}\`)` : 'write an absolute URL such as `https://example.com/…`'
    return `Label \`${name}\` is \`${shown(value)}\`, which is not a URL: ${hint}.`
  })
} satisfies Rule
