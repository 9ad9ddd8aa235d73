import rule from '../../src/rules/pin-apk-versions.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM alpine:3.20\n'
/** A hadolint spec case and its ONBUILD variant. */
const spec = (name: string, run: string) => [
  { name: `DL3018: ${name}`, code: FROM + run },
  { name: `DL3018: ${name} (onbuild)`, code: FROM + 'ONBUILD ' + run }
]

// KICS assets/queries/dockerfile/unpinned_package_version_in_apk_add/test: an image of each kind (positive2 is
// positive1 in lower case; positive is positive1 without its exec-form RUN)
const KICS_PYTHON = 'RUN sudo pip install --upgrade pip\nCOPY requirements.txt /usr/src/app/\nRUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nCOPY app.py /usr/src/app/\nCOPY templates/index.html /usr/src/app/templates/\nEXPOSE 5000\n'
const KICS_POSITIVE1 =
  'FROM alpine:3.9\nRUN apk add --update py-pip\n' + KICS_PYTHON + 'ENV TEST="test"\nCMD ["python", "/usr/src/app/app.py"]\n\nFROM alpine:3.7\nRUN apk add py-pip && apk add tea\nRUN apk add py-pip \\\n    && rm -rf /tmp/*\nRUN apk add --dir /dir libimagequant \\\n    && minidlna\nRUN ["apk", "add", "py-pip"]\n' + KICS_PYTHON + 'CMD ["python"]\n'
const KICS_NEGATIVE = (second: string) =>
  'FROM alpine:3.4\nRUN apk add --update py-pip=7.1.2-r0\n' + KICS_PYTHON + 'CMD ["python", "/usr/src/app/app.py"]\n\nFROM alpine:3.1\n' + second + KICS_PYTHON + 'CMD ["python", "/usr/src/app/app.py"]\n'

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3018Spec.hs
    ...spec('version pinned', 'RUN apk add flex=2.6.4-r1\n'),
    ...spec('tilde version pinned', 'RUN apk add --no-cache git~2.52.0\n'),
    ...spec('version pinned chained', 'RUN apk add --no-cache flex=2.6.4-r1 \\\n && pip install -r requirements.txt\n'),
    ...spec('version pinned regression', 'RUN apk add --no-cache \\\nflex=2.6.4-r1 \\\nlibffi=3.2.1-r3 \\\npython2=2.7.13-r1 \\\nlibbz2=1.0.6-r5\n'),
    ...spec(
      'virtual package',
      'RUN apk add \\\n--virtual build-dependencies \\\npython-dev=1.1.1 build-base=2.2.2 wget=3.3.3 \\\n&& pip install -r requirements.txt \\\n&& python setup.py install \\\n&& apk del build-dependencies\n'
    ),
    ...spec('repository without equal sign', 'RUN apk add --no-cache \\\n--repository https://nl.alpinelinux.org/alpine/edge/testing \\\nflow=0.78.0-r0\n'),
    ...spec('repository with equal sign', 'RUN apk add --no-cache \\\n--repository=https://nl.alpinelinux.org/alpine/edge/testing \\\nflow=0.78.0-r0\n'),
    ...spec('repository (-X) without equal sign', 'RUN apk add --no-cache \\\n-X https://nl.alpinelinux.org/alpine/edge/testing \\\nflow=0.78.0-r0\n'),
    ...spec('package file', 'RUN apk add mypackage-1.1.1.apk\n'),
    // KICS d3499f6d (negative3 is negative with an exec-form RUN, in lower case)
    { name: 'kics d3499f6d: negative', code: KICS_NEGATIVE('RUN apk add py-pip=7.1.2-r0\n') },
    {
      name: 'kics d3499f6d: negative2',
      code: KICS_NEGATIVE('RUN apk add --virtual .test py-pip=7.1.2-r0\nRUN apk --quiet --update --no-cache add libstdc++==11.2.1_git20220219-r2\nRUN ["apk", "add", "--virtual .test", "py-pip=7.1.2-r0"]\n')
    },
    // beyond hadolint
    { name: 'other constraints', code: FROM + "RUN apk add 'curl>8.0' 'openssl<4' 'git>=2.45'\n" },
    { name: '-t names the virtual package', code: FROM + 'RUN apk add -t .build-deps gcc=13.2.1_git20240309-r0\n' },
    { name: 'not an add', code: FROM + 'RUN apk update && apk del curl && apk upgrade\n' },
    { name: 'an unknown variable is not guessed at', code: FROM + 'RUN apk add --no-cache $BUILD_DEPS\n' },
    { name: 'a version from a variable', code: FROM + 'ARG CURL_VERSION=8.12.1-r0\nRUN apk add curl=$CURL_VERSION\n' }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3018Spec.hs
    ...spec('version pinning single', 'RUN apk add flex\n').map((c) => ({ ...c, lines: [2], messages: ['`apk add` names `flex` without a fixed version, so each build may install a different one: pin it, e.g. `flex=<version>`.'] })),
    ...spec('version pinned regression - one missed', 'RUN apk add --no-cache \\\nflex=2.6.4-r1 \\\nlibffi \\\npython2=2.7.13-r1 \\\nlibbz2=1.0.6-r5\n').map((c) => ({ ...c, lines: [4], messages: ['`libffi`'] })),
    // KICS d3499f6d (reported at the RUN there, at the packages here; one finding per command)
    { name: 'kics d3499f6d: positive1', code: KICS_POSITIVE1, lines: [2, 13, 13, 14, 16, 18] },
    { name: 'kics d3499f6d: positive', code: KICS_POSITIVE1.replace('RUN ["apk", "add", "py-pip"]\n', ''), lines: [2, 13, 13, 14, 16] },
    // beyond hadolint
    { name: 'a repository tag is no version', code: FROM + 'RUN apk add curl@edge\n', lines: [2] },
    { name: 'the virtual package is not a package', code: FROM + 'RUN apk add --no-cache --virtual .build-deps gcc make\n', lines: [2], messages: ['names `gcc` and `make` without'] },
    { name: 'a known list in a variable', code: FROM + 'ARG DEPS="gcc musl-dev"\nRUN apk add --no-cache $DEPS\n', lines: [3] },
    { name: 'inside a heredoc', code: FROM + 'RUN <<EOF\napk update\napk add curl\nEOF\n', lines: [4] },
    { name: 'exec form', code: FROM + 'RUN ["apk", "add", "--no-cache", "curl"]\n', lines: [2] }
  ]
})
