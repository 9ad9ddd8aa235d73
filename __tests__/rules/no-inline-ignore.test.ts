import rule from '../../src/rules/no-inline-ignore.js'
import { testRule } from '../helpers/test-rule.js'

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL1001Spec.hs
    { name: 'DL1001: does not catch other pragma', code: '# hadolint shell=powershell\nRUN foo bar\n' },
    { name: 'DL1001: does not catch other comment', code: '# foobar\nRUN foo bar\n' },
    { name: 'DL1001: does not catch when inline ignore pragma is absent', code: 'FROM debian\nRUN foo bar\n' },
    // Beyond hadolint
    { name: 'global ignores are configuration', code: '# hadolint global ignore=DL3008\n# dockerfile-guard global ignore=healthcheck\nFROM debian:bookworm-slim\n' },
    { name: 'between a RUN\'s continuation lines it silences nothing', code: 'FROM debian:bookworm-slim\nRUN true \\\n# hadolint ignore=DL3003\n && cd /tmp\n' },
    { name: 'a comment that mentions a pragma', code: 'FROM debian:bookworm-slim\n# we used to write hadolint ignore=DL3008 here\nRUN true\n' }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL1001Spec.hs
    { name: 'DL1001: catches inline ignore pragma', code: '# hadolint ignore=DL3003\nRUN foo bar\n', lines: [1], messages: ['`# hadolint ignore=DL3003` silences findings inline'] },
    // Beyond hadolint
    { name: 'this tool\'s own pragma', code: 'FROM debian:bookworm-slim\n# dockerfile-guard ignore=no-root-user\nUSER root\n', lines: [2], messages: ['`# dockerfile-guard ignore=no-root-user`'] },
    { name: 'several ids, each comment once', code: 'FROM debian:bookworm-slim\n# hadolint ignore=DL3008,DL3015\nRUN apt-get install -y curl\n#hadolint ignore=DL3059\nRUN true\n', lines: [2, 4] }
  ]
})
