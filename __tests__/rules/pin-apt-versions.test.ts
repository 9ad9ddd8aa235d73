import rule from '../../src/rules/pin-apt-versions.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM debian:bookworm-slim\n'
/** A hadolint spec case and its ONBUILD variant. */
const spec = (name: string, run: string) => [
  { name: `DL3008: ${name}`, code: FROM + run },
  { name: `DL3008: ${name} (onbuild)`, code: FROM + 'ONBUILD ' + run }
]

// KICS assets/queries/dockerfile/apt_get_install_pin_version_not_defined/test (positive3 is positive in
// lower case, negative4 the first two lines of negative in lower case)
const QT = '    python-qt4 \\\n    python-pyside \\\n    python-pip \\\n    python3-pip \\\n    python3-pyqt5\n'
const KICS_POSITIVE =
  'FROM busybox\nRUN apt-get install python\nRUN ["apt-get", "install", "python"]\n\nFROM busybox2\nRUN apt-get install -y -t python\n\nFROM busybox3\nRUN apt-get update && apt-get install -y \\\n' + QT
const KICS_POSITIVE2 =
  'FROM busybox4\nRUN apt-get install python\nRUN ["apt-get", "install", "python"]\n\nFROM busybox5\nRUN apt-get install -y -t python\n\nFROM busybox6\nRUN apt-get update ; \\\n    apt-get install -y \\\n' + QT
