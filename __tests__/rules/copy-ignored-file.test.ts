import rule from '../../src/rules/copy-ignored-file.js'
import { testRule } from '../helpers/test-rule.js'

// BuildKit's cases. frontend/dockerfile/dockerfile_lint_test.go testCopyIgnoredFiles: BuildKit reports
// only with `# check=experimental=CopyIgnoredFile` (its check is experimental); this rule is on without it.
const lintTest = {
  valid: [
    {
      name: 'BuildKit testCopyIgnoredFiles: a destination named like an ignored file, and COPY --from, are not context sources',
      dockerignore: '\nfoobar\n',
      code: '\nFROM scratch AS base\nCOPY Dockerfile /foobar\nADD Dockerfile /windy\n\nFROM base\nCOPY --from=base /foobar /Dockerfile\n'
    }
  ],
  invalid: [
    {
      name: 'BuildKit testCopyIgnoredFiles: COPY and ADD of the ignored Dockerfile (BuildKit: only as an experimental check)',
      dockerignore: '\nDockerfile\n',
      code: '\nFROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n',
      lines: [3, 4],
      messages: ['`Dockerfile` is left out of the build context by `.dockerignore` (line 2: `Dockerfile`), so this `COPY` fails with "not found"', 'this `ADD` fails']
    },
    {
      name: 'BuildKit testCopyIgnoredFiles: with # check=experimental=CopyIgnoredFile',
      dockerignore: '\nDockerfile\n',
      code: '# check=experimental=CopyIgnoredFile\nFROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n',
      lines: [3, 4]
    },
    {
      name: 'BuildKit testCopyIgnoredFiles: with # check=skip=all;experimental=CopyIgnoredFile',
      dockerignore: '\nDockerfile\n',
      code: '# check=skip=all;experimental=CopyIgnoredFile\nFROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n',
      lines: [3, 4]
    }
  ]
}

// frontend/dockerfile/dockerfile2llb/context_test.go TestLocalContextDockerignore, for COPY and ADD.
const INSTRUCTIONS = ['COPY', 'ADD']
const contextCode = (instruction: string) => `FROM scratch\n${instruction} foo /foo\n${instruction} bar /bar\n`
const contextTest = {
  valid: INSTRUCTIONS.flatMap((instruction) => [
    { name: `BuildKit TestLocalContextDockerignore ${instruction}/missing: no .dockerignore, no check`, code: contextCode(instruction) },
    // BuildKit fails the build on these files; the rule does not guess what they mean.
    { name: `BuildKit TestLocalContextDockerignore ${instruction}/invalid: a lone !`, dockerignore: '!\n', code: contextCode(instruction) },
    { name: `BuildKit TestLocalContextDockerignore ${instruction}/invalid-pattern: [`, dockerignore: '[\n', code: contextCode(instruction) }
  ]),
  invalid: INSTRUCTIONS.flatMap((instruction) => [
    { name: `BuildKit TestLocalContextDockerignore ${instruction}/ignored`, dockerignore: 'foo\n', code: contextCode(instruction), lines: [2] },
    // BuildKit goes silent as soon as one `!` line exists (moby/buildkit#7125); `bar` is left out all the same.
    { name: `BuildKit TestLocalContextDockerignore ${instruction}/negation: foo is brought back, bar is not (BuildKit: silent)`, dockerignore: '*\n!foo\n', code: contextCode(instruction), lines: [3] }
  ])
}

