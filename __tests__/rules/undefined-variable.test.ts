import rule from '../../src/rules/undefined-variable.js'
import { testRule } from '../helpers/test-rule.js'

testRule(rule, {
  valid: [
    { name: 'a variable the base image sets, two letters from one in scope ($GOPATH is no typo of $PATH)', code: 'FROM golang:1.22\nWORKDIR $GOPATH/src/app\n' },
    { name: 'ARG X=${X}: the idiom that takes X from --build-arg only', code: 'FROM ubuntu:24.04\nARG JDK_VERSION=${JDK_VERSION}\nLABEL jdk=$JDK_VERSION\n' },
    // BuildKit frontend/dockerfile/dockerfile_lint_test.go, testUnmatchedVars
    { name: 'BuildKit UndefinedVar: ARG without a default', code: '\nFROM scratch\nARG foo\nCOPY Dockerfile${foo} .\n' },
    { name: 'BuildKit UndefinedVar: ARG of the base stage', code: '\nFROM alpine AS base\nARG foo=Dockerfile\n\nFROM base\nCOPY $foo .\n' },
    { name: 'BuildKit UndefinedVar: RUN is not checked', code: '\nFROM alpine\nRUN echo $PATH\n' },
    // Beyond BuildKit
    { name: 'a variable the base image may set', code: 'FROM eclipse-temurin:21\nCOPY app.jar $JAVA_HOME/lib/\n' },
    { name: 'a default handles the unset case', code: 'FROM scratch\nWORKDIR ${APP_DIR:-/app}\n' },
    { name: 'an escaped dollar', code: 'FROM scratch\nLABEL price=\\$5\n' },
    { name: 'ENV declared earlier', code: 'FROM scratch\nENV APP=/app\nWORKDIR $APP\nCOPY . ${APP}/src\n' },
    { name: 'CMD and ENTRYPOINT are left to the shell', code: 'FROM scratch\nCMD echo $UNDEFINED\n' },
    { name: 'same-instruction references are left to env-same-instruction-reference', code: 'FROM scratch\nENV A=1 B=$A\n' },
    { name: 'ONBUILD triggers run in another build', code: 'FROM scratch\nONBUILD COPY $SRC /src\n' },
    { name: 'PATH is always set', code: 'FROM scratch\nENV PATH=/app/bin:$PATH\n' }
  ],
  invalid: [
    // BuildKit frontend/dockerfile/dockerfile_lint_test.go, testAllTargetUnmarshal and testUnmatchedVars
    { name: 'BuildKit UndefinedVar: two scratch stages', code: '\nFROM scratch AS first\nCOPY $foo .\n\nFROM scratch AS second\nCOPY $bar .\n', lines: [3, 6], messages: ['`$foo` expands to an empty string here'] },
    { name: 'BuildKit UndefinedVar: declared after use', code: '\nFROM alpine\nCOPY $foo .\nARG foo=bar\nRUN echo $foo\n', lines: [3], messages: ['is only declared further down in this stage'] },
    { name: 'BuildKit UndefinedVar: did you mean $DIR_ASSETS', code: '\nFROM alpine\nARG DIR_BINARIES=binaries/\nARG DIR_ASSETS=assets/\nARG DIR_CONFIG=config/\nCOPY $DIR_ASSET .\n\t', lines: [6], messages: ['did you mean `$DIR_ASSETS`?'] },
    { name: 'BuildKit UndefinedVar: did you mean $PATH', code: '\nFROM alpine\nENV PATH=$PAHT:/tmp/bin\n\t\t', lines: [3], messages: ['did you mean `$PATH`?'] },
    // Beyond BuildKit
    { name: 'a global ARG not re-declared in the stage', code: 'ARG VERSION=1.0\nFROM alpine:3.20\nCOPY app-$VERSION.tar.gz /opt/\n', lines: [3], messages: ['add `ARG VERSION` in this stage'] },
    { name: 'a different case', code: 'FROM alpine:3.20\nARG VERSION=1\nLABEL version=$version\n', lines: [3], messages: ['did you mean `$VERSION`?'] },
    { name: 'a stage built on a scratch stage', code: 'FROM scratch AS base\nENV A=1\nFROM base\nWORKDIR /$A/$B\n', lines: [4] },
    { name: 'USER, WORKDIR, EXPOSE, VOLUME on scratch', code: 'FROM scratch\nUSER $UID\nWORKDIR $DIR\nEXPOSE $PORT\nVOLUME $DATA\n', lines: [2, 3, 4, 5] },
    { name: 'an ARG default', code: 'FROM alpine:3.20\nARG APP_HOME=/opt/app\nARG CONFIG=${APP_HOM}/config\n', lines: [3], messages: ['did you mean `$APP_HOME`?'] }
  ]
})
