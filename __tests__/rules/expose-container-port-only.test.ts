import rule from '../../src/rules/expose-container-port-only.js'
import { testRule } from '../helpers/test-rule.js'

testRule(rule, {
  valid: [
    // BuildKit frontend/dockerfile/dockerfile2llb/convert_expose.go: no `:`, no warning
    { name: 'BuildKit ExposeInvalidFormat: a container port', code: 'FROM alpine:3.20\nEXPOSE 80\n' },
    { name: 'BuildKit ExposeInvalidFormat: a range with a protocol', code: 'FROM alpine:3.20\nEXPOSE 8000-8010/udp\n' },
    // Beyond BuildKit
    { name: 'several container ports', code: 'FROM alpine:3.20\nEXPOSE 80 443/tcp 53/udp\n' },
    { name: 'an unknown variable', code: 'FROM alpine:3.20\nARG PORT\nEXPOSE $PORT\n' },
    { name: 'a known variable without a colon', code: 'FROM alpine:3.20\nENV PORT=8080\nEXPOSE ${PORT}/tcp\n' }
  ],
  invalid: [
    // BuildKit convert_expose.go splitParts: host:container, ip:host:container, [ipv6]:host:container
    { name: 'BuildKit ExposeInvalidFormat: host:container', code: 'FROM alpine:3.20\nEXPOSE 80:80\n', lines: [2], messages: ['`EXPOSE 80:80` gives a host port or IP address'], fix: '80' },
    { name: 'BuildKit ExposeInvalidFormat: ip:host:container', code: 'FROM alpine:3.20\nEXPOSE 127.0.0.1:8080:80/tcp\n', lines: [2], messages: ['`EXPOSE 80/tcp`'], fix: '80/tcp' },
    { name: 'BuildKit ExposeInvalidFormat: [ipv6]:host:container', code: 'FROM alpine:3.20\nEXPOSE [::1]:8080:80\n', lines: [2], fix: '80' },
    { name: 'BuildKit ExposeInvalidFormat: ip::container', code: 'FROM alpine:3.20\nEXPOSE 0.0.0.0::80\n', lines: [2], fix: '80' },
    // Beyond BuildKit
    { name: 'one finding per mapped port', code: 'FROM alpine:3.20\nEXPOSE 443 8080:80 9090:90\n', lines: [2, 2] },
    { name: 'a host port from a variable', code: 'FROM alpine:3.20\nARG HOST_PORT\nEXPOSE $HOST_PORT:80\n', lines: [3] },
    { name: 'a known variable holding a mapping', code: 'FROM alpine:3.20\nENV PORTS=8080:80\nEXPOSE $PORTS\n', lines: [3], messages: ['`EXPOSE 80`'] },
    { name: 'on a continuation line', code: 'FROM alpine:3.20\nEXPOSE 443 \\\n  8080:80\n', lines: [3] },
    { name: 'an ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD EXPOSE 80:80\n', lines: [2] }
  ]
})
