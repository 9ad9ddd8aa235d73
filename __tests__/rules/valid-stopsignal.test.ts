import rule from '../../src/rules/valid-stopsignal.js'
import { testRule } from '../helpers/test-rule.js'

// moby/sys signal.ParseSignal: a nonzero number, or a name of the Linux SignalMap, upper-cased, `SIG` optional.
testRule(rule, {
  valid: [
    { name: 'a name', code: 'FROM alpine:3.20\nSTOPSIGNAL SIGTERM\n' },
    { name: 'without SIG', code: 'FROM alpine:3.20\nSTOPSIGNAL QUIT\n' },
    { name: 'in lower case (ParseSignal upper-cases it)', code: 'FROM alpine:3.20\nSTOPSIGNAL sigint\n' },
    { name: 'a number', code: 'FROM alpine:3.20\nSTOPSIGNAL 9\n' },
    { name: 'the highest number', code: 'FROM alpine:3.20\nSTOPSIGNAL 64\n' },
    { name: 'real-time signals by name', code: 'FROM alpine:3.20\nSTOPSIGNAL SIGRTMIN+3\nSTOPSIGNAL RTMAX-14\nSTOPSIGNAL SIGRTMAX\n' },
    { name: 'the aliases', code: 'FROM alpine:3.20\nSTOPSIGNAL SIGIOT\nSTOPSIGNAL SIGCLD\nSTOPSIGNAL SIGPOLL\n' },
    { name: 'quoted (BuildKit removes the quotes)', code: 'FROM alpine:3.20\nSTOPSIGNAL "SIGTERM"\n' },
    { name: 'an unknown variable', code: 'FROM alpine:3.20\nARG SIGNAL\nSTOPSIGNAL $SIGNAL\n' },
    { name: 'a known variable', code: 'FROM alpine:3.20\nARG SIGNAL=SIGWINCH\nSTOPSIGNAL ${SIGNAL}\n' },
    { name: 'an ENV default', code: 'FROM alpine:3.20\nSTOPSIGNAL ${STOP:-SIGUSR1}\n' },
    { name: 'trailing blanks', code: 'FROM alpine:3.20\nSTOPSIGNAL SIGTERM  \r\n' },
    { name: 'no argument (instruction-arguments reports it)', code: 'FROM alpine:3.20\nSTOPSIGNAL\n' },
    { name: 'any number in a Windows stage', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nSTOPSIGNAL 100\n' },
    { name: 'an ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD STOPSIGNAL SIGTERM\n' }
  ],
  invalid: [
    { name: 'a typo', code: 'FROM alpine:3.20\nSTOPSIGNAL SIGTREM\n', lines: [2], messages: ['`SIGTREM` is not a signal: BuildKit rejects it ("invalid signal: SIGTREM"). Did you mean `SIGTERM`?'] },
    { name: 'a typo without SIG, in lower case', code: 'FROM alpine:3.20\nSTOPSIGNAL quite\n', lines: [2], messages: ['Did you mean `SIGQUIT`?'] },
    { name: 'no signal at all', code: 'FROM alpine:3.20\nSTOPSIGNAL graceful\n', lines: [2], messages: ['Write a signal name such as `SIGTERM`'] },
    { name: 'zero', code: 'FROM alpine:3.20\nSTOPSIGNAL 0\n', lines: [2], messages: ['`0` is not a signal: BuildKit rejects it ("invalid signal: 0")'] },
    { name: 'a number beyond 64 bits', code: 'FROM alpine:3.20\nSTOPSIGNAL 99999999999999999999\n', lines: [2], messages: ['BuildKit rejects it'] },
    { name: 'a number Linux has no signal for', code: 'FROM alpine:3.20\nSTOPSIGNAL 99\n', lines: [2], messages: ['`99` is not a signal Linux has (they are numbered 1 to 64): the build accepts it, but `docker stop` cannot send it'] },
    { name: 'a negative number', code: 'FROM alpine:3.20\nSTOPSIGNAL -15\n', lines: [2], messages: ['is not a signal Linux has'] },
    { name: 'a real-time signal BuildKit has no name for', code: 'FROM alpine:3.20\nSTOPSIGNAL SIGRTMIN+16\n', lines: [2], messages: ['names real-time signals only up to `SIGRTMIN+15` and from `SIGRTMAX-14`. Write its number, `50`.'] },
    { name: 'a real-time signal out of range', code: 'FROM alpine:3.20\nSTOPSIGNAL RTMAX+1\n', lines: [2], messages: ['real-time signals run from `SIGRTMIN` (34) to `SIGRTMAX` (64)'] },
    { name: 'two words, read as one name', code: 'FROM alpine:3.20\nSTOPSIGNAL SIGTERM SIGINT\n', lines: [2], messages: ['is more than one word'] },
    { name: 'a bad value from an ARG', code: 'FROM alpine:3.20\nARG SIGNAL=SIGTREM\nSTOPSIGNAL $SIGNAL\n', lines: [3], messages: ['`$SIGNAL` (`SIGTREM`) is not a signal'] },
    { name: 'quoted', code: "FROM alpine:3.20\nSTOPSIGNAL 'SIGKIL'\n", lines: [2], messages: ['Did you mean `SIGKILL`?'] },
    { name: 'an ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD STOPSIGNAL SIGTREM\n', lines: [2] },
    { name: 'over a line continuation', code: 'FROM alpine:3.20\nSTOPSIGNAL \\\n  SIGTREM\n', lines: [3] },
    { name: 'each stage', code: 'FROM alpine:3.20 AS a\nSTOPSIGNAL SIGTREM\nFROM alpine:3.20\nSTOPSIGNAL 0\n', lines: [2, 4] }
  ]
})
