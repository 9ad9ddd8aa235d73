import rule from '../../src/rules/pin-yum-versions.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM amazonlinux:2\n'
const code = (run: string) => FROM + run + '\n'
/** A hadolint spec case and its ONBUILD variant (when the spec has one). */
const spec = (name: string, run: string, onbuild = true) => [
  { name: `DL3033: ${name}`, code: code(run) },
  ...(onbuild ? [{ name: `DL3033: ${name} (onbuild)`, code: code('ONBUILD ' + run) }] : [])
]
const caught = (cases: { name: string; code: string }[], message?: string) => cases.map((c) => ({ ...c, lines: [2], messages: message ? [message] : undefined }))

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3033Spec.hs
    ...spec('ok with yum version pinning', 'RUN yum install -y tomcat-9.2 && yum clean all'),
    ...spec('not even a yum command', 'RUN bash -c `# not even a yum command`'),
    ...spec('version contains epoch', 'RUN yum install -y openssl-1:1.1.1k'),
    ...spec('package name contains `-`', 'RUN yum install -y rpm-sign-4.16.1.3'),
    ...spec('package name contains `-` and `+`', 'RUN yum install -y gcc-c++-1.1.1'),
    ...spec('modules', 'RUN yum module install -y tomcat:9 && yum clean all'),
    ...spec('via shell variable (braces)', 'RUN yum install -y "git-core-${GIT_VER}" && yum clean all'),
    ...spec('via shell variable (which)', 'RUN yum install -y "which-${WHICH_VERSION}" && yum clean all', false),
    ...spec('via shell variable (name with `-`)', 'RUN yum install -y "rpm-sign-${VERSION}" && yum clean all', false),
    ...spec('via shell variable (no braces)', 'RUN yum install -y tomcat-$VERSION && yum clean all', false),
    // KICS 6452c424 (negative1 is negative without its last line; positive2 and negative2 are in lower case)
    {
      name: 'kics 6452c424: negative',
      code: 'FROM opensuse/leap:15.2\nRUN yum install -y httpd-2.24.2 && yum clean all\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\n\n\nFROM opensuse/leap:15.3\nENV RETHINKDB_PACKAGE_VERSION 2.4.0~0trusty\nRUN yum install -y rethinkdb-$RETHINKDB_PACKAGE_VERSION && yum clean all\nRUN ["pwsh.exe", "-NoLogo", "-Command", "vcpkg integrate install"]\n'
    },
    // beyond hadolint
    { name: 'release and architecture', code: code('RUN yum install -y tomcat-7.0.76-16.amzn2.noarch') },
    { name: 'a package file or URL', code: code('RUN yum localinstall -y ./app.rpm && yum install -y https://example.com/app-1.0-1.x86_64.rpm') },
    { name: 'groups and provides', code: code("RUN yum install -y @development 'perl(JSON)'") },
    { name: 'option values are no packages', code: code('RUN yum install -y --enablerepo epel --setopt=tsflags=nodocs jq-1.6') },
    { name: 'a known version', code: FROM + 'ARG TOMCAT=7.0.76\nRUN yum install -y tomcat-$TOMCAT\n' },
    { name: 'not an install', code: code('RUN yum update -y && yum remove -y tomcat && yum groupinstall -y "Development Tools"') },
    { name: 'dnf is the other rule', code: code('RUN dnf install -y tomcat') }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3033Spec.hs
    ...caught(spec('not ok without yum version pinning', 'RUN yum install -y tomcat && yum clean all'), '`yum install` names `tomcat` without a fixed version, so each build may install a different one: pin it, e.g. `tomcat-<version>`.'),
    ...caught(spec('not ok without yum version pinning - modules', 'RUN yum module install -y tomcat && yum clean all'), '`yum module install` names `tomcat` without a fixed version, so each build may install a different one: pin it, e.g. `tomcat:<stream>`.'),
    // KICS 6452c424 (positive is positive1 without its exec-form RUN)
    { name: 'kics 6452c424: positive1', code: 'FROM opensuse/leap:15.2\nRUN yum install -y httpd && yum clean all\nRUN ["yum", "install", "httpd"]\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\n', lines: [2, 3] },
    // beyond hadolint
    { name: 'a dash in the name is no version', code: code('RUN yum install -y rpm-sign python3-pip'), lines: [2], messages: ['names `rpm-sign` and `python3-pip` without'] },
    { name: 'a known list in a variable', code: FROM + 'ARG PKGS="tomcat jq-1.6"\nRUN yum install -y $PKGS\n', lines: [3], messages: ['`tomcat` (from `$PKGS`)'] },
    { name: 'inside sh -c', code: code(`RUN sh -c 'yum install -y tomcat'`), lines: [2] }
  ]
})
