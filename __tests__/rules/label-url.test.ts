import rule from '../../src/rules/label-url.js'
import { testRule } from '../helpers/test-rule.js'

const options = { settings: { labelSchema: { urllabel: 'url' as const } } }
const FROM = 'FROM alpine:3.20\n'

// hadolint's test/Hadolint/Rule/DL3052Spec.hs, case by case, with its schema `urllabel: url`, each
// after a FROM line and again as an ONBUILD trigger.
const passes = ['LABEL urllabel="http://example.com"', 'LABEL other="foo"', 'LABEL other="bar"']
const catches = ['LABEL urllabel="not-url"']

testRule(rule, {
  valid: [
    ...passes.flatMap((code) => [
      { name: `DL3052: ok: ${code}`, code: `${FROM}${code}\n`, options },
      { name: `DL3052: ok: ONBUILD ${code}`, code: `${FROM}ONBUILD ${code}\n`, options }
    ]),
    // Beyond hadolint.
    { name: 'no schema, no policy', code: `${FROM}LABEL urllabel=not-url\n` },
    { name: 'other schemes, a query, a fragment and percent-encoding', code: `${FROM}LABEL urllabel=https://example.com/a%20b?x=1#top\n`, options },
    { name: 'URNs and mailto are URIs', code: `${FROM}LABEL urllabel=mailto:team@example.com\nLABEL urllabel=urn:isbn:0451450523\n`, options },
    { name: 'a value from a known ARG', code: `${FROM}ARG REPO=https://github.com/acme/app\nLABEL urllabel=$REPO\n`, options },
    { name: 'a value from an unknown ARG is not judged', code: `${FROM}ARG REPO\nLABEL urllabel=$REPO\nLABEL urllabel=https://github.com/$REPO\n`, options },
    { name: 'an empty value is left to no-empty-label', code: `${FROM}LABEL urllabel=""\n`, options }
  ],
  invalid: [
    ...catches.flatMap((code) => [
      { name: `DL3052: not ok: ${code}`, code: `${FROM}${code}\n`, options, lines: [2], messages: ['Label `urllabel` is `not-url`, which is not a URL: write an absolute URL such as `https://example.com/…`.'] },
      { name: `DL3052: not ok: ONBUILD ${code}`, code: `${FROM}ONBUILD ${code}\n`, options, lines: [2] }
    ]),
    // Beyond hadolint.
    { name: 'a host and path without the scheme', code: `${FROM}LABEL urllabel=github.com/acme/app\n`, options, lines: [2], messages: ['add the scheme (`https://github.com/acme/app`)'] },
    { name: 'a space in the URL', code: `${FROM}LABEL urllabel="https://example.com/my app"\n`, options, lines: [2] },
    { name: 'a broken percent-encoding', code: `${FROM}LABEL urllabel=https://example.com/100%\n`, options, lines: [2] },
    { name: 'an scp-style git remote', code: `${FROM}LABEL urllabel=git@github.com:acme/app.git\n`, options, lines: [2] },
    { name: 'a value from a known ARG', code: `${FROM}ARG REPO=acme/app\nLABEL urllabel=$REPO\n`, options, lines: [3] },
    { name: 'a quoted key', code: `${FROM}LABEL "urllabel"="not-url"\n`, options, lines: [2] }
  ]
})
