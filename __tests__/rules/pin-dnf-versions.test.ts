import rule from '../../src/rules/pin-dnf-versions.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM fedora:41\n'
const code = (run: string) => FROM + run + '\n'
/** A hadolint spec case and its ONBUILD variant (when the spec has one). */
const spec = (name: string, run: string, onbuild = true) => [
  { name: `DL3041: ${name}`, code: code(run) },
  ...(onbuild ? [{ name: `DL3041: ${name} (onbuild)`, code: code('ONBUILD ' + run) }] : [])
]
const caught = (cases: { name: string; code: string }[], message?: string) => cases.map((c) => ({ ...c, lines: [2], messages: message ? [message] : undefined }))

// KICS assets/queries/dockerfile/missing_version_specification_in_dnf_install/test (positive2 is positive1 in
// lower case)
const HTTPD = 'COPY index.html /var/www/html/index.html\nEXPOSE 80\nENTRYPOINT /usr/sbin/httpd -DFOREGROUND\n'

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3041Spec.hs
    ...spec('ok with dnf version pinning', 'RUN dnf install -y tomcat-9.0.1 && dnf clean all'),
    ...spec('ok with microdnf version pinning', 'RUN microdnf install -y tomcat-9.0.1 && microdnf clean all'),
    ...spec('pinned, but not dnf', 'RUN notdnf install openssl-1:1.1.1k'),
    ...spec('not pinned, and not dnf', 'RUN notdnf install tomcat'),
    ...spec('package name with `-`', 'RUN dnf install -y rpm-sign-4.16.1.3 && dnf clean all'),
    ...spec('package name with `-` (microdnf)', 'RUN microdnf install -y rpm-sign-4.16.1.3 && microdnf clean all'),
    ...spec('package name with `-` and `+`', 'RUN dnf install -y gcc-c++-1.1.1'),
    ...spec('package name with `-` and `+` (microdnf)', 'RUN microdnf install -y gcc-c++-1.1.1'),
    ...spec('package version with epoch', 'RUN dnf install -y openssl-1:1.1.1k'),
    ...spec('package version with epoch (microdnf)', 'RUN microdnf install -y openssl-1:1.1.1k'),
    ...spec('modules', 'RUN dnf module install -y tomcat:9 && dnf clean all'),
    ...spec('modules (microdnf)', 'RUN microdnf module install -y tomcat:9 && microdnf clean all'),
    ...spec('modules, but not dnf', 'RUN notdnf module install tomcat'),
    ...spec('via shell variable (braces)', 'RUN dnf install -y "git-core-${GIT_VER}" && dnf clean all'),
    ...spec('via shell variable (name with `-`)', 'RUN dnf install -y "rpm-sign-${VERSION}" && dnf clean all', false),
    ...spec('via shell variable (no braces)', 'RUN dnf install -y tomcat-$VERSION && dnf clean all', false),
    ...spec('via shell variable (microdnf)', 'RUN microdnf install -y "git-core-${GIT_VER}" && microdnf clean all', false),
    // KICS 93d88cf7
    {
      name: 'kics 93d88cf7: negative',
      code: 'FROM fedora:latest\nRUN dnf -y update && dnf -y install httpd-2.24.2 && dnf clean all\nRUN ["dnf", "install", "httpd-2.24.2"]\nRUN dnf install -v zip-3.0\n' + HTTPD
    },
    { name: 'kics 93d88cf7: negative2', code: 'from fedora:latest\nrun dnf -y update && dnf -y install httpd-2.24.2 && dnf clean all\nrun ["dnf", "install", "httpd-2.24.2"]\ncopy index.html /var/www/html/index.html\nexpose 80\nentrypoint /usr/sbin/httpd -DFOREGROUND\n' },
    // beyond hadolint
    { name: 'release, architecture and a glob', code: code('RUN dnf install -y nginx-1.26.2-1.fc41.x86_64 nodejs-1:20.*') },
    { name: 'groups, module specs and provides', code: code("RUN dnf install -y @development-tools @nodejs:20 'dnf-command(config-manager)'") },
    { name: 'group install', code: code('RUN dnf group install -y "Development Tools"') },
    { name: 'option values are no packages', code: code('RUN dnf install -y --setopt install_weak_deps=False --repo fedora jq-1.7.1') },
    { name: 'a known version', code: FROM + 'ARG NGINX_VERSION=1.26.2\nRUN dnf install -y nginx-${NGINX_VERSION}\n' },
    { name: 'yum is the other rule', code: code('RUN yum install -y tomcat') }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3041Spec.hs
    ...caught(spec('not ok without dnf version pinning', 'RUN dnf install -y tomcat && dnf clean all'), '`dnf install` names `tomcat` without a fixed version, so each build may install a different one: pin it, e.g. `tomcat-<version>`.'),
    ...caught(spec('not ok without microdnf version pinning', 'RUN microdnf install -y tomcat && microdnf clean all', false), '`microdnf install` names `tomcat`'),
    ...caught(spec('package name with `-`', 'RUN dnf install -y rpm-sign && dnf clean all'), '`rpm-sign`'),
    ...caught(spec('package name with `-` (microdnf)', 'RUN microdnf install -y rpm-sign && microdnf clean all', false)),
    ...caught(spec('modules', 'RUN dnf module install -y tomcat && dnf clean all'), '`dnf module install` names `tomcat` without a fixed version, so each build may install a different one: pin it, e.g. `tomcat:<stream>`.'),
    ...caught(spec('modules (microdnf)', 'RUN microdnf module install -y tomcat && microdnf clean all', false)),
    // KICS 93d88cf7 skips a package that a `-v` follows, so line 5 passes there; `-v` is dnf's --verbose
    {
      name: 'kics 93d88cf7: positive (differs: line 5)',
      code: 'FROM fedora:latest\nRUN dnf -y update && dnf -y install httpd && dnf clean all\nRUN ["dnf", "install", "httpd"]\nRUN dnf install -v -y zip\nRUN dnf install zip -v\n' + HTTPD,
      lines: [2, 3, 4, 5]
    },
    { name: 'kics 93d88cf7: positive1', code: 'FROM fedora:latest\nRUN dnf -y update && dnf -y install httpd && dnf clean all\nRUN ["dnf", "install", "httpd"]\n' + HTTPD, lines: [2, 3] },
    // beyond hadolint
    { name: 'tdnf', code: code('RUN tdnf install -y curl'), lines: [2] },
    { name: 'a known list in a variable', code: FROM + 'ARG PKGS="nginx jq-1.7.1"\nRUN dnf install -y $PKGS\n', lines: [3], messages: ['`nginx` (from `$PKGS`)'] },
    { name: 'inside a heredoc', code: code('RUN <<EOF\ndnf install -y nginx\ndnf clean all\nEOF'), lines: [3] }
  ]
})
