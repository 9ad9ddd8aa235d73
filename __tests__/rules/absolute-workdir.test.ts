import rule from '../../src/rules/absolute-workdir.js'
import { testRule } from '../helpers/test-rule.js'

// hadolint's test/Hadolint/Rule/DL3000Spec.hs, case by case (it has no ONBUILD variants).
const hadolint = {
  valid: [
    { name: 'DL3000: workdir absolute', code: 'WORKDIR /usr/local\n' },
    { name: 'DL3000: workdir variable', code: 'WORKDIR ${work}\n' },
    { name: 'DL3000: workdir absolute single quotes', code: "WORKDIR '/usr/local'\n" },
    { name: 'DL3000: workdir absolute double quotes', code: 'WORKDIR "/usr/local"\n' },
    { name: 'DL3000: workdir variable double quotes', code: 'WORKDIR "${dir}"\n' },
    { name: 'DL3000: workdir absolute windows', code: "WORKDIR 'C:\\'\n" },
    { name: 'DL3000: workdir absolute windows quotes', code: 'WORKDIR "C:\\"\n' },
    { name: 'DL3000: workdir absolute windows alternative', code: 'WORKDIR C:/\n' },
    { name: 'DL3000: workdir absolute windows quotes alternative', code: 'WORKDIR "C:/"\n' }
  ],
  invalid: [
    { name: 'DL3000: workdir relative', code: 'WORKDIR relative/dir\n', lines: [1], messages: ['`WORKDIR relative/dir` is a relative path'] },
    { name: 'DL3000: workdir relative single quotes', code: "WORKDIR 'relative/dir'\n", lines: [1] },
    { name: 'DL3000: workdir relative double quotes', code: 'WORKDIR "relative/dir"\n', lines: [1], messages: ['e.g. `/relative/dir`'] }
  ]
}

// BuildKit's frontend/dockerfile/dockerfile_lint_test.go, testWorkdirRelativePath.
const buildkit = {
  valid: [{ name: 'BuildKit WorkdirRelativePath: relative after an absolute WORKDIR of the parent stage', code: '\nFROM scratch AS a\nWORKDIR /app\n\nFROM a AS b\nWORKDIR subdir/\n' }],
  invalid: [{ name: 'BuildKit WorkdirRelativePath: a relative WORKDIR', code: '\nFROM scratch\nWORKDIR app/\n', lines: [3], messages: ['`WORKDIR app/` is a relative path'] }]
}

// Trivy's checks/docker/workdir_path_not_absolute_test.rego (DS009), Checkov's
// tests/dockerfile/checks/example_WorkdirIsAbsolute (CKV_DOCKER_10) and KICS's
// workdir_path_not_absolute/test (6b376af8). Every positive case of all three is a relative WORKDIR after
// an absolute one in the same stage: they report it, this rule (like BuildKit) does not, since where it
// lands is known. That is why all three are only related.
const lower = (code: string) => code.replace(/^[A-Z]+(?= )/gm, (keyword) => keyword.toLowerCase())
const pip = 'FROM alpine:3.5\nRUN apk add --update py2-pip\nRUN pip install --upgrade pip\n'
const app = 'COPY requirements.txt /usr/src/app/\nRUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nCOPY app.py /usr/src/app/\nCOPY templates/index.html /usr/src/app/templates/\nEXPOSE 5000\nCMD ["python", "/usr/src/app/app.py"]\n'
const windowsAndVariables = 'WORKDIR c:\\\\windows\nENV DIRPATH=/path\nENV GLASSFISH_ARCHIVE glassfish5\nWORKDIR $DIRPATH/$DIRNAME\nWORKDIR ${GLASSFISH_HOME}/bin\n'
const others = {
  valid: [
    { name: 'DS009 (differs): basic denied, a relative WORKDIR after an absolute one', code: 'FROM alpine:3.5\nRUN apk add --update py2-pip\nWORKDIR /path/to/workdir\nWORKDIR workdir\n' },
    { name: 'DS009: no WORKDIR allowed', code: 'FROM alpine:3.3\nRUN apk --no-cache add nginx\n' },
    { name: 'DS009: absolute WORKDIR allowed', code: 'FROM alpine:3.3\nRUN apk --no-cache add nginx\nWORKDIR /path/to/workdir\n' },
    { name: 'DS009: absolute WORKDIR with quotes allowed', code: 'FROM alpine:3.3\nRUN apk --no-cache add nginx\nWORKDIR "/path/to/workdir"\n' },
    { name: 'CKV_DOCKER_10 (differs): failure/Dockerfile, a relative WORKDIR after an absolute one', code: `${pip}WORKDIR /path/to/workdir\nWORKDIR workdir\n${app}` },
    { name: 'CKV_DOCKER_10: success/Dockerfile', code: `${pip}WORKDIR /path/to/workdir\nWORKDIR /\n${windowsAndVariables}${app}` },
    { name: 'kics 6b376af8 (differs): positive.dockerfile, a relative WORKDIR after an absolute one', code: `${pip}WORKDIR /path/to/workdir\nWORKDIR workdir\n${app}` },
    { name: 'kics 6b376af8 (differs): positive2.dockerfile (lower case)', code: lower(`${pip}WORKDIR /path/to/workdir\nWORKDIR workdir\n${app}`) },
    { name: 'kics 6b376af8: negative.dockerfile', code: `${pip}WORKDIR /path/to/workdir\n${windowsAndVariables}${app}` },
    { name: 'kics 6b376af8: negative1.dockerfile', code: `${pip}WORKDIR /path/to/workdir\nWORKDIR "/path/to/workdir"\nWORKDIR /\n${windowsAndVariables}${app}` },
    { name: 'kics 6b376af8: negative2.dockerfile (lower case)', code: lower(`${pip}WORKDIR /path/to/workdir\nWORKDIR "/path/to/workdir"\nWORKDIR /\n${windowsAndVariables}${app}`) }
  ],
  invalid: [{ name: 'CKV_DOCKER_10: failure/Dockerfile.simple', code: 'FROM alpine:3.14\n\nWORKDIR workdir\n', lines: [3] }]
}

