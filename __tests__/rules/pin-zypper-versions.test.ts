import rule from '../../src/rules/pin-zypper-versions.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM opensuse/leap:15.6\n'
const code = (run: string) => FROM + run + '\n'
/** A hadolint spec case and its ONBUILD variant. */
const spec = (name: string, run: string) => [
  { name: `DL3037: ${name}`, code: code(run) },
  { name: `DL3037: ${name} (onbuild)`, code: code('ONBUILD ' + run) }
]

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3037Spec.hs (`\\>` there is `\>` here: an escaped `>`)
    ...spec('=', 'RUN zypper install -y tomcat=9.0.39 && zypper clean'),
    ...spec('>=', 'RUN zypper install -y tomcat\\>=9.0 && zypper clean'),
    ...spec('>', 'RUN zypper install -y tomcat\\>9.0 && zypper clean'),
    ...spec('<=', 'RUN zypper install -y tomcat\\<=9.0 && zypper clean'),
    ...spec('<', 'RUN zypper install -y tomcat\\<9.0 && zypper clean'),
    ...spec('package file', 'RUN zypper install -y tomcat-9.0.39-1.rpm && zypper clean'),
    // KICS 562952e4
    { name: 'kics 562952e4: negative', code: 'FROM opensuse/leap:15.2\nRUN zypper install -y httpd=2.4.46 && zypper clean\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\nRUN ["pwsh.exe", "-NoLogo", "-Command", "vcpkg integrate install"]\n' },
    // beyond hadolint
    { name: 'quoted bound', code: code("RUN zypper --non-interactive in 'curl>=8.6'") },
    { name: 'patterns have no version', code: code('RUN zypper install -y -t pattern devel_basis && zypper in -y pattern:devel_C_C++') },
    { name: 'a repository value is no package', code: code('RUN zypper install -y --from devel curl=8.6.0') },
    { name: 'not an install', code: code('RUN zypper refresh && zypper remove -y curl && zypper addrepo https://example.com/repo x') },
    { name: 'an unknown variable is not guessed at', code: code('RUN zypper install -y $PACKAGES') }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3037Spec.hs
    ...spec('not ok without zypper version pinning', 'RUN zypper install -y tomcat && zypper clean').map((c) => ({
      ...c,
      lines: [2],
      messages: ['`zypper install` names `tomcat` without a fixed version, so each build may install a different one: pin it, e.g. `tomcat=<version>`.']
    })),
    // KICS 562952e4 (positive1 as its expected results give it)
    { name: 'kics 562952e4: positive', code: 'FROM opensuse/leap:15.2\nRUN zypper install -y httpd && zypper clean\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\n', lines: [2] },
    { name: 'kics 562952e4: positive1', code: 'FROM opensuse/leap:15.2\nRUN zypper install -y httpd && zypper clean\nRUN ["zypper", "install", "http"]\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\n', lines: [2, 3] },
    // beyond hadolint
    { name: 'zypper in', code: code('RUN zypper --non-interactive in curl git=2.43.0'), lines: [2], messages: ['`zypper in` names `curl` without'] },
    { name: '-t package is a package', code: code('RUN zypper install -y -t package curl'), lines: [2] },
    { name: 'a known list in a variable', code: FROM + 'ENV PKGS="curl git"\nRUN zypper install -y $PKGS\n', lines: [3] }
  ]
})