// The cases of the issues behind BuildKit's special cases.
const issues = {
  valid: [
    { name: 'moby/buildkit#6930: COPY . with `.*` (dot files) left out', dockerignore: '.*\n', code: 'FROM scratch\nCOPY . /out\n' },
    { name: 'moby/buildkit#5884: `**` then `!manage.py`', dockerignore: '# Ignore everything...\n**\n# ... except\n!manage.py\n', code: 'FROM python:3.11-slim-bullseye\nRUN mkdir -p /app/\nCOPY ./manage.py /app/\n' },
    {
      name: 'moby/buildkit#6512: an allowlist and COPY .',
      dockerignore: '*\n!go.*\n!*.go\n!internal/\n!testdata/\n!vendor/\n!Makefile\n',
      code: 'FROM golang\nWORKDIR /src\nCOPY . /src/\nRUN make\n'
    },
    {
      name: 'moby/moby#52125: a directory only some files of which an exception brings back',
      dockerignore: '*\n!a.txt\n!subdir/file-to-include\n',
      code: 'FROM alpine\nWORKDIR /app\nCOPY a.txt a.txt\nCOPY subdir subdir\nCMD ["tree"]\n'
    }
  ],
  invalid: [{ name: 'moby/buildkit#6930: COPY . when `*` leaves out everything', dockerignore: '*\n', code: 'FROM scratch\nCOPY . /out\n', lines: [2], messages: ['`.` copies nothing: `.dockerignore` (line 1: `*`) leaves every file out of the build context'] }]
}

const node = 'node_modules\ndist\n*.md\n.env\n'

