import rule from '../../src/rules/exec-form-cmd.js'
import { testRule } from '../helpers/test-rule.js'

// hadolint's test/Hadolint/Rule/DL3025Spec.hs (the newest version stored), case by case; it has no
// ONBUILD variants. Its "warn on HEALTHCHECK CMD shell notation" case passes here on purpose (see the
// rule's `differences`), which is why DL3025 is only related.
const hadolint = {
  valid: [
    { name: "single quotes: valid-json-form's error, not reported twice", code: "FROM node:22\nCMD ['node', 'server.js']\n" },
    { name: 'a shell form that ends by exec-ing the program', code: "FROM nginx:1.27\nCMD echo -e \"docs at http://0.0.0.0:4000\"; exec nginx -g 'daemon off;'\n" },
    { name: "DL3025: don't warn on ENTRYPOINT json notation", code: 'FROM scratch as build\nENTRYPOINT ["foo", "bar"]\n' },
    { name: "DL3025: don't warn on CMD json notation", code: 'FROM scratch as build\nCMD ["foo", "bar"]\nCMD [ "foo", "bar" ]\n' },
    {
      name: "DL3025: don't warn on CMD JSON notation with broken long strings",
      code: 'CMD [ "/bin/sh", "-c", \\\n      "echo foo && \\\n       echo bar" \\\n    ]\n'
    },
    { name: "DL3025: don't warn on HEALTHCHECK CMD json notation", code: 'HEALTHCHECK CMD [ "foobar" ]\n' },
    { name: 'DL3025 (differs): warn on HEALTHCHECK CMD shell notation', code: 'HEALTHCHECK CMD foobar\n' }
  ],
  invalid: [
    { name: 'DL3025: warn on ENTRYPOINT', code: 'FROM node as foo\nENTRYPOINT something\n', lines: [2], messages: ['`ENTRYPOINT something` is in shell form: `/bin/sh -c` runs it and may stay the main process'] },
    { name: 'DL3025: warn on CMD', code: 'FROM node as foo\nCMD something\n', lines: [2], messages: ['`CMD something` is in shell form'], fix: '["something"]' }
  ]
}

// BuildKit's frontend/dockerfile/dockerfile_lint_test.go, testJSONArgsRecommended. BuildKit passes a
// shell form once SHELL has been changed in the stage or a stage it is built FROM; this rule does not
// (see the rule's `differences`), which is why JSONArgsRecommended is only related.
const buildkit = {
  invalid: [
    { name: 'BuildKit JSONArgsRecommended: CMD in shell form', code: '\nFROM scratch\nCMD mycommand\n', lines: [3], fix: '["mycommand"]' },
    { name: 'BuildKit JSONArgsRecommended: ENTRYPOINT in shell form', code: '\nFROM scratch\nENTRYPOINT mycommand\n', lines: [3] },
    { name: 'BuildKit JSONArgsRecommended (differs): CMD after SHELL', code: '\nFROM scratch\nSHELL ["/usr/bin/customshell"]\nCMD mycommand\n', lines: [4], messages: ['`/usr/bin/customshell` runs it'] },
    { name: 'BuildKit JSONArgsRecommended (differs): ENTRYPOINT after SHELL', code: '\nFROM scratch\nSHELL ["/usr/bin/customshell"]\nENTRYPOINT mycommand\n', lines: [4] },
    { name: 'BuildKit JSONArgsRecommended (differs): CMD after SHELL in the parent stage', code: '\nFROM scratch AS base\nSHELL ["/usr/bin/customshell"]\n\nFROM base\nCMD mycommand\n', lines: [6] },
    { name: 'BuildKit JSONArgsRecommended (differs): ENTRYPOINT after SHELL in the parent stage', code: '\nFROM scratch AS base\nSHELL ["/usr/bin/customshell"]\n\nFROM base\nENTRYPOINT mycommand\n', lines: [6] }
  ]
}

