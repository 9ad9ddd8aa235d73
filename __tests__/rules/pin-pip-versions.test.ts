import rule from '../../src/rules/pin-pip-versions.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM python:3.12-slim\n'
const code = (run: string) => FROM + run + '\n'
const onbuild = (run: string) => FROM + 'ONBUILD ' + run + '\n'
/** A hadolint spec case and its ONBUILD variant (which the spec sometimes writes differently). */
const spec = (name: string, run: string, onbuildRun = run) => [
  { name: `DL3013: ${name}`, code: code(run) },
  { name: `DL3013: ${name} (onbuild)`, code: onbuild(onbuildRun) }
]
const caught = (cases: { name: string; code: string }[], message?: string) => cases.map((c) => ({ ...c, lines: [2], messages: message ? [message] : undefined }))

// KICS assets/queries/dockerfile/unpinned_package_version_in_pip_install/test (positive5 is positive1 and
// negative7 is negative in lower case)
const KICS_APP = 'COPY requirements.txt /usr/src/app/\nRUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\n'
const KICS_WEB = 'COPY app.py /usr/src/app/\nCOPY templates/index.html /usr/src/app/templates/\nEXPOSE 5000\n'
const KICS_POSITIVE1 =
  'FROM alpine:3.9\nRUN apk add --update py-pip=7.1.2-r0\nRUN pip install --user pip\nRUN ["pip", "install", "connexion"]\n' + KICS_APP + KICS_WEB + 'ENV TEST="test"\nCMD ["python", "/usr/src/app/app.py"]\n\nFROM alpine:3.7\nRUN apk add --update py-pip=7.1.2-r0\nRUN pip install connexion\n' + KICS_APP + 'RUN pip3 install requests\n' + KICS_WEB + 'CMD ["python"]\n'
const KICS_NEGATIVE =
  'FROM alpine:3.4\nRUN apk add --update py-pip=7.1.2-r0\nRUN sudo pip install --upgrade pip=20.3 connexion=2.7.0\n' + KICS_APP + KICS_WEB + 'CMD ["python", "/usr/src/app/app.py"]\n\nFROM alpine:3.1\nRUN apk add py-pip=7.1.2-r0\nRUN sudo pip install --upgrade pip=20.3 connexion=2.7.0\n' + KICS_APP + 'RUN pip3 install requests=2.7.0\n' + KICS_WEB + 'CMD ["python", "/usr/src/app/app.py"]\n'
