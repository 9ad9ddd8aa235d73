import rule from '../../src/rules/no-maintainer.js'
import { describe, expect, it } from '@jest/globals'
import { lint } from '../../src/lint.js'
import { testRule } from '../helpers/test-rule.js'

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL4000Spec.hs
    { name: 'DL4000: has no maintainer', code: 'FROM debian' },
    // BuildKit frontend/dockerfile/dockerfile_lint_test.go, testMaintainerDeprecated
    { name: 'BuildKit MaintainerDeprecated: the label instead', code: '\nFROM scratch\nLABEL org.opencontainers.image.authors="me@example.org"\n' },
    // Beyond hadolint
    { name: 'the label', code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="me@example.com"\n' },
    { name: 'ONBUILD MAINTAINER is valid-onbuild-trigger\'s to report', code: 'FROM alpine:3.20\nONBUILD MAINTAINER me\n' }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL4000Spec.hs
    { name: 'DL4000: has deprecated maintainer', code: 'FROM busybox\nMAINTAINER hudu@mail.com', lines: [2], messages: ['`MAINTAINER` is deprecated: write `LABEL org.opencontainers.image.authors="hudu@mail.com"` instead.'], fix: 'LABEL org.opencontainers.image.authors="hudu@mail.com"' },
    { name: 'DL4000: has maintainer', code: 'FROM debian\nMAINTAINER Lukas', lines: [2], fix: 'LABEL org.opencontainers.image.authors="Lukas"' },
    { name: 'DL4000: has maintainer first', code: 'MAINTAINER Lukas\nFROM DEBIAN', lines: [1] },
    // BuildKit frontend/dockerfile/dockerfile_lint_test.go, testMaintainerDeprecated and testWarningsBeforeError
    { name: 'BuildKit MaintainerDeprecated: MAINTAINER', code: '\nFROM scratch\nMAINTAINER me@example.org\n', lines: [3], fix: 'LABEL org.opencontainers.image.authors="me@example.org"' },
    { name: 'BuildKit MaintainerDeprecated: reported before a later error (unknown instruction)', code: '\nFROM scratch AS BadStageName\nMAINTAINER me@example.org\nBADCMD\n', lines: [3] },
    // Beyond hadolint
    { name: 'a name and an address', code: 'FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>  \n', lines: [2], fix: 'LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"' },
    { name: 'in quotes', code: 'FROM alpine:3.20\nMAINTAINER "BoJack Horseman"\n', lines: [2], fix: 'LABEL org.opencontainers.image.authors="BoJack Horseman"' },
    { name: 'quotes and dollars in the text are escaped', code: 'FROM alpine:3.20\nMAINTAINER Jane "J$" Doe\n', lines: [2], fix: 'LABEL org.opencontainers.image.authors="Jane \\"J\\$\\" Doe"' },
    { name: 'with the Windows escape character', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nMAINTAINER C:\\Users\\me "x"\n', lines: [3], fix: 'LABEL org.opencontainers.image.authors="C:\\Users\\me `"x`""' },
    { name: 'lower-case keyword', code: 'FROM alpine:3.20\nmaintainer me\n', lines: [2] }
  ]
})

describe('no-maintainer before the first FROM', () => {
  it('offers no fix: a LABEL may not come before FROM either', () => {
    const [finding] = lint({ path: 'Dockerfile', text: 'MAINTAINER Lukas\nFROM debian:bookworm-slim\n' }, { rules: [rule], allRules: true })
    expect(finding?.ruleId).toBe('no-maintainer')
    expect(finding?.fix).toBeUndefined()
  })
})
