import rule from '../../src/rules/valid-key-value.js'
import { testRule } from '../helpers/test-rule.js'

// BuildKit: parser/line_parsers.go parseNameVal ("ENV must have two arguments", "Syntax error - can't find =
// in …") and instructions/parse.go parseKvps and parseArg ("… names can not be blank").
testRule(rule, {
  valid: [
    { name: 'pairs', code: 'FROM alpine:3.20\nENV A=1 B=2\nLABEL a=b c.d="e f"\n' },
    { name: 'quoted values with spaces', code: 'FROM alpine:3.20\nENV A="x y" B=\'p q\' C=x\\ y\n' },
    { name: 'empty values', code: 'FROM alpine:3.20\nENV A= B=""\nLABEL a=""\n' },
    { name: 'the legacy form, with spaces in the value', code: 'FROM alpine:3.20\nENV PATH /app/bin:$PATH\nENV MY_NAME John Doe\nLABEL description This is my image\n' },
    { name: 'a legacy list of settings', code: 'FROM alpine:3.20\nENV MAKEFLAGS -j4 V=1\nENV JAVA_OPTS -Xmx1g -Dfoo=bar\n' },
    { name: 'a legacy value with `=` in its first word or a lower-case word', code: 'FROM alpine:3.20\nENV OPTS_LINE a=b\nENV GREETING hello a=b\n' },
    { name: 'a legacy value that is quoted', code: 'FROM alpine:3.20\nENV A "x PATH=y"\n' },
    { name: 'pairs over continuations, with a comment line', code: 'FROM alpine:3.20\nENV A=1 \\\n  # the second one\n  B=2\n' },
    { name: 'ARG declarations, with and without defaults', code: 'ARG A B=1 C=\nFROM alpine:3.20\nARG a=b c\n' },
    { name: 'the keyword alone (instruction-arguments reports it)', code: 'FROM alpine:3.20\nENV\nLABEL\nARG\n' },
    { name: 'a legacy value starting with =', code: 'FROM alpine:3.20\nENV A = b\n' },
    { name: 'Windows paths and an escaped space under escape=`', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nENV TOOLS=C:\\tools GREETING=hello` world\nENV PATH="C:\\tools;${PATH}"\n' },
    { name: 'CRLF line ends', code: 'FROM alpine:3.20\r\nENV A=1 \\\r\n  B=2\r\nLABEL a=b\r\n' }
  ],
  invalid: [
    { name: 'an ENV without a value', code: 'FROM alpine:3.20\nENV DEBUG\n', lines: [2], messages: ['`ENV DEBUG` has no value: BuildKit rejects it ("ENV must have two arguments"). Write `ENV DEBUG=value`, or `DEBUG=""` for an empty one.'] },
    { name: 'a LABEL without a value', code: 'FROM alpine:3.20\nLABEL maintainer\n', lines: [2], messages: ['("LABEL must have two arguments")'] },
    { name: 'a value with an unquoted space', code: 'FROM alpine:3.20\nENV GREETING=hello world\n', lines: [2], messages: ['`world` is not a `key=value` pair: BuildKit rejects this ENV ("Syntax error - can\'t find = in \\"world\\""), as each word after `ENV GREETING=…` must be one. If it belongs to the value before it, quote that value: `GREETING="hello world"`.'] },
    { name: 'a label with an unquoted space', code: 'FROM alpine:3.20\nLABEL description=My image version=1\n', lines: [2], messages: ['`image` is not a `key=value` pair'] },
    { name: 'a command substitution', code: 'FROM alpine:3.20\nENV NOW=$(date +%s) A=1\n', lines: [2], messages: ['`+%s)` is not a `key=value` pair'] },
    { name: 'a bare name among pairs, over a continuation', code: 'FROM alpine:3.20\nENV A=1 \\\n  B\n', lines: [3], messages: ['`B` is not a `key=value` pair'] },
    { name: 'an empty ENV name', code: 'FROM alpine:3.20\nENV =production\n', lines: [2], messages: ['`=production` has no name before its `=`: BuildKit rejects it ("ENV names can not be blank")'] },
    { name: 'an empty LABEL name', code: 'FROM alpine:3.20\nLABEL ="x"\n', lines: [2], messages: ['("LABEL names can not be blank")'] },
    { name: 'an empty ARG name', code: 'ARG =1\nFROM alpine:3.20\n', lines: [1], messages: ['("ARG names can not be blank")'] },
    { name: 'a variable swallowed by a legacy value', code: 'FROM alpine:3.20\nENV JAVA_HOME /opt/java PATH=/opt/java/bin:$PATH\n', lines: [2], messages: ['BuildKit reads this `ENV` in the legacy `key value` form, where the value is everything after the key: it sets `JAVA_HOME` to `/opt/java PATH=/opt/java/bin:$PATH`, and `PATH` not at all.'] },
    { name: 'ONBUILD triggers', code: 'FROM alpine:3.20\nONBUILD ENV A=b c\nONBUILD LABEL x\n', lines: [2, 3] },
    { name: 'each word', code: 'FROM alpine:3.20\nENV A=b c d\n', lines: [2, 2] },
    { name: 'CRLF line ends', code: 'FROM alpine:3.20\r\nENV A=hello world\r\n', lines: [2], messages: ['`A="hello world"`'] }
  ]
})