// KICS's not_using_json_in_cmd_and_entrypoint_arguments/test (b86987e1), case by case. KICS looks at the
// final stage only; this rule checks every stage, as hadolint and BuildKit do (a stage can be built and
// run with `--target`). Its samples' broken arrays (`[python, app.py]`) are valid-json-form's errors.
const python = 'FROM alpine:3.5\nRUN apk add --update py2-pip\nRUN sudo yum install bundler\nRUN yum install\nCOPY requirements.txt /usr/src/app/\nRUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nCOPY app.py /usr/src/app/\nCOPY templates/index.html /usr/src/app/templates/\nEXPOSE 5000\n'
const kics = {
  valid: [
    { name: 'kics b86987e1: negative1.dockerfile', code: `${python}CMD ["python", "/usr/src/app/app.py"] \nENTRYPOINT ["top", "-b"]` },
    // Unquoted words in brackets are not JSON: valid-json-form reports them as an error, so this style rule does not.
    // negative2's build stage has the same unquoted arrays: valid-json-form's error there too.
    { name: 'kics b86987e1: negative2.dockerfile', code: 'FROM golang:1.16 AS builder\nWORKDIR /go/src/github.com/alexellis/href-counter/\nRUN go get -d -v golang.org/x/net/html  \nCOPY app.go    ./\nRUN CGO_ENABLED=0 GOOS=linux go build -a -installsuffix cgo -o app .\nCMD [python, /usr/src/app/app.py] \nENTRYPOINT [top, -b]\n\nFROM alpine:latest  \nRUN apk --no-cache add ca-certificates\nWORKDIR /root/\nCOPY --from=builder /go/src/github.com/alexellis/href-counter/app ./\nCMD ["./app"]\nRUN useradd -ms /bin/bash patrick\n\nUSER patrick\n' },
    { name: 'kics b86987e1 (differs): positive.dockerfile', code: `${python}CMD [python, /usr/src/app/app.py] \nENTRYPOINT [top, -b]` }
  ],
  invalid: []
}

testRule(rule, {
  valid: [
    ...hadolint.valid,
    ...kics.valid,
    { name: 'a shell form that execs the program', code: 'FROM python:3.12-slim\nCMD exec gunicorn --bind :$PORT app:app\n' },
    { name: 'HEALTHCHECK CMD in shell form', code: 'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n' },
    { name: 'an empty JSON array', code: 'FROM alpine:3.20\nENTRYPOINT []\n' },
    { name: 'an ONBUILD CMD in JSON form', code: 'FROM alpine:3.20\nONBUILD CMD ["app"]\n' }
  ],
  invalid: [
    ...hadolint.invalid,
    ...buildkit.invalid,
    ...kics.invalid,
    { name: 'a plain CMD gets its JSON form', code: 'FROM node:22\nCMD node server.js --port=8080\n', lines: [2], messages: ['`CMD ["node", "server.js", "--port=8080"]`'], fix: '["node", "server.js", "--port=8080"]' },
    { name: 'ENTRYPOINT gets no fix: CMD would become its arguments', code: 'FROM node:22\nENTRYPOINT node server.js\n', lines: [2], messages: ['the arguments of `docker run` and CMD are ignored'] },
    { name: 'a shell test starting with `[` is shell form', code: 'FROM node:22\nCMD [ -f /app/ready ] && node server.js\n', lines: [2], messages: ['is in shell form'] },
    { name: 'shell syntax gets no fix', code: 'FROM node:22\nCMD node server.js --port $PORT\n', lines: [2], messages: ['`CMD ["program", "arg"]`'] },
    { name: 'the SHELL that runs it is named', code: 'FROM debian:bookworm-slim\nSHELL ["/bin/bash", "-c"]\nCMD ./start.sh\n', lines: [3], messages: ['`/bin/bash -c` runs it'] },
    { name: 'an ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD CMD run.sh\n', lines: [2] },
    { name: 'over a line continuation', code: 'FROM alpine:3.20\nCMD \\\n  run.sh\n', lines: [3] },
    { name: 'a Windows stage', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD app.exe\n', lines: [3], messages: ['`cmd /S /C` runs it'] }
  ]
})
