import rule from '../../src/rules/wget-progress.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM node as foo\n'

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3047Spec.hs
    { name: 'DL3047: --progress', code: FROM + 'RUN wget --progress=dot:giga my.xyz\n' },
    { name: 'DL3047: -q', code: FROM + 'RUN wget -q my.xyz\n' },
    { name: 'DL3047: --quiet', code: FROM + 'RUN wget --quiet my.xyz\n' },
    { name: 'DL3047: -nv', code: FROM + 'RUN wget -nv my.xyz\n' },
    { name: 'DL3047: --no-verbose', code: FROM + 'RUN wget --no-verbose my.xyz\n' },
    { name: 'DL3047: --output-file', code: FROM + 'RUN wget --output-file=/tmp/wget.log my.xyz\n' },
    { name: 'DL3047: -o', code: FROM + 'RUN wget -o /tmp/wget.log my.xyz\n' },
    { name: 'DL3047: --append-output', code: FROM + 'RUN wget --append-output=/tmp/wget.log my.xyz\n' },
    { name: 'DL3047: -a', code: FROM + 'RUN wget -a /tmp/wget.log my.xyz\n' },
    // beyond hadolint
    { name: '-q in a cluster', code: FROM + 'RUN wget -qO- https://example.com/install.sh > /tmp/install.sh\n' },
    { name: '--progress with a separate value', code: FROM + 'RUN wget --progress dot:giga my.xyz\n' },
    { name: 'stderr sent to a file', code: FROM + 'RUN wget -O /tmp/x my.xyz 2>/dev/null\n' },
    { name: 'both streams sent to a file', code: FROM + 'RUN wget -O /tmp/x my.xyz &>/tmp/wget.log\n' },
    { name: 'PowerShell alias', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN wget https://example.com/a -OutFile a\n' },
    { name: 'wget as an argument', code: FROM + 'RUN apt-get install -y wget\n' }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3047Spec.hs
    { name: 'DL3047: no progress option', code: FROM + 'RUN wget my.xyz\n', lines: [2], messages: ['`wget` without `-nv`, `-q` or `--progress` fills the build log with progress dots'] },
    // beyond hadolint
    { name: '-O is not -o', code: FROM + 'RUN wget -O /tmp/x my.xyz\n', lines: [2] },
    { name: '-nc is not -nv', code: FROM + 'RUN wget -nc my.xyz\n', lines: [2] },
    { name: 'stderr merged into the log', code: FROM + 'RUN wget -O /tmp/x my.xyz 2>&1\n', lines: [2] },
    { name: 'each wget', code: FROM + 'RUN wget a.xyz && wget -q b.xyz && sudo wget c.xyz\n', lines: [2, 2] },
    { name: 'onbuild', code: FROM + 'ONBUILD RUN wget my.xyz\n', lines: [2] },
    { name: 'in a heredoc', code: FROM + 'RUN <<EOF\nwget my.xyz\nEOF\n', lines: [3] }
  ]
})
