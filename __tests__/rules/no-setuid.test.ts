import rule from '../../src/rules/no-setuid.js'
import { testRule } from '../helpers/test-rule.js'

testRule(rule, {
  valid: [
    'FROM alpine:3.20\nRUN chmod 0755 /usr/local/bin/app && chmod u+x,g-s /usr/local/bin/app\n',
    { name: 'removing the bits', code: 'FROM alpine:3.20\nRUN chmod u-s /bin/su && chmod -s /bin/mount && find / -xdev -perm /6000 -type f -exec chmod a-s {} +\n' },
    { name: 'the sticky bit', code: 'FROM alpine:3.20\nRUN chmod 1777 /tmp/cache && chmod +t /srv/drop\n' },
    { name: 'setgid on a directory the Dockerfile creates', code: 'FROM alpine:3.20\nRUN mkdir -p /srv/shared && chmod g+s /srv/shared/\n' },
    { name: 'setgid on the WORKDIR', code: 'FROM alpine:3.20\nWORKDIR /app\nRUN chmod 2775 /app\n' },
    { name: 'mkdir -m 2775 makes a group directory', code: 'FROM alpine:3.20\nRUN mkdir -m 2775 /srv/shared\n' },
    { name: 'COPY --chmod without special bits', code: 'FROM alpine:3.20\nCOPY --chmod=0755 app /usr/local/bin/app\n' },
    { name: 'a mode from an ARG without a default', code: 'FROM alpine:3.20\nARG MODE\nRUN chmod $MODE /usr/local/bin/app\n' },
    { name: 'chmod --reference', code: 'FROM alpine:3.20\nRUN chmod --reference=/bin/su /usr/local/bin/app\n' },
    { name: 'install without -m', code: 'FROM alpine:3.20\nRUN install app /usr/local/bin/app\n' },
    { name: 'setuid and setgid on a directory made by an earlier RUN', code: 'FROM alpine:3.20\nRUN mkdir /bot\nRUN chmod +s /bot && chmod u+s /bot/\n' }
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nRUN chmod 4755 /usr/local/bin/app\n', lines: [2], messages: ['`chmod 4755` sets the setuid bit on `/usr/local/bin/app`'] },
    { name: 'leading zero and both bits', code: 'FROM alpine:3.20\nRUN chmod 06755 /usr/local/bin/app\n', lines: [2], messages: ['setuid and setgid bits'] },
    { name: 'setgid on a file', code: 'FROM alpine:3.20\nRUN chmod 2755 /usr/local/bin/app\n', lines: [2], messages: ['setgid bit'] },
    { name: 'symbolic modes', code: 'FROM alpine:3.20\nRUN chmod u+s /a && chmod +s /b && chmod a+rwxs /c && chmod u=rwxs,go=rx /d\n', lines: [2, 2, 2, 2] },
    { name: 'recursive setgid, even on a known directory', code: 'FROM alpine:3.20\nRUN mkdir /srv/x && chmod -R g+s /srv/x\n', lines: [2] },
    { name: 'install -m, also clustered', code: 'FROM alpine:3.20\nRUN install -m 4755 app /usr/bin/app && install -Dm4755 tool /usr/bin/tool\n', lines: [2, 2] },
    { name: 'COPY --chmod and ADD --chmod', code: 'FROM alpine:3.20\nCOPY --chmod=4755 app /usr/bin/app\nADD --chmod=2755 tool.tar /opt/\n', lines: [2, 3] },
    { name: 'a mode from an ARG default', code: 'FROM alpine:3.20\nARG MODE=4755\nRUN chmod "$MODE" /usr/bin/app\nCOPY --chmod=${MODE} app /usr/bin/app\n', lines: [3, 4] },
    { name: 'wrapped in sudo and in sh -c', code: "FROM alpine:3.20\nRUN sudo chmod u+s /usr/bin/a && sh -c 'chmod 4755 /usr/bin/b'\n", lines: [2, 2] },
    { name: 'on a continuation after a comment line', code: 'FROM alpine:3.20\nRUN true \\\n# make it setuid\n && chmod 4711 /usr/bin/app\n', lines: [4] },
    { name: 'in a heredoc script', code: 'FROM alpine:3.20\nRUN <<EOF\nchmod u+s /usr/bin/app\nEOF\n', lines: [3] },
    { name: 'exec form', code: 'FROM alpine:3.20\nRUN ["chmod", "4755", "/usr/bin/app"]\n', lines: [2] },
    { name: 'a build stage: the bit travels with COPY --from', code: 'FROM alpine:3.20 AS build\nRUN chmod u+s /out/app\nFROM alpine:3.20\nCOPY --from=build /out/app /usr/bin/app\n', lines: [2] },
    { name: 'a file inside a directory made by mkdir', code: 'FROM alpine:3.20\nRUN mkdir /bot\nRUN chmod +s /bot/run\n', lines: [3] },
    { name: 'a directory made in another stage, or only after the chmod', code: 'FROM alpine:3.20 AS a\nRUN mkdir /bot\nFROM alpine:3.20\nRUN chmod u+s /bot && chmod +s /srv\nRUN mkdir -p /srv\n', lines: [4, 4] },
    { name: 'an ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD RUN chmod u+s /usr/bin/app\n', lines: [2] }
  ]
})
