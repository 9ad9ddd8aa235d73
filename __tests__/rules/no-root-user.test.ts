import rule from '../../src/rules/no-root-user.js'
import { testRule } from '../helpers/test-rule.js'

// Trivy's checks/docker/root_user_test.rego (DS002: its cases about the last USER; those about a file
// with no USER are in missing-user's test), Checkov's tests/dockerfile/checks/example_RootUser
// (CKV_DOCKER_8) and KICS's last_user_is_root/test (67fd0c4a), case by case.
const kicsRun = (user: string) => `FROM alpine:2.6\nUSER ${user}\nRUN npm install\n`
const others = {
  valid: [
    { name: 'DS002: not root allowed', code: 'FROM alpine:3.13\nUSER user1\n' },
    { name: 'DS002: last non root allowed', code: 'FROM alpine:3.13\nUSER root\nUSER user1\n' },
    { name: 'DS002: multi-stage build allowed if last stage uses non root', code: 'FROM alpine:3.13\nUSER root\nFROM alpine:3.14\nUSER user1\n' },
    // Trivy reports the `USER root` of the first stage, the last USER of the file. The image runs as
    // the base image's user: missing-user reports that, on the final FROM.
    { name: 'DS002 (differs): multi-stage build denied if last stage does not specify user', code: 'FROM alpine:3.13\nUSER root\nFROM alpine:3.14\nCOPY blah.zip /blah.zip\n' },
    { name: 'CKV_DOCKER_8: success/Dockerfile', code: 'FROM base\n\nUSER root\nCOPY test.sh /test.sh\n\nUSER checkov\n' },
    { name: 'CKV_DOCKER_8 (differs, from its code): root last in a build stage', code: 'FROM alpine:3.20 AS build\nUSER 10001\nRUN make\nUSER root\nFROM alpine:3.20\nCMD ["sh"]\n' },
    { name: 'kics 67fd0c4a: negative1.dockerfile', code: 'FROM alpine:2.6\nUSER root\nRUN npm install\nUSER guest' },
    {
      name: 'kics 67fd0c4a: negative2.dockerfile (root in a build stage)',
      code: 'FROM golang:1.16 AS builder\nWORKDIR /go/src/github.com/foo/href-counter/\nRUN go get -d -v golang.org/x/net/html  \nCOPY app.go    ./\nRUN CGO_ENABLED=0 GOOS=linux go build -a -installsuffix cgo -o app .\nUSER root\n\nFROM alpine:latest  \nRUN apk --no-cache add ca-certificates\nWORKDIR /root/\nCOPY --from=builder /go/src/github.com/foo/href-counter/app ./\nCMD ["./app"]\nRUN useradd -ms /bin/bash patrick\n\nUSER patrick\n'
    },
    { name: 'kics 67fd0c4a: negative3.dockerfile (lower case)', code: 'from alpine:2.6\nuser root\nrun npm install\nuser guest' },
    { name: 'kics 67fd0c4a: negative4.dockerfile (root group only)', code: 'FROM alpine:2.6\nUSER root\nRUN npm install\nUSER 1000:0\n' },
    { name: 'kics 67fd0c4a: negative5.dockerfile (root group by name)', code: 'FROM alpine:2.6\nUSER root\nRUN npm install\nUSER guest:root\n' },
    { name: 'kics 67fd0c4a: negative6.dockerfile (a UID with a leading zero)', code: 'FROM alpine:2.6\nUSER root\nRUN npm install\nUSER 01000\n' }
  ],
  invalid: [
    { name: 'DS002: last root denied', code: 'FROM alpine:3.13\nRUN apt-get update\nUSER user1\nRUN apt-get update\nUSER root\nRUN apt-get update\n', lines: [5] },
    { name: 'DS002: last root case 2', code: 'FROM alpine:3.13\nUSER user1\nUSER root\n', lines: [3] },
    { name: 'DS002: last root with group denied', code: 'FROM alpine:3.13\nUSER user1\nUSER root:root\n', lines: [3] },
    { name: 'DS002: last root as uid number denied', code: 'FROM alpine:3.13\nUSER user1\nUSER 0\n', lines: [3] },
    { name: 'DS002: last root as uid number with group denied', code: 'FROM alpine:3.13\nUSER user1\nUSER 0:0\n', lines: [3] },
    { name: 'CKV_DOCKER_8: failure/Dockerfile', code: 'FROM base\n\nUSER root\n', lines: [3] },
    { name: 'kics 67fd0c4a: positive1.dockerfile', code: 'FROM alpine:2.6\nUSER root\nRUN npm install', lines: [2] },
    { name: 'kics 67fd0c4a: positive2.dockerfile', code: 'FROM alpine:2.6\nUSER root:root\nRUN npm install', lines: [2] },
    { name: 'kics 67fd0c4a: positive3.dockerfile', code: 'FROM alpine:2.6\nUSER 0\nRUN npm install', lines: [2] },
    { name: 'kics 67fd0c4a: positive4.dockerfile', code: 'FROM alpine:2.6\nUSER 0:0\nRUN npm install', lines: [2] },
    { name: 'kics 67fd0c4a: positive5.dockerfile', code: kicsRun('root:0'), lines: [2] },
    { name: 'kics 67fd0c4a: positive6.dockerfile', code: kicsRun('0:root'), lines: [2] },
    { name: 'kics 67fd0c4a: positive7.dockerfile (lower case)', code: 'from alpine:2.6\nuser root\nrun npm install', lines: [2] },
    { name: 'kics 67fd0c4a: positive8.dockerfile', code: kicsRun('root:wheel'), lines: [2] },
    { name: 'kics 67fd0c4a: positive9.dockerfile', code: kicsRun('0:1000'), lines: [2] },
    { name: 'kics 67fd0c4a: positive10.dockerfile (UID 0 with leading zeros)', code: kicsRun('000'), lines: [2], messages: ['`000`'] },
    { name: 'kics 67fd0c4a: positive11.dockerfile', code: kicsRun('00:1000'), lines: [2] },
    { name: 'kics 67fd0c4a: positive12.dockerfile (a signed UID 0)', code: kicsRun('+0:wheel'), lines: [2] },
    { name: 'kics 67fd0c4a: positive13.dockerfile', code: kicsRun('-0'), lines: [2] }
  ]
}

