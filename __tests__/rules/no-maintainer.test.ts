import rule from '../../src/rules/no-maintainer.js'
import { describe, expect, it } from '@jest/globals'
import { lint } from '../../src/lint.js'
import { testRule } from '../helpers/test-rule.js'

// Trivy's checks/docker/maintainer_is_deprecated_test.rego (DS022), Checkov's
// tests/dockerfile/checks/example_MaintainerExists (CKV_DOCKER_6) and KICS's
// maintainer_instruction_being_used/test (99614418), case by case.
const lower = (code: string) => code.replace(/^[A-Z]+(?= )/gm, (keyword) => keyword.toLowerCase())
const kics = (line: string) =>
  `FROM alpine:3.5\nRUN apk add --update py2-pip\nRUN pip install --upgrade pip\n${line}\nCOPY requirements.txt /usr/src/app/\nRUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nCOPY app.py /usr/src/app/\nCOPY templates/index.html /usr/src/app/templates/\nEXPOSE 5000\nCMD ["python", "/usr/src/app/app.py"]`
const others = {
  valid: [
    { name: 'DS022: allowed', code: 'FROM fedora:27\n' },
    { name: 'kics 99614418: negative1.dockerfile', code: kics('LABEL maintainer="SvenDowideit@home.org.au"') },
    { name: 'kics 99614418: negative2.dockerfile (lower case)', code: lower(kics('LABEL maintainer="SvenDowideit@home.org.au"')) }
  ],
  invalid: [
    { name: 'DS022: denied', code: 'FROM fedora:27\nMAINTAINER admin@example.com\n', lines: [2] },
    { name: 'CKV_DOCKER_6: failure/Dockerfile', code: 'FROM  base\n\nMAINTAINER checkov\n', lines: [3] },
    { name: 'kics 99614418: positive.dockerfile', code: kics('MAINTAINER "SvenDowideit@home.org.au"'), lines: [4] },
    { name: 'kics 99614418: positive2.dockerfile (lower case)', code: lower(kics('MAINTAINER "SvenDowideit@home.org.au"')), lines: [4] }
  ]
}

testRule(rule, {
  valid: [
    ...others.valid,
    // hadolint test/Hadolint/Rule/DL4000Spec.hs
    { name: 'DL4000: has no maintainer', code: 'FROM debian' },
    // BuildKit frontend/dockerfile/dockerfile_lint_test.go, testMaintainerDeprecated
    { name: 'BuildKit MaintainerDeprecated: the label instead', code: '\nFROM scratch\nLABEL org.opencontainers.image.authors="me@example.org"\n' },
    // Beyond hadolint
    { name: 'the label', code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="me@example.com"\n' },
    { name: 'ONBUILD MAINTAINER is valid-onbuild-trigger\'s to report', code: 'FROM alpine:3.20\nONBUILD MAINTAINER me\n' }
  ],
  invalid: [
    ...others.invalid,
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
