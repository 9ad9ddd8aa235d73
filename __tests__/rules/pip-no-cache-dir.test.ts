import rule from '../../src/rules/pip-no-cache-dir.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM python:3.12-slim\n'
const TRUTHY = ['1', 'on', 'yes', 'true']
const FALSY = ['0', 'off', 'no', 'false']

// KICS assets/queries/dockerfile/pip_install_keeping_cached_packages/test (positive2 and negative2 are
// positive and negative in lower case)
const KICS_POSITIVE =
  'FROM python:3\nRUN pip install --upgrade pip && \\\n    pip install nibabel pydicom matplotlib pillow && \\\n    pip install med2image\nCMD ["cat", "/etc/os-release"]\n\nFROM python:3.1\nRUN pip install --upgrade pip\nRUN python -m pip install nibabel pydicom matplotlib pillow\nRUN pip3 install requests=2.7.0\nRUN ["pip3", "install", "requests=2.7.0"]\nCMD ["cat", "/etc/os-release"]\n'
const KICS_NEGATIVE =
  'FROM python:3\nRUN pip install --no-cache-dir --upgrade pip && \\\n    pip install --no-cache-dir nibabel pydicom matplotlib pillow && \\\n    pip install --no-cache-dir med2image\nCMD ["cat", "/etc/os-release"]'