testRule(rule, {
  valid: [
    ...others.valid,
    'FROM alpine:3.20\nUSER app\n',
    'FROM alpine:3.20\nUSER root\nRUN apk add --no-cache curl\nUSER 10001\n',
    { name: 'root only in a build stage', code: 'FROM alpine:3.20 AS build\nUSER root\nFROM alpine:3.20\nUSER app\n' },
    { name: 'no USER at all (the base image decides; missing-user covers it)', code: 'FROM alpine:3.20\nCMD ["sh"]\n' },
    { name: 'an unknown build arg', code: 'FROM alpine:3.20\nARG RUN_AS\nUSER $RUN_AS\n' },
    { name: 'ONBUILD USER root does not change this image', code: 'FROM alpine:3.20\nUSER app\nONBUILD USER root\n' },
    // hadolint test/Hadolint/Rule/DL3002Spec.hs
    { name: 'DL3002: no root', code: 'FROM scratch\nUSER foo\n' },
    { name: 'DL3002: can switch back to non root', code: 'FROM scratch\nUSER root\nRUN something\nUSER foo\n' },
    { name: 'DL3002: does not warn when switching in multiple stages', code: 'FROM debian as base\nUSER root\nRUN something\nUSER foo\nFROM scratch\nRUN something else\n' },
    // DL3002Spec "warns on multiple stages" expects a warning here, on the build stage. We don't warn:
    // the image runs as foo and the build stage is thrown away. That is why DL3002 is only related.
    { name: 'DL3002 (differs): warns on multiple stages', code: 'FROM debian as base\nUSER root\nRUN something\nFROM scratch\nUSER foo\nRUN something else\n' }
  ],
  invalid: [
    ...others.invalid,
    { code: 'FROM alpine:3.20\nUSER root\n', lines: [2], messages: ['`root`'] },
    { code: 'FROM alpine:3.20\nUSER 0:0\n', lines: [2] },
    { code: 'FROM alpine:3.20\nUSER root:root\n', lines: [2] },
    { name: 'resolved from an ARG default', code: 'FROM alpine:3.20\nARG U=root\nUSER ${U}\n', lines: [3] },
    { name: 'inherited from the stage it is built FROM', code: 'FROM alpine:3.20 AS base\nUSER root\nFROM base\nRUN id\n', lines: [2] },
    // hadolint test/Hadolint/Rule/DL3002Spec.hs
    { name: 'DL3002: last user should not be root', code: 'FROM scratch\nUSER root\n', lines: [2] },
    { name: 'DL3002: no root UID', code: 'FROM scratch\nUSER 0\n', lines: [2] },
    { name: 'DL3002: no root:root', code: 'FROM scratch\nUSER root:root\n', lines: [2] },
    { name: 'DL3002: no UID:GID', code: 'FROM scratch\nUSER 0:0\n', lines: [2] },
    { name: 'DL3002: warns on transitive root user', code: 'FROM debian as base\nUSER root\nRUN something\nFROM base\nRUN something else\n', lines: [2] }
  ]
})