testRule(rule, {
  valid: [
    ...lintTest.valid,
    ...contextTest.valid,
    ...issues.valid,
    { name: 'no .dockerignore: the rule does not run', code: 'FROM node:22\nCOPY dist ./dist\n' },
    { name: 'COPY . . with node_modules left out', dockerignore: node, code: 'FROM node:22\nWORKDIR /app\nCOPY . .\n' },
    { name: 'a directory some files of which are left out', dockerignore: 'src/**/*.test.js\n', code: 'FROM node:22\nCOPY src /app/src\n' },
    { name: 'a name that only starts like an ignored one', dockerignore: node, code: 'FROM node:22\nCOPY dist-tools /tools\nCOPY .envrc.example /app/\n' },
    { name: 'a wildcard that files of the context may still match', dockerignore: 'README.md\n', code: 'FROM node:22\nCOPY *.md /docs/\n' },
    { name: 'a wildcard source whose own line has an exception after it', dockerignore: '*.md\n!README.md\n', code: 'FROM node:22\nCOPY *.md /docs/\n' },
    { name: 'an exception brings the file back', dockerignore: 'config\n!config/app.yaml\n', code: 'FROM node:22\nCOPY config/app.yaml /etc/app/\n' },
    { name: 'an exception brings back a directory of the copied one', dockerignore: 'dist\n!dist/assets\n', code: 'FROM node:22\nCOPY dist /srv/\n' },
    { name: 'a value that is not known', dockerignore: node, code: 'FROM node:22\nARG OUT\nCOPY $OUT ./\n' },
    { name: 'COPY --from of another stage', dockerignore: node, code: 'FROM node:22 AS build\nRUN npm run build\nFROM node:22\nCOPY --from=build /app/dist ./dist\n' },
    { name: 'an ADD of a URL and of a Git repository', dockerignore: '*\n', code: 'FROM alpine:3.20\nADD https://example.com/dist /dist\nADD git@github.com:org/dist.git /src\n' },
    { name: 'a heredoc', dockerignore: '*\n', code: 'FROM alpine:3.20\nCOPY <<EOF /etc/app.conf\nkey=value\nEOF\n' },
    { name: 'an ONBUILD trigger copies from the context of the build that uses the image', dockerignore: node, code: 'FROM node:22\nONBUILD COPY dist /app/dist\n' },
    { name: 'a path out of the context is copy-source-in-context’s', dockerignore: 'shared\n', code: 'FROM node:22\nCOPY ../shared /app/shared\n' },
    { name: 'a .dockerignore of comments only', dockerignore: '# nothing is left out\n\n', code: 'FROM node:22\nCOPY dist ./dist\n' },
    { name: 'a comment starts only at the start of a line', dockerignore: ' #dist\n', code: 'FROM node:22\nCOPY dist ./dist\n' },
    { name: 'an exception before the line brings nothing back, but an exception after it does', dockerignore: 'dist\n!dist/index.js\n', code: 'FROM node:22\nCOPY dist/index.js ./\n' }
  ],
  invalid: [
    ...lintTest.invalid,
    ...contextTest.invalid,
    ...issues.invalid,
    { name: 'a build output left out on purpose', dockerignore: node, code: 'FROM node:22\nWORKDIR /app\nCOPY dist ./dist\n', lines: [3], messages: ['`dist` is left out of the build context by `.dockerignore` (line 2: `dist`), so this `COPY` fails with "not found". If the image needs it, narrow that line or add `!dist` after it'] },
    { name: 'one source of several', dockerignore: node, code: 'FROM node:22\nCOPY package.json README.md ./\n', lines: [2], messages: ['`README.md` is left out of the build context by `.dockerignore` (line 3: `*.md`)'] },
    { name: 'a file under a left-out directory', dockerignore: node, code: 'FROM node:22\nCOPY node_modules/.bin/tool /usr/local/bin/\n', lines: [2], messages: ['(line 1: `node_modules`)'] },
    { name: 'written with ./ and a trailing /', dockerignore: node, code: 'FROM node:22\nCOPY ./dist/ /srv/\n', lines: [2] },
    { name: 'an absolute source is read from the context root', dockerignore: node, code: 'FROM node:22\nCOPY /dist /srv/\n', lines: [2] },
    { name: 'a pattern written with a leading / or a trailing /', dockerignore: '/dist/\n', code: 'FROM node:22\nCOPY dist /srv/\n', lines: [2], messages: ['(line 1: `dist`)'] },
    { name: 'a ** pattern', dockerignore: '**/*.log\n', code: 'FROM node:22\nCOPY logs/app.log /var/log/\n', lines: [2], messages: ['(line 1: `**/*.log`)'] },
    { name: 'a later line leaves out again what an exception brought back', dockerignore: 'config\n!config/app.yaml\nconfig/app.yaml\n', code: 'FROM node:22\nCOPY config/app.yaml /etc/app/\n', lines: [2], messages: ['(line 3: `config/app.yaml`)'] },
    { name: 'an exception for another directory does not help', dockerignore: '*\n!src\n', code: 'FROM node:22\nCOPY src /app/src\nCOPY docs /app/docs\n', lines: [3], messages: ['(line 1: `*`)'] },
    { name: 'a value from an ARG', dockerignore: node, code: 'FROM node:22\nARG OUT=dist\nCOPY $OUT ./out\n', lines: [3], messages: ['`$OUT` (`dist`) is left out'] },
    { name: 'JSON form', dockerignore: node, code: 'FROM node:22\nCOPY ["dist", "/srv/"]\n', lines: [2] },
    { name: 'a wildcard in a left-out directory copies nothing', dockerignore: 'docs\n', code: 'FROM node:22\nCOPY docs/*.md /docs/\n', lines: [2], messages: ['`docs/*.md` matches only files `.dockerignore` (line 1: `docs`) leaves out of the build context, so this `COPY` copies none of them'] },
    { name: 'a wildcard that is a line of the file', dockerignore: node, code: 'FROM node:22\nCOPY *.md /docs/\n', lines: [2], messages: ['(line 3: `*.md`)'] },
    { name: 'a source on a continuation line', dockerignore: node, code: 'FROM node:22\nCOPY package.json \\\n  dist \\\n  ./\n', lines: [3] },
    { name: 'CRLF line ends in both files', dockerignore: 'node_modules\r\ndist\r\n', code: 'FROM node:22\r\nCOPY dist ./dist\r\n', lines: [2], messages: ['(line 2: `dist`)'] },
    { name: 'every stage', dockerignore: node, code: 'FROM node:22 AS build\nCOPY dist /a\nFROM nginx:1.27\nCOPY dist /b\n', lines: [2, 4] },
    { name: 'a Windows stage with `\\` separators', dockerignore: 'dist\n', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY dist\\app C:\\app\n', lines: [3] }
  ]
})
