import rule from '../../src/rules/pin-gem-versions.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM ruby:3.3-slim\n'
const code = (run: string) => FROM + run + '\n'
/** A hadolint spec case and its ONBUILD variant (which the spec sometimes writes differently). */
const spec = (name: string, run: string, onbuildRun = run) => [
  { name: `DL3028: ${name}`, code: code(run) },
  { name: `DL3028: ${name} (onbuild)`, code: code('ONBUILD ' + onbuildRun) }
]
const caught = (cases: { name: string; code: string }[], message?: string) => cases.map((c) => ({ ...c, lines: [2], messages: message ? [message] : undefined }))

// KICS assets/queries/dockerfile/gem_install_without_version/test (negative, positive: the first lines of
// negative1, positive1; negative2, positive2: the same in lower case)
const KICS_PYTHON = 'RUN bundle install\nCOPY requirements.txt /usr/src/app/\nRUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nCOPY app.py /usr/src/app/\nCOPY templates/index.html /usr/src/app/templates/\nEXPOSE 5000\nCMD ["python", "/usr/src/app/app.py"]'
const lower = (file: string) => file.replace(/^[A-Z]+ /gm, (keyword) => keyword.toLowerCase())

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3028Spec.hs
    ...spec('i pinned', 'RUN gem i bundler:1'),
    ...spec('i multi pinned', 'RUN gem i bunlder:1 nokogirii:1', 'RUN gem i bunlder:1 nokogiri:1'),
    ...spec('install pinned', 'RUN gem install bundler:1'),
    ...spec('does not warn on -v', "RUN gem install bundler -v '2.0.1'"),
    ...spec('does not warn on --version without =', "RUN gem install bundler --version '2.0.1'"),
    ...spec('does not warn on --version with =', "RUN gem install bundler --version='2.0.1'"),
    ...spec('extra flags with equal sign and double dashes', 'RUN gem install bundler:2.0.1 -- --use-system-libraries=true'),
    ...spec('extra flags with double dashes', 'RUN gem install bundler:2.0.1 -- --use-system-libraries true'),
    ...spec('extra flags with equal sign', 'RUN gem install bundler:2.0.1 --use-system-libraries=true'),
    // KICS 22cd11f7
    { name: 'kics 22cd11f7: negative', code: 'FROM alpine:3.5\nRUN apk add --update py2-pip\nRUN gem install bundler:2.0.2\n' + KICS_PYTHON + ' ' },
    {
      name: 'kics 22cd11f7: negative1',
      code: 'FROM alpine:3.5\nRUN apk add --update py2-pip\nRUN gem install bundler:2.0.2\n' + KICS_PYTHON + '\nENV GRPC_VERSION 1.0.0\nRUN gem install grpc -v ${GRPC_RUBY_VERSION}\nRUN gem install grpc:${GRPC_VERSION} grpc-tools:${GRPC_VERSION}\n'
    },
    {
      name: 'kics 22cd11f7: negative2',
      code: lower('FROM alpine:3.5\nRUN apk add --update py2-pip\nRUN gem install bundler:2.0.2\n' + KICS_PYTHON + '\nENV GRPC_VERSION 1.0.0\nRUN gem install grpc -v ${GRPC_RUBY_VERSION}\nRUN gem install grpc:${GRPC_VERSION} grpc-tools:${GRPC_VERSION}\n')
    },
    // beyond hadolint
    { name: 'option values are no gems', code: code('RUN gem install --install-dir /opt/gems --source https://rubygems.org -n /usr/local/bin rails:7.1.3') },
    { name: 'a gem file', code: code('RUN gem install ./pkg/app-1.0.0.gem') },
    { name: 'not an install', code: code('RUN gem update --system 3.5.22 && gem uninstall bundler && gem cleanup') },
    { name: 'an unknown variable is not guessed at', code: code('RUN gem install $GEMS bundler:$BUNDLER_VERSION') }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3028Spec.hs
    ...caught(spec('i unpinned', 'RUN gem i bundler'), '`gem i` names `bundler` without a fixed version, so each build may install a different one: pin it, e.g. `bundler:<version>`.'),
    ...caught(spec('i multi', 'RUN gem i bunlder:1 nokogiri'), '`nokogiri`'),
    ...caught(spec('install unpinned', 'RUN gem install bundler'), '`gem install` names `bundler`'),
    // hadolint passes this one (it skips the word after every option); gem has no such option, so the
    // word is read as a gem (see `differences`).
    ...caught(spec('extra flags', 'RUN gem install bundler:2.0.1 --use-system-libraries true'), '`true`'),
    // KICS 22cd11f7: `gem install grpc -v X blunder` (line 5) is reported there; gem refuses `-v` with
    // several gems ("Can't use --version with multiple gems"), so the build stops before installing any
    { name: 'kics 22cd11f7: positive', code: 'FROM alpine:3.5\nRUN apk add --update py2-pip\nRUN gem install bundler\n' + KICS_PYTHON + ' ', lines: [3] },
    {
      name: 'kics 22cd11f7: positive1 (differs: line 5)',
      code: 'FROM alpine:3.5\nRUN apk add --update py2-pip\nRUN gem install bundler\nRUN ["gem", "install", "blunder"]\nRUN gem install grpc -v ${GRPC_RUBY_VERSION} blunder\n' + KICS_PYTHON + '\n',
      lines: [3, 4]
    },
    {
      name: 'kics 22cd11f7: positive2 (differs: line 5)',
      code: lower('FROM alpine:3.5\nRUN apk add --update py2-pip\nRUN gem install bundler\nRUN ["gem", "install", "blunder"]\nRUN gem install grpc -v ${GRPC_RUBY_VERSION} blunder\n' + KICS_PYTHON + '\n'),
      lines: [3, 4]
    },
    // beyond hadolint: the word after a flag that takes no value is a gem (hadolint misses it)
    { name: 'after --no-document', code: code('RUN gem install --no-document rails'), lines: [2], messages: ['`rails`'] },
    { name: 'after -N and --user-install', code: code('RUN gem install -N --user-install rails puma:6.4.3'), lines: [2], messages: ['names `rails` without'] },
    { name: 'a known list in a variable', code: FROM + 'ARG GEMS="rake rspec:3.13.0"\nRUN gem install $GEMS\n', lines: [3], messages: ['`rake` (from `$GEMS`)'] },
    { name: 'exec form', code: code('RUN ["gem", "install", "bundler"]'), lines: [2] }
  ]
})