testRule(rule, {
  valid: [
    ...hadolint.valid,
    ...buildkit.valid,
    ...others.valid,
    { name: 'an empty WORKDIR does not crash the rule', code: 'FROM alpine:3.20\nWORKDIR ""\n' },
    { name: 'a value from the base image is not guessed at', code: 'FROM alpine:3.20\nWORKDIR $HOME/app\n' },
    { name: 'an absolute path from an ARG', code: 'FROM alpine:3.20\nARG DIR=/opt/app\nWORKDIR ${DIR}\n' },
    { name: 'relative after an absolute WORKDIR of the stage', code: 'FROM alpine:3.20\nWORKDIR /app\nWORKDIR src\n' },
    { name: 'relative after an absolute WORKDIR of the stage it is built FROM', code: 'FROM alpine:3.20 AS base\nWORKDIR /app\nFROM base\nWORKDIR src\n' },
    { name: 'relative after a WORKDIR set from an unknown value', code: 'FROM alpine:3.20\nWORKDIR $APP_HOME\nWORKDIR src\n' },
    { name: 'a Windows path with the Windows escape character', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app\n' },
    { name: 'a Windows path from the root of the drive', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR \\app\n' },
    { name: 'ONBUILD WORKDIR after an ONBUILD absolute one', code: 'FROM alpine:3.20\nONBUILD WORKDIR /app\nONBUILD WORKDIR src\n' }
  ],
  invalid: [
    ...hadolint.invalid,
    ...buildkit.invalid,
    ...others.invalid,
    { name: 'a one-letter path does not crash the rule', code: 'WORKDIR a\n', lines: [1] },
    { name: 'a relative path from an ENV', code: 'FROM alpine:3.20\nENV APP=app\nWORKDIR $APP\n', lines: [3], messages: ['`WORKDIR $APP` (`app`) is a relative path'] },
    { name: 'a dot path', code: 'FROM alpine:3.20\nWORKDIR ./src\n', lines: [2], messages: ['e.g. `/src`'] },
    { name: 'a parent path', code: 'FROM alpine:3.20\nWORKDIR ../src\n', lines: [2], messages: ['e.g. `/app`'] },
    { name: 'an absolute WORKDIR of a stage it is not built FROM', code: 'FROM alpine:3.20 AS base\nWORKDIR /app\nFROM alpine:3.20\nWORKDIR src\n', lines: [4] },
    { name: 'an ONBUILD WORKDIR does not apply to this build', code: 'FROM alpine:3.20\nONBUILD WORKDIR /app\nWORKDIR src\n', lines: [3] },
    { name: 'an ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD WORKDIR src\n', lines: [2] },
    { name: 'over a line continuation', code: 'FROM alpine:3.20\nWORKDIR \\\n  app\n', lines: [3] },
    { name: 'lower-case keyword', code: 'FROM alpine:3.20\nworkdir app\n', lines: [2] }
  ]
})