const KICS_NEGATIVE2 =
  'FROM busyboxneg2\nRUN apt-get install python=2.7\n\nFROM busyboxneg3\nRUN apt-get install -y -t python=2.7\n\nFROM busyboxneg4\nRUN apt-get update; \\\n    apt-get install -y \\\n    python-qt4=4.11 \\\n    python-pyside=6.0.1 \\\n    python-pip=1.0.2 \\\n    python3-pip=1.0 \\\n    python3-pyqt5=5\n'

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3008Spec.hs
    ...spec('pinned chained', 'RUN apt-get update \\\n && apt-get -yqq --no-install-recommends install nodejs=0.10 \\\n && rm -rf /var/lib/apt/lists/*\n'),
    ...spec('pinned regression', 'RUN apt-get update && apt-get install --no-install-recommends -y \\\npython-demjson=2.2.2* \\\nwget=1.16.1* \\\ngit=1:2.5.0* \\\nruby=1:2.1.*\n'),
    ...spec('version', 'RUN apt-get install -y python=1.2.2\n'),
    ...spec('package file', 'RUN apt-get install ./wkhtmltox_0.12.5-1.bionic_amd64.deb\n'),
    ...spec('pinned', 'RUN apt-get -y --no-install-recommends install nodejs=0.10\n'),
    ...spec(
      'tolerate target-release',
      'RUN set -e &&\\\n echo "deb http://http.debian.net/debian jessie-backports main" > /etc/apt/sources.list.d/jessie-backports.list &&\\\n apt-get update &&\\\n apt-get install -y --no-install-recommends -t jessie-backports openjdk-8-jdk=8u131-b11-1~bpo8+1 &&\\\n rm -rf /var/lib/apt/lists/*\n'
    ),
    // KICS 965a08d7
    { name: 'kics 965a08d7: negative', code: 'FROM busybox\nRUN apt-get install python=2.7\nRUN ["pwsh.exe", "-NoLogo", "-Command", "vcpkg integrate install"]\n' },
    { name: 'kics 965a08d7: negative2', code: KICS_NEGATIVE2 },
    { name: 'kics 965a08d7: negative3', code: 'FROM busybox\nRUN apt-get install python=2.7 ; echo "A" && echo "B"' },
    { name: 'kics 965a08d7: negative4', code: 'from busybox\nrun apt-get install python=2.7' },
    // beyond hadolint
    { name: 'a release instead of a version', code: FROM + 'RUN apt-get install -y curl/bookworm-backports\n' },
    { name: '--target-release=value', code: FROM + 'RUN apt-get install -y --target-release=bookworm-backports curl=8.5.0-1~bpo12+1\n' },
    { name: 'a removal in the install', code: FROM + 'RUN apt-get install -y curl=7.88.1-10 wget-\n' },
    { name: 'not an install', code: FROM + 'RUN apt-get update && apt-get purge -y curl && apt-get download wget\n' },
    { name: 'reinstall keeps the installed version', code: FROM + 'RUN apt-get reinstall -y ca-certificates\n' },
    { name: 'an unknown variable is not guessed at', code: FROM + 'ARG PACKAGES\nRUN apt-get install -y $PACKAGES\n' },
    { name: 'a variable the script sets', code: FROM + 'ARG PKGS="curl git"\nRUN PKGS="curl=1 git=2" && apt-get install -y $PKGS\n' },
    { name: 'a version from a variable', code: FROM + 'ARG CURL_VERSION\nRUN apt-get install -y curl=$CURL_VERSION "git=${GIT_VERSION}"\n' },
    { name: 'a command substitution', code: FROM + 'RUN apt-get install -y $(cat /tmp/packages.txt) linux-headers-$(uname -r)\n' },
    { name: 'a pinned list in a variable', code: FROM + 'ARG PKGS="curl=7.88.1-10 git=1:2.39.5-0"\nRUN apt-get install -y $PKGS\n' },
    { name: 'other package managers', code: FROM + 'RUN apk add curl && pip install flask\n' }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3008Spec.hs
    ...spec('version pinning', 'RUN apt-get update && apt-get install python\n').map((c) => ({
      ...c,
      lines: [2],
      messages: ['`apt-get install` names `python` without a fixed version, so each build may install a different one: pin it, e.g. `python=<version>`.']
    })),
    // KICS 965a08d7: `-t python` names a release, no package (KICS also reports line 6); one finding per
    // command, at its first unpinned package (KICS: one per package, at the RUN)
    { name: 'kics 965a08d7: positive (differs: -t takes a value)', code: KICS_POSITIVE, lines: [2, 3, 10] },
    { name: 'kics 965a08d7: positive2 (differs: -t takes a value)', code: KICS_POSITIVE2, lines: [2, 3, 11] },
    { name: 'kics 965a08d7: positive3 (differs: -t takes a value)', code: KICS_POSITIVE.replace(/^(FROM|RUN) /gm, (k) => k.toLowerCase()), lines: [2, 3, 10] },
    // beyond hadolint
    { name: 'one finding per command, naming each package', code: FROM + 'RUN apt-get install -y curl=7.88.1-10 git vim\n', lines: [2], messages: ['names `git` and `vim` without a fixed version, so each build may install different ones: pin each, e.g. `git=<version>`.'] },
    { name: 'many packages', code: FROM + 'RUN apt-get install -y a b c d e\n', lines: [2], messages: ['names `a`, `b`, `c` and 2 more without'] },
    { name: 'apt install', code: FROM + 'RUN apt install -y curl\n', lines: [2], messages: ['`apt install` names `curl`'] },
    { name: 'aptitude install', code: FROM + 'RUN aptitude install -y curl\n', lines: [2] },
    { name: 'the target release alone pins nothing', code: FROM + 'RUN apt-get install -y -t bookworm-backports curl\n', lines: [2], messages: ['`curl`'] },
    { name: 'architecture without version', code: FROM + 'RUN apt-get install -y libc6:amd64\n', lines: [2] },
    { name: 'the package on its own line', code: FROM + 'RUN apt-get update && apt-get install -y \\\n    curl=7.88.1-10 \\\n    git \\\n && rm -rf /var/lib/apt/lists/*\n', lines: [4] },
    { name: 'a known list in a variable', code: FROM + 'ARG PKGS="curl git=1:2.39.5-0"\nRUN apt-get install -y $PKGS\n', lines: [3], messages: ['names `curl` (from `$PKGS`) without'] },
    { name: 'an ENV list', code: FROM + 'ENV BUILD_DEPS="gcc make"\nRUN apt-get install -y ${BUILD_DEPS}\n', lines: [3], messages: ['names `gcc` (from `${BUILD_DEPS}`) and `make` without'] },
    { name: 'sudo', code: FROM + 'RUN sudo apt-get install -y curl\n', lines: [2] },
    { name: 'inside sh -c', code: FROM + `RUN sh -c 'apt-get update && apt-get install -y curl'\n`, lines: [2] },
    { name: 'inside a heredoc', code: FROM + 'RUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n', lines: [4] },
    { name: 'exec form', code: FROM + 'RUN ["apt-get", "install", "-y", "curl"]\n', lines: [2] },
    { name: 'each stage', code: FROM + 'RUN apt-get install -y gcc\nFROM debian:bookworm-slim\nRUN apt-get install -y curl\n', lines: [2, 4] }
  ]
})
