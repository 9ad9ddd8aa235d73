import rule from '../../src/rules/key-equals-value.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM alpine:3.20\n'

testRule(rule, {
  valid: [
    // BuildKit frontend/dockerfile/dockerfile_lint_test.go (testLegacyKeyValueFormat)
    { name: 'BuildKit LegacyKeyValueFormat: key=value', code: '\nFROM scratch\nENV testkey=value\nLABEL key=value\n' },
    // beyond BuildKit
    { name: 'several pairs and quotes', code: FROM + 'ENV A=1 B="two words"\nLABEL org.opencontainers.image.title="My app" version=1\n' },
    { name: 'ARG has no legacy form', code: FROM + 'ARG VERSION\nARG NAME=x\n' },
    { name: 'continued pairs', code: FROM + 'ENV A=1 \\\n    B=2\n' }
  ],
  invalid: [
    // BuildKit frontend/dockerfile/dockerfile_lint_test.go (testLegacyKeyValueFormat)
    { name: 'BuildKit LegacyKeyValueFormat: ENV and LABEL', code: '\nFROM scratch\nENV testkey value\nLABEL key value\n', lines: [3, 4], messages: ['`ENV testkey …` uses the legacy `key value` form', '`LABEL key …`'], fix: 'testkey=value' },
    { name: 'BuildKit LegacyKeyValueFormat: in a stage no target uses', code: '\nFROM scratch AS a\n\nFROM a AS b\nENV testkey value\nLABEL key value\n\nFROM a AS c\n', lines: [5, 6] },
    // beyond BuildKit
    { name: 'value with spaces is quoted', code: FROM + 'ENV PATH /app/bin:$PATH extra\n', lines: [2], messages: ['Write `ENV PATH="/app/bin:$PATH extra"`'], fix: 'PATH="/app/bin:$PATH extra"' },
    { name: 'a value with = stays one value', code: FROM + 'ENV OPTS -Dx=1\n', lines: [2], fix: 'OPTS=-Dx=1' },
    { name: 'a quoted value gets no fix', code: FROM + 'LABEL description "My app"\n', lines: [2], messages: ['Write `LABEL description=value`, quoting'] },
    { name: 'continued value gets no fix', code: FROM + 'ENV A \\\n  b c\n', lines: [2] },
    { name: 'lowercase keyword', code: FROM + 'env A b\n', lines: [2], messages: ['`env A …`'], fix: 'A=b' },
    { name: 'an ONBUILD trigger', code: FROM + 'ONBUILD ENV A b\n', lines: [2], fix: 'A=b' }
  ]
})