const lower = (file: string) => file.replace(/^(FROM|RUN|CMD) /gm, (keyword) => keyword.toLowerCase())

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3042Spec.hs (each also as an ONBUILD trigger where the spec has one)
    { name: 'DL3042: pip2 --no-cache-dir used', code: 'RUN pip2 install MySQL_python --no-cache-dir\n' },
    { name: 'DL3042: pip2 --no-cache-dir used (onbuild)', code: 'ONBUILD RUN pip2 install MySQL_python --no-cache-dir\n' },
    { name: 'DL3042: pip3 --no-cache-dir used', code: 'RUN pip3 install --no-cache-dir MySQL_python\n' },
    { name: 'DL3042: pip3 --no-cache-dir used (onbuild)', code: 'ONBUILD RUN pip3 install --no-cache-dir MySQL_python\n' },
    { name: 'DL3042: pip --no-cache-dir used', code: 'RUN pip install MySQL_python --no-cache-dir\n' },
    { name: 'DL3042: pip --no-cache-dir used (onbuild)', code: 'ONBUILD RUN pip install MySQL_python --no-cache-dir\n' },
    { name: "DL3042: don't match on pipx", code: 'RUN pipx install software\n' },
    { name: "DL3042: don't match on pipx (onbuild)", code: 'ONBUILD Run pipx install software\n' },
    { name: "DL3042: don't match on pipenv", code: 'RUN pipenv install library\n' },
    { name: "DL3042: don't match on pipenv (onbuild)", code: 'ONBUILD RUN pipenv install library\n' },
    ...TRUTHY.flatMap((v) => [
      { name: `DL3042: respect ENV PIP_NO_CACHE_DIR=${v}`, code: `ENV PIP_NO_CACHE_DIR=${v}\nRUN pip install MySQL_python\n` },
      { name: `DL3042: respect RUN PIP_NO_CACHE_DIR=${v}`, code: `RUN PIP_NO_CACHE_DIR=${v} pip install MySQL_python\n` },
      { name: `DL3042: respect RUN export PIP_NO_CACHE_DIR=${v}`, code: `RUN export PIP_NO_CACHE_DIR=${v} && pip install MySQL_python\n` }
    ]),
    { name: "DL3042: don't trigger if PIP_NO_CACHE_DIR is inherited", code: 'FROM debian:buster as base\nENV PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install six\n' },
    // DL3042 reports these, but pip turns its cache off for any value it accepts, false ones too.
    ...FALSY.flatMap((v) => [
      { name: `DL3042 (differs): ENV PIP_NO_CACHE_DIR=${v}`, code: `ENV PIP_NO_CACHE_DIR=${v}\nRUN pip install MySQL_python\n` },
      { name: `DL3042 (differs): RUN PIP_NO_CACHE_DIR=${v}`, code: `RUN PIP_NO_CACHE_DIR=${v} pip install MySQL_python\n` },
      { name: `DL3042 (differs): RUN export PIP_NO_CACHE_DIR=${v}`, code: `RUN export PIP_NO_CACHE_DIR=${v} && pip install MySQL_python\n` }
    ]),
    // KICS f2f903fb
    { name: 'kics f2f903fb: negative', code: KICS_NEGATIVE },
    {
      name: 'kics f2f903fb: negative1',
      code: KICS_NEGATIVE.replace('CMD', 'RUN pip3 install --no-cache-dir requests=2.7.0\nRUN ["pip3", "install", "requests=2.7.0", "--no-cache-dir"]\nCMD') + '\n'
    },
    { name: 'kics f2f903fb: negative2', code: lower(KICS_NEGATIVE) },
    // beyond hadolint
    { name: 'python3 -m pip', code: FROM + 'RUN python3 -m pip install --no-cache-dir flask==3.0.3\n' },
    { name: '--no-cache-dir before the verb', code: FROM + 'RUN pip --no-cache-dir install flask==3.0.3\n' },
    { name: 'env PIP_NO_CACHE_DIR=1', code: FROM + 'RUN env PIP_NO_CACHE_DIR=1 pip install flask==3.0.3\n' },
    { name: 'ARG PIP_NO_CACHE_DIR=1', code: FROM + 'ARG PIP_NO_CACHE_DIR=1\nRUN pip install flask==3.0.3\n' },
    { name: 'ARG PIP_NO_CACHE_DIR with no default (may be set)', code: FROM + 'ARG PIP_NO_CACHE_DIR\nRUN pip install flask==3.0.3\n' },
    { name: 'ENV from an unknown ARG', code: FROM + 'ARG NO_CACHE\nENV PIP_NO_CACHE_DIR=$NO_CACHE\nRUN pip install flask==3.0.3\n' },
    { name: 'a cache mount', code: FROM + 'RUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.3\n' },
    { name: 'a cache mount on ~/.cache of another user', code: FROM + 'RUN --mount=type=cache,target=/home/app/.cache,uid=10001 pip install --user flask==3.0.3\n' },
    { name: 'a cache mount at a --cache-dir', code: FROM + 'RUN --mount=type=cache,target=/pip-cache pip install --cache-dir=/pip-cache flask==3.0.3\n' },
    { name: 'a cache mount at PIP_CACHE_DIR', code: FROM + 'ENV PIP_CACHE_DIR=/pip-cache\nRUN --mount=type=cache,target=/pip-cache pip install flask==3.0.3\n' },
    { name: 'pip cache purge later in the RUN', code: FROM + 'RUN pip install flask==3.0.3 && pip cache purge\n' },
    { name: 'rm of the cache later in the RUN', code: FROM + 'RUN pip install flask==3.0.3 && rm -rf ~/.cache/pip\n' },
    { name: 'rm of /root/.cache', code: FROM + 'RUN pip install flask==3.0.3 && rm -rf /root/.cache\n' },
    { name: 'pip download and uninstall', code: FROM + 'RUN pip download -d /wheels flask==3.0.3 && pip uninstall -y setuptools\n' },
    { name: 'a build stage the final image only copies from', code: FROM.replace('\n', ' AS build\n') + 'RUN pip install --prefix=/install flask==3.0.3\nFROM python:3.12-slim\nCOPY --from=build /install /usr/local\n' },
    { name: 'uv pip', code: FROM + 'RUN uv pip install --system flask==3.0.3\n' }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3042Spec.hs
    { name: 'DL3042: pip2 --no-cache-dir not used', code: 'RUN pip2 install MySQL_python\n', lines: [1], messages: ['`pip install` keeps a copy'], fix: 'install --no-cache-dir' },
    { name: 'DL3042: pip2 --no-cache-dir not used (onbuild)', code: 'ONBUILD RUN pip2 install MySQL_python\n', lines: [1] },
    { name: 'DL3042: pip3 --no-cache-dir not used', code: 'RUN pip3 install MySQL_python\n', lines: [1] },
    { name: 'DL3042: pip3 --no-cache-dir not used (onbuild)', code: 'ONBUILD RUN pip3 install MySQL_python\n', lines: [1] },
    { name: 'DL3042: pip --no-cache-dir not used', code: 'RUN pip install MySQL_python\n', lines: [1] },
    { name: 'DL3042: pip --no-cache-dir not used (onbuild)', code: 'ONBUILD RUN pip install MySQL_python\n', lines: [1] },
    { name: 'DL3042: trigger if PIP_NO_CACHE_DIR is not inherited', code: 'FROM debian:buster as base\nENV PIP_NO_CACHE_DIR=1\nFROM debian:buster\nRUN pip install six\n', lines: [4] },
    // KICS f2f903fb also reports the first stage (line 2), which the final image does not use
    { name: 'kics f2f903fb: positive (differs: the unused stage)', code: KICS_POSITIVE, lines: [8, 9, 10, 11] },
    { name: 'kics f2f903fb: positive2 (differs, as positive)', code: lower(KICS_POSITIVE), lines: [8, 9, 10, 11] },
    { name: 'kics f2f903fb: positive, its first stage alone', code: KICS_POSITIVE.slice(0, KICS_POSITIVE.indexOf('\n\n') + 1), lines: [2, 3, 4] },
    // beyond hadolint
    { name: 'python3 -m pip', code: FROM + 'RUN python3 -m pip install flask==3.0.3\n', lines: [2], fix: 'install --no-cache-dir' },
    { name: 'pip3.12', code: FROM + 'RUN pip3.12 install flask==3.0.3\n', lines: [2] },
    { name: 'each pip install is reported with its fix', code: FROM + 'RUN pip install -U pip==24.2 && \\\n    pip install -r requirements.txt\n', lines: [2, 3] },
    { name: 'PIP_NO_CACHE_DIR set on another command only', code: FROM + 'RUN PIP_NO_CACHE_DIR=1 pip install six==1.16.0 && pip install flask==3.0.3\n', lines: [2] },
    { name: 'exported after the install', code: FROM + 'RUN pip install flask==3.0.3 && export PIP_NO_CACHE_DIR=1\n', lines: [2] },
    { name: 'ENV set after the RUN', code: FROM + 'RUN pip install flask==3.0.3\nENV PIP_NO_CACHE_DIR=1\n', lines: [2] },
    { name: 'an empty PIP_NO_CACHE_DIR', code: FROM + 'ENV PIP_NO_CACHE_DIR=\nRUN pip install flask==3.0.3\n', lines: [3] },
    { name: 'cache removed in a later RUN', code: FROM + 'RUN pip install flask==3.0.3\nRUN rm -rf /root/.cache/pip\n', lines: [2] },
    { name: 'a cache mount elsewhere', code: FROM + 'RUN --mount=type=cache,target=/root/.cache/yarn pip install flask==3.0.3\n', lines: [2] },
    { name: 'a cache mount at the default place while --cache-dir moves it', code: FROM + 'RUN --mount=type=cache,target=/root/.cache/pip pip install --cache-dir /tmp/pip flask==3.0.3\n', lines: [2] },
    { name: 'sudo -H', code: FROM + 'RUN sudo -H pip install flask==3.0.3\n', lines: [2], fix: 'install --no-cache-dir' },
    { name: 'exec form', code: FROM + 'RUN ["pip", "install", "flask==3.0.3"]\n', lines: [2], fix: '"install", "--no-cache-dir"' },
    { name: 'exec form with sh -c', code: FROM + 'RUN ["sh", "-c", "pip install flask==3.0.3"]\n', lines: [2], fix: 'install --no-cache-dir' },
    { name: 'heredoc', code: FROM + 'RUN <<EOF\npip install flask==3.0.3\nEOF\n', lines: [3] },
    { name: 'the final stage built FROM another', code: FROM.replace('\n', ' AS base\n') + 'RUN pip install flask==3.0.3\nFROM base\nRUN echo ok\n', lines: [2] }
  ]
})
