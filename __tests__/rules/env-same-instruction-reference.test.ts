import rule from '../../src/rules/env-same-instruction-reference.js'
import { testRule } from '../helpers/test-rule.js'

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3044Spec.hs
    { name: 'DL3044: ok with normal ENV', code: 'ENV BLA="blubb"\nENV BLUBB="${BLA}/blubb"' },
    { name: 'DL3044: ok with partial match 1', code: 'ENV BLA="blubb" BLUBB="${FOOBLA}/blubb"' },
    { name: 'DL3044: ok with partial match 2', code: 'ENV BLA="blubb" BLUBB="${BLAFOO}/blubb"' },
    { name: 'DL3044: ok with partial match 3', code: 'ENV BLA="blubb" BLUBB="$FOOBLA/blubb"' },
    { name: 'DL3044: ok with partial match 4', code: 'ENV BLA="blubb" BLUBB="$BLAFOO/blubb"' },
    { name: 'DL3044: ok with parial match 6', code: 'ENV BLA="blubb" BLUBB="BLA/$BLAFOO/BLA"' },
    { name: 'DL3044: ok when previously defined in `ARG`', code: 'ARG BLA\nENV BLA=${BLA}' },
    { name: 'DL3044: ok when previously defined in `ENV`', code: 'ENV BLA blubb\nENV BLA=${BLA}' },
    { name: 'DL3044: ok with referencing a variable on its own right hand side', code: 'ENV PATH=/bla:${PATH}' },
    { name: 'DL3044: ok with referencing a variable on its own right side twice in different `ENV`s', code: 'ENV PATH=/bla:${PATH}\nENV PATH=/blubb:${PATH}' },
    // Beyond hadolint
    { name: 'its own name, with another variable set', code: 'FROM alpine:3.20\nENV APP=/app PATH=/app/bin:$PATH\n' },
    { name: 'set earlier in the stage', code: 'FROM alpine:3.20\nENV APP_HOME=/app\nENV APP_HOME=/srv CONFIG=$APP_HOME/config\n' },
    { name: 'a build arg of the stage', code: 'FROM alpine:3.20\nARG VERSION=1.0\nENV VERSION=2.0 URL=https://example.com/$VERSION\n' },
    { name: 'set by the stage it is built FROM', code: 'FROM alpine:3.20 AS base\nENV APP_HOME=/app\nFROM base\nENV APP_HOME=/srv CONFIG=$APP_HOME/config\n' },
    { name: 'in single quotes, literal', code: "FROM alpine:3.20\nENV A=1 B='$A'\n" },
    { name: 'escaped, literal', code: 'FROM alpine:3.20\nENV A=1 B=\\$A\n' },
    { name: 'escaped with a Windows escape character', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nENV A=1 B=`$A\n' },
    { name: 'a trigger reading what the image sets', code: 'FROM alpine:3.20\nENV APP=/app\nONBUILD ENV APP=/srv DATA=$APP/data\n' },
    { name: 'the legacy one-variable form', code: 'FROM alpine:3.20\nENV CONFIG $APP_HOME/config\n' }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3044Spec.hs
    { name: 'DL3044: fail with partial match 5', code: 'ENV BLA="blubb" BLUBB="$BLA/$BLAFOO/blubb"', lines: [1] },
    { name: 'DL3044: fail when referencing a variable on its own right side twice within the same `ENV`', code: 'ENV PATH=/bla:${PATH} PATH=/blubb:${PATH}', lines: [1], messages: ['`PATH` reads `$PATH`, which this same `ENV` sets'] },
    { name: 'DL3044: fail with selfreferencing with curly braces ENV', code: 'ENV BLA="blubb" BLUBB="${BLA}/blubb"', lines: [1], messages: ['`BLUBB` reads `$BLA`, which this same `ENV` sets'] },
    { name: 'DL3044: fail with selfreferencing without curly braces ENV', code: 'ENV BLA="blubb" BLUBB="$BLA/blubb"', lines: [1] },
    { name: 'DL3044: fail with full match 1', code: 'ENV BLA="blubb" BLUBB="$BLA"', lines: [1] },
    { name: 'DL3044: fail with full match 2', code: 'ENV BLA="blubb" BLUBB="${BLA}"', lines: [1] },
    // Beyond hadolint
    { code: 'FROM golang:1.23\nENV GOPATH=/go PATH=$GOPATH/bin:$PATH\n', lines: [2], messages: ['`PATH` reads `$GOPATH`'] },
    { name: 'set after it in the same ENV', code: 'FROM eclipse-temurin:21\nENV PATH=$JAVA_HOME/bin:$PATH JAVA_HOME=/opt/java\n', lines: [2] },
    { name: 'with a default', code: 'FROM alpine:3.20\nENV A=1 B=${A:-2}\n', lines: [2] },
    { name: 'one finding per value that reads a sibling', code: 'FROM alpine:3.20\nENV A=1 B=$A C=$A\n', lines: [2, 2] },
    { name: 'a global ARG is not in scope after FROM (hadolint passes)', code: 'ARG VERSION=1.0\nFROM alpine:3.20\nENV VERSION=2.0 URL=https://example.com/$VERSION\n', lines: [3] },
    { name: 'a build arg of another stage is not in scope', code: 'FROM alpine:3.20 AS a\nARG V=1\nFROM alpine:3.20\nENV V=2 U=$V\n', lines: [4] },
    { name: 'on a continuation line', code: 'FROM alpine:3.20\nENV APP_HOME=/app \\\n    CONFIG=$APP_HOME/config\n', lines: [3] },
    { name: 'in double quotes', code: 'FROM alpine:3.20\nENV A=1 B="x $A"\n', lines: [2] },
    { name: 'in an ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD ENV APP=/srv DATA=$APP/data\n', lines: [2] }
  ]
})
