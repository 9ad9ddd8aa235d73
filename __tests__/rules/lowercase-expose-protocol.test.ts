import rule from '../../src/rules/lowercase-expose-protocol.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM alpine:3.20\n'

// BuildKit's dockerfile_lint_test.go has no ExposeProtoCasing case: these follow its check in parsePort.
testRule(rule, {
  valid: [
    { name: 'lowercase protocols', code: FROM + 'EXPOSE 80/tcp 53/udp 9000/sctp\n' },
    { name: 'no protocol', code: FROM + 'EXPOSE 80 443\n' },
    { name: 'a range', code: FROM + 'EXPOSE 8000-8010/udp\n' },
    { name: 'an unknown variable', code: FROM + 'EXPOSE $PORT\n' },
    { name: 'a known variable in lowercase', code: FROM + 'ARG PORT=80/tcp\nEXPOSE $PORT\n' }
  ],
  invalid: [
    { name: 'uppercase protocol', code: FROM + 'EXPOSE 80/TCP\n', lines: [2], messages: ['Protocol in `80/TCP` is not lowercase'], fix: '80/tcp' },
    { name: 'mixed case, one finding per port', code: FROM + 'EXPOSE 80/Tcp 53/UDP 443\n', lines: [2, 2], fix: '80/tcp' },
    { name: 'a range', code: FROM + 'EXPOSE 8000-8010/UDP\n', lines: [2], fix: '8000-8010/udp' },
    { name: 'a known variable (no fix)', code: FROM + 'ARG PORT=80/TCP\nEXPOSE $PORT\n', lines: [3], messages: ['`80/TCP`'] },
    { name: 'an ONBUILD trigger', code: FROM + 'ONBUILD EXPOSE 80/TCP\n', lines: [2] },
    { name: 'continued', code: FROM + 'EXPOSE 80/tcp \\\n  53/UDP\n', lines: [3] }
  ]
})
