import rule from '../../src/rules/valid-port.js'
import { testRule } from '../helpers/test-rule.js'

// hadolint's test/Hadolint/Rule/DL3011Spec.hs, case by case (it has no ONBUILD variants).
const hadolint = {
  valid: [{ name: 'DL3011: valid port', code: 'EXPOSE 60000\n' }],
  invalid: [{ name: 'DL3011: invalid port', code: 'EXPOSE 80000\n', lines: [1], messages: ['`80000` is not a valid port: `80000` is above 65535'] }]
}

// Trivy's checks/docker/unix_ports_out_of_range_test.rego (DS008) and KICS's unix_ports_out_of_range/test
// (71bf8cf8), case by case.
const lower = (code: string) => code.replace(/^[A-Z]+(?= )/gm, (keyword) => keyword.toLowerCase())
const nginx = (ports: string) => `FROM alpine:3.3\nRUN apk --no-cache add nginx\nEXPOSE ${ports}\nCMD ["nginx", "-g", "daemon off;"]\n`
const kics = (expose: string) => `FROM gliderlabs/alpine:3.3\nRUN apk --no-cache add nginx\n${expose}\nCMD ["nginx", "-g", "daemon off;"]`
const others = {
  valid: [
    { name: 'DS008: allowed', code: nginx('65530/tcp 80 443 22') },
    { name: 'kics 71bf8cf8: negative1.dockerfile', code: kics('EXPOSE 3000 80 443 22') }
  ],
  invalid: [
    { name: 'DS008: denied', code: nginx('65536/tcp 80 443 22'), lines: [3], messages: ['`65536/tcp`'] },
    { name: 'kics 71bf8cf8: positive1.dockerfile', code: kics('EXPOSE 65536/tcp 80 443 22'), lines: [3] },
    { name: 'kics 71bf8cf8: positive2.dockerfile (lower case)', code: lower(kics('EXPOSE 65536/tcp 80 443 22')), lines: [3] }
  ]
}

testRule(rule, {
  valid: [
    ...hadolint.valid,
    ...others.valid,
    { name: 'the bounds', code: 'FROM alpine:3.20\nEXPOSE 0 65535\n' },
    { name: 'ranges and protocols', code: 'FROM alpine:3.20\nEXPOSE 8000-8010 53/udp 9000-9001/tcp 132/sctp 443/TCP 80/\n' },
    { name: 'unknown variables are ignored', code: 'FROM alpine:3.20\nEXPOSE $PORT ${DEBUG_PORT}/udp\n' },
    { name: 'a valid port from an ARG', code: 'FROM alpine:3.20\nARG PORT=8080\nEXPOSE $PORT\n' },
    { name: 'a default for an unset ENV', code: 'FROM alpine:3.20\nEXPOSE ${PORT:-8080}\n' },
    { name: 'host:container mappings are left alone', code: 'FROM alpine:3.20\nEXPOSE 8080:80 127.0.0.1:80:80\n' }
  ],
  invalid: [
    ...hadolint.invalid,
    ...others.invalid,
    { name: 'one bad port among good ones', code: 'FROM alpine:3.20\nEXPOSE 80 443 80800\n', lines: [2], messages: ['`80800`'] },
    { name: 'a range above 65535', code: 'FROM alpine:3.20\nEXPOSE 65000-70000/udp\n', lines: [2], messages: ['`70000` is above 65535'] },
    { name: 'a reversed range', code: 'FROM alpine:3.20\nEXPOSE 8080-8000\n', lines: [2], messages: ['write it low to high, `8000-8080`'] },
    { name: 'an unknown protocol', code: 'FROM alpine:3.20\nEXPOSE 443/tpc\n', lines: [2], messages: ['names the protocol `tpc`'] },
    { name: 'not a number', code: 'FROM alpine:3.20\nEXPOSE http\n', lines: [2], messages: ['`http` is not a port'] },
    { name: 'a bad port from an ARG', code: 'FROM alpine:3.20\nARG PORT=99999\nEXPOSE $PORT\n', lines: [3], messages: ['`$PORT` (`99999`) is not a valid port'] },
    { name: 'an ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD EXPOSE 100000\n', lines: [2] },
    { name: 'each bad value, over a line continuation', code: 'FROM alpine:3.20\nEXPOSE 70000 \\\n  80/htp\n', lines: [2, 3] }
  ]
})