const KICS_INDEX = 'pip install \\\n    --no-cache-dir \\\n    --index-url https://example.com/simple \\\n    --trusted-host example.com \\\n    '

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3013Spec.hs
    ...spec('pip3 version pinned', 'RUN pip3 install MySQL_python==1.2.2'),
    ...spec('pip3 install from local package (wheel)', 'RUN pip3 install mypkg.whl'),
    ...spec('pip3 install from local package (sdist)', 'RUN pip3 install mypkg.tar.gz'),
    ...spec('requirements', 'RUN pip install -r requirements.txt'),
    ...spec('requirements with long flag', 'RUN pip install --requirement requirements.txt'),
    ...spec('use setup.py', 'RUN pip install .'),
    ...spec('version pinned', 'RUN pip install MySQL_python==1.2.2'),
    ...spec('version pinned with ~= operator', 'RUN pip install MySQL_python~=1.2.2'),
    ...spec('version pinned with === operator', 'RUN pip install MySQL_python===1.2.2'),
    ...spec('version pinned with flag --ignore-installed', 'RUN pip install --ignore-installed MySQL_python==1.2.2'),
    ...spec('version pinned with flag --build', 'RUN pip3 install --build /opt/yamllint yamllint==1.20.0'),
    ...spec('version pinned with flag --prefix', 'RUN pip3 install --prefix /opt/yamllint yamllint==1.20.0'),
    ...spec('version pinned with flag --root', 'RUN pip3 install --root /opt/yamllint yamllint==1.20.0'),
    ...spec('version pinned with flag --target', 'RUN pip3 install --target /opt/yamllint yamllint==1.20.0'),
    ...spec('version pinned with flag --trusted-host', 'RUN pip3 install --trusted-host host example==1.2.2'),
    ...spec('version pinned with python -m', 'RUN python -m pip install example==1.2.2'),
    ...spec('git', 'RUN pip install git+https://github.com/rtfd/r-ext.git@0.6-alpha#egg=r-ext'),
    ...spec('git+ssh', 'RUN pip install git+ssh://github.com/rtfd/r-ext.git@0.6-alpha#egg=r-ext'),
    ...spec('local dir', 'RUN pip install foo/bar'),
    ...spec('https url package', 'RUN pip install https://foo.bar/baz.zip'),
    ...spec('upper bound', "RUN pip install 'alabaster>=0.7'"),
    ...spec('lower bound', "RUN pip install 'alabaster<0.7'"),
    ...spec('excluded version', "RUN pip install 'alabaster!=0.7'"),
    ...spec('user directory', 'RUN pip install MySQL_python==1.2.2 --user'),
    ...spec('no pip version check', 'RUN pip install MySQL_python==1.2.2 --disable-pip-version-check'),
    ...spec('--index-url', 'RUN pip install --index-url https://eg.com/foo foobar==1.0.0'),
    ...spec('index-url with -i flag', 'RUN pip install --index-url https://eg.com/foo foobar==1.0.0'),
    ...spec('--index-url with --extra-index-url', 'RUN pip install --index-url https://eg.com/foo --extra-index-url https://ex-eg.io/foo foobar==1.0.0'),
    ...spec('no cache dir', 'RUN pip install MySQL_python==1.2.2 --no-cache-dir'),
    ...spec('constraints file - long version argument', 'RUN pip install pykafka --constraint http://foo.bar.baz'),
    ...spec('constraints file - short version argument', 'RUN pip install pykafka -c http://foo.bar.baz'),
    ...spec(
      '--index-url with --extra-index-url with basic auth',
      'RUN pip install --index-url https://user:pass@eg.com/foo --extra-index-url https://user:pass@ex-eg.io/foo foobar==1.0.0'
    ),
    ...spec('pipenv is not pip', 'RUN pipenv install black'),
    // KICS 02d9c71f
    { name: 'kics 02d9c71f: negative2', code: 'FROM alpine:3.4\nRUN apk add --update py-pip=7.1.2-r0\nRUN pip3 install -r pip_requirements.txt\n' + KICS_APP + KICS_WEB + 'CMD ["python", "/usr/src/app/app.py"]\n' },
    { name: 'kics 02d9c71f: negative3', code: 'FROM alpine:3.4\nRUN apk add --update py-pip=7.1.2-r0\nRUN pip3 install -c constraints.txt\n' + KICS_APP + KICS_WEB + 'CMD ["python", "/usr/src/app/app.py"]' },
    {
      name: 'kics 02d9c71f: negative4',
      code: 'FROM python:3.12-slim\n\nRUN ' + KICS_INDEX + 'requests==2.28.0 \\\n    flask==2.3.0\n\nFROM python:3.11-slim\n\nRUN pip3 install --no-cache-dir --index-url https://example.com/simple --trusted-host example.com numpy==1.24.0\n'
    },
    { name: 'kics 02d9c71f: negative5', code: 'FROM python:3.12-slim\n\nRUN pip install --no-cache-dir --index-url https://example.com/simple --trusted-host example.com flask==2.3.0\n' },
    { name: 'kics 02d9c71f: negative6', code: 'FROM python:3.12-slim\n\nRUN ["pip", "install", "--no-cache-dir", "requests==2.28.0"]\n\nRUN ["pip", "install", "--trusted-host", "example.com", "requests==2.28.0"]' },
    // beyond hadolint
    { name: '-i with a value', code: code('RUN pip install -i https://eg.com/simple foobar==1.0.0') },
    { name: '-f and --root-user-action values', code: code('RUN pip install -f /wheels --root-user-action ignore app==1.0') },
    { name: 'editable install', code: code('RUN pip install -e .') },
    { name: 'extras of the local project', code: code('RUN pip install ".[dev]"') },
    { name: 'a range with extras', code: code('RUN pip install "uvicorn[standard]>=0.30,<0.31"') },
    { name: 'wheels only from a local directory', code: code('RUN pip install --no-index --find-links=/wheels app') },
    { name: 'pip3.12 and python3 -m pip', code: code('RUN pip3.12 install flask==3.0.3 && python3 -m pip install gunicorn==22.0.0') },
    { name: 'not an install', code: code('RUN pip uninstall -y flask && pip download flask && pip wheel -r requirements.txt') },
    { name: 'an unknown variable is not guessed at', code: code('RUN pip install "$PACKAGES" flask==$FLASK_VERSION') },
    { name: 'a known pinned list in a variable', code: 'FROM python:3.12-slim\nARG PKGS="flask==3.0.3 gunicorn==22.0.0"\nRUN pip install $PKGS\n' }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3013Spec.hs
    ...caught(spec('pip2 version not pinned', 'RUN pip2 install MySQL_python'), '`pip install` names `MySQL_python` without a fixed version, so each build may install a different one: pin it, e.g. `MySQL_python==<version>`.'),
    ...caught(spec('pip3 version not pinned', 'RUN pip3 install MySQL_python', 'RUN pip2 install MySQL_python')),
    ...caught(spec('version not pinned', 'RUN pip install MySQL_python')),
    ...caught(spec('version not pinned with python -m', 'RUN python -m pip install example', 'RUN python -m pip install --index-url url example'), '`example`'),
    ...caught(spec('unversioned git', 'RUN pip install git+https://github.com/rtfd/read-ext.git#egg=read-ext')),
    ...caught(spec('unversioned git+ssh', 'RUN pip install git+ssh://github.com/rtfd/read-ext.git#egg=read-ext')),
    // KICS 02d9c71f
    { name: 'kics 02d9c71f: positive1', code: KICS_POSITIVE1, lines: [3, 4, 15, 18] },
    { name: 'kics 02d9c71f: positive', code: KICS_POSITIVE1.replace('RUN pip3 install requests\n', ''), lines: [3, 4, 15] },
    { name: 'kics 02d9c71f: positive2', code: 'FROM python:3.12-slim\n\nRUN ' + KICS_INDEX + 'requests \\\n    flask\n\nFROM python:3.11-slim\n\nRUN pip3 install --no-cache-dir --index-url https://example.com/simple --trusted-host example.com numpy\n', lines: [7, 12] },
    { name: 'kics 02d9c71f: positive3', code: 'FROM python:3.12-slim\n\nRUN pip install --no-cache-dir --index-url https://example.com/simple --trusted-host example.com flask\n', lines: [3] },
    { name: 'kics 02d9c71f: positive4', code: 'FROM python:3.12-slim\n\nRUN ["pip", "install", "--no-cache-dir", "requests"]\n', lines: [3] },
    // KICS takes `pip=20.3` for a pin; pip rejects it (its operator is `==`), and the fix shows the pin meant
    { name: 'kics 02d9c71f: negative (differs: a single = is no version)', code: KICS_NEGATIVE, lines: [3, 13, 16], messages: ['e.g. `pip==20.3`', 'e.g. `pip==20.3`', 'e.g. `requests==2.7.0`'] },
    // beyond hadolint
    { name: 'upgrading pip itself', code: code('RUN pip install --no-cache-dir -U pip'), lines: [2], messages: ['`pip`'] },
    { name: 'a package next to a requirements file', code: code('RUN pip install -r requirements.txt gunicorn'), lines: [2], messages: ['`gunicorn`'] },
    { name: 'a package next to the local project', code: code('RUN pip install . gunicorn'), lines: [2] },
    { name: 'an @ in the host is no revision', code: code('RUN pip install git+ssh://git@github.com/org/repo.git#egg=repo'), lines: [2] },
    { name: 'a name starting with git is no VCS URL', code: code('RUN pip install gitpython'), lines: [2] },
    { name: 'a single = is no version', code: code('RUN pip install flask=3.0'), lines: [2] },
    { name: 'pip3.12', code: code('RUN pip3.12 install --user flask'), lines: [2] },
    { name: 'python3 -m pip', code: code('RUN python3 -m pip install --no-cache-dir flask gunicorn==22.0.0'), lines: [2], messages: ['names `flask` without'] },
    { name: 'a known list in a variable', code: 'FROM python:3.12-slim\nARG TOOLS="black ruff==0.6.9"\nRUN pip install $TOOLS\n', lines: [3], messages: ['`black` (from `$TOOLS`)'] },
    { name: 'inside sh -c', code: code(`RUN sh -c 'pip install flask'`), lines: [2] },
    { name: 'exec form', code: code('RUN ["pip", "install", "flask"]'), lines: [2] }
  ]
})
