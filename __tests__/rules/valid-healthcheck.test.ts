import rule from '../../src/rules/valid-healthcheck.js'
import { testRule } from '../helpers/test-rule.js'

// BuildKit's own cases: frontend/dockerfile/instructions/parse_test.go, TestParseOptInterval and
// TestHealthCheckCmd.
const buildkit = {
  valid: [
    { name: 'BuildKit: 0ms is the default', code: 'FROM alpine:3.20\nHEALTHCHECK --interval=0ms CMD hello world\n' },
    { name: 'BuildKit: 1ms is the least', code: 'FROM alpine:3.20\nHEALTHCHECK --interval=1ms CMD hello world\n' }
  ],
  invalid: [{ name: 'BuildKit: 50ns is too short', code: 'FROM alpine:3.20\nHEALTHCHECK --interval=50ns CMD hello world\n', lines: [2], messages: ['is shorter than a millisecond, so BuildKit rejects it ("Interval "interval" cannot be less than 1ms")'] }]
}

testRule(rule, {
  valid: [
    ...buildkit.valid,
    { name: 'every option', code: 'FROM alpine:3.20\nHEALTHCHECK --interval=30s --timeout=5s --start-period=10s --start-interval=2s --retries=3 CMD curl -f http://localhost/ || exit 1\n' },
    { name: 'exec form', code: 'FROM alpine:3.20\nHEALTHCHECK CMD ["server", "-healthcheck"]\n' },
    { name: 'the type in any case', code: 'FROM alpine:3.20\nhealthcheck cmd wget -q --spider http://localhost/\nHEALTHCHECK none\n' },
    { name: 'HEALTHCHECK NONE', code: 'FROM alpine:3.20\nHEALTHCHECK NONE\n' },
    { name: "Go's duration forms", code: 'FROM alpine:3.20\nHEALTHCHECK --interval=1h30m --timeout=1.5s --start-period=.5s --start-interval=+5s CMD x\nHEALTHCHECK --interval=0 --timeout=1000us --start-period=1000µs --start-interval=5.s CMD x\n' },
    { name: 'an empty value is the default', code: 'FROM alpine:3.20\nHEALTHCHECK --interval= --retries= CMD x\n' },
    { name: 'retries of 0 (the default) and with a sign', code: 'FROM alpine:3.20\nHEALTHCHECK --retries=0 CMD x\nHEALTHCHECK --retries=+3 CMD x\n' },
    { name: 'quoted values', code: 'FROM alpine:3.20\nHEALTHCHECK --interval="30s" --timeout=\'3s\' CMD x\n' },
    { name: 'options over continuation lines', code: 'FROM alpine:3.20\nHEALTHCHECK --interval=5m \\\n  --timeout=3s \\\n  CMD curl -f http://localhost/ || exit 1\n' },
    { name: 'flags of the command after CMD are not options', code: 'FROM alpine:3.20\nHEALTHCHECK --interval=30s CMD curl --fail --silent http://localhost:8080/health || exit 1\n' },
    { name: 'a HEALTHCHECK with nothing is left to instruction-arguments', code: 'FROM alpine:3.20\nHEALTHCHECK\n' },
    { name: 'an ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD HEALTHCHECK --interval=30s CMD ["app", "health"]\n' },
    { name: 'Windows escape and continuation', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nHEALTHCHECK --interval=30s `\n  CMD powershell -command try { exit 0 } catch { exit 1 }\n' },
    { name: 'CRLF line ends', code: 'FROM alpine:3.20\r\nHEALTHCHECK --interval=30s --timeout=3s \\\r\n  CMD wget -q --spider http://localhost/ || exit 1\r\n' },
    { name: 'a custom frontend reads HEALTHCHECK its own way', code: '# syntax=example.com/frontend:1\nFROM alpine:3.20\nHEALTHCHECK --interval=30 CMD x\n' }
  ],
  invalid: [
    ...buildkit.invalid,
    { name: 'a duration without a unit', code: 'FROM alpine:3.20\nHEALTHCHECK --interval=30 --timeout=3 CMD x\n', lines: [2, 2], messages: ['`--interval=30` has no unit, so BuildKit rejects it ("time: missing unit in duration "30"")', '`--timeout=3` has no unit'] },
    { name: 'a unit Go does not know', code: 'FROM alpine:3.20\nHEALTHCHECK --interval=30sec CMD x\n', lines: [2], messages: ['has the unit `sec`, which Go durations do not know, so BuildKit rejects it ("time: unknown unit "sec" in duration "30sec"")'] },
    { name: 'a space before the unit', code: 'FROM alpine:3.20\nHEALTHCHECK --timeout=5 s CMD x\n', lines: [2, 2], messages: ['`--timeout=5` has no unit', '`HEALTHCHECK s` names no check type'] },
    { name: 'a variable is not expanded', code: 'FROM alpine:3.20\nARG INTERVAL=30s\nHEALTHCHECK --interval=$INTERVAL CMD x\n', lines: [3], messages: ['is not a duration, so BuildKit rejects it ("time: invalid duration "$INTERVAL""). Write a number and a unit (`ms`, `s`, `m` or `h`), such as `30s` or `1m30s`. BuildKit reads HEALTHCHECK\'s options as written, without expanding variables.'] },
    { name: 'a negative duration', code: 'FROM alpine:3.20\nHEALTHCHECK --start-period=-5s CMD x\n', lines: [2], messages: ['`--start-period=-5s` is negative, so BuildKit rejects it ("Interval "start-period" cannot be less than 1ms")'] },
    { name: 'no number', code: 'FROM alpine:3.20\nHEALTHCHECK --interval=.s CMD x\n', lines: [2], messages: ['is not a duration'] },
    { name: 'negative retries', code: 'FROM alpine:3.20\nHEALTHCHECK --retries=-1 CMD x\n', lines: [2], messages: ['`--retries=-1` is negative, so BuildKit rejects it ("--retries cannot be negative (-1)")'] },
    { name: 'retries not a whole number', code: 'FROM alpine:3.20\nHEALTHCHECK --retries=three CMD x\nHEALTHCHECK --retries=2.5 CMD x\n', lines: [2, 3], messages: ['strconv.ParseInt: parsing "three": invalid syntax', 'is not a whole number'] },
    { name: 'retries out of range', code: 'FROM alpine:3.20\nHEALTHCHECK --retries=99999999999 CMD x\n', lines: [2], messages: ['value out of range'] },
    { name: 'a misspelt option', code: 'FROM alpine:3.20\nHEALTHCHECK --intervall=30s CMD x\n', lines: [2], messages: ['`--intervall` is not a flag of HEALTHCHECK, so BuildKit rejects it ("unknown flag: --intervall"). Did you mean `--interval`?'] },
    { name: 'an option of docker run', code: 'FROM alpine:3.20\nHEALTHCHECK --health-cmd=x CMD x\n', lines: [2], messages: ['HEALTHCHECK takes `--interval`, `--timeout`, `--start-period`, `--start-interval`, `--retries`'] },
    { name: 'a value after a space, not =', code: 'FROM alpine:3.20\nHEALTHCHECK --interval 30s CMD x\n', lines: [2], messages: ['`--interval` has no value, so BuildKit rejects it ("missing a value on flag: --interval")'] },
    { name: 'an option given twice', code: 'FROM alpine:3.20\nHEALTHCHECK --interval=5s --interval=10s CMD x\n', lines: [2], messages: ['duplicate flag specified: --interval'] },
    { name: 'no CMD before the command', code: 'FROM alpine:3.20\nHEALTHCHECK curl -f http://localhost/ || exit 1\n', lines: [2], messages: ['`HEALTHCHECK curl` names no check type, so BuildKit rejects it ("Unknown type "CURL" in HEALTHCHECK (try CMD)")'] },
    { name: 'no CMD, and a --flag in the command', code: 'FROM alpine:3.20\nHEALTHCHECK curl --fail http://localhost/ || exit 1\n', lines: [2], messages: ['`HEALTHCHECK curl` names no check type'] },
    { name: 'options, no CMD, and a --flag in the command', code: 'FROM alpine:3.20\nHEALTHCHECK --interval=30s \\\n  wget --spider http://localhost/\n', lines: [3], messages: ['`HEALTHCHECK wget` names no check type'] },
    { name: 'CMD with no command', code: 'FROM alpine:3.20\nHEALTHCHECK --interval=30s CMD\nHEALTHCHECK CMD []\n', lines: [2, 3], messages: ['BuildKit rejects it ("Missing command after HEALTHCHECK CMD")'] },
    { name: 'NONE with arguments', code: 'FROM alpine:3.20\nHEALTHCHECK NONE curl -f http://localhost/\n', lines: [2], messages: ['`HEALTHCHECK NONE` takes no arguments, so BuildKit rejects it ("HEALTHCHECK NONE takes no arguments")'] },
    { name: 'NONE with options', code: 'FROM alpine:3.20\nHEALTHCHECK --interval=30s --timeout=3s NONE\n', lines: [2], messages: ['BuildKit ignores the options of `HEALTHCHECK NONE`'] },
    { name: 'an ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD HEALTHCHECK --interval=30 CMD x\n', lines: [2], messages: ['this image builds, but every image built `FROM` it fails ("time: missing unit in duration "30"")'] },
    { name: 'Windows escape', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nHEALTHCHECK --interval=30 `\n  CMD powershell -command exit 0\n', lines: [3] },
    { name: 'CRLF line ends', code: 'FROM alpine:3.20\r\nHEALTHCHECK --interval=30s \\\r\n  --timeout=3 CMD x\r\n', lines: [3] }
  ]
})
