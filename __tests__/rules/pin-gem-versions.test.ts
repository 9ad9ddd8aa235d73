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
    // beyond hadolint: the word after a flag that takes no value is a gem (hadolint misses it)
    { name: 'after --no-document', code: code('RUN gem install --no-document rails'), lines: [2], messages: ['`rails`'] },
    { name: 'after -N and --user-install', code: code('RUN gem install -N --user-install rails puma:6.4.3'), lines: [2], messages: ['names `rails` without'] },
    { name: 'a known list in a variable', code: FROM + 'ARG GEMS="rake rspec:3.13.0"\nRUN gem install $GEMS\n', lines: [3], messages: ['`rake` (from `$GEMS`)'] },
    { name: 'exec form', code: code('RUN ["gem", "install", "bundler"]'), lines: [2] }
  ]
})
