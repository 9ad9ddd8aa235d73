import rule from '../../src/rules/no-world-writable.js'
import { testRule } from '../helpers/test-rule.js'

testRule(rule, {
  valid: [
    'FROM alpine:3.20\nRUN chmod 755 /app && chmod 644 /app/config.yml && chmod 0775 /app/data\n',
    { name: 'a sticky shared scratch directory, as /tmp is', code: 'FROM debian:bookworm-slim\nRUN mkdir -p /scratch && chmod 1777 /scratch\n' },
    { name: 'sticky scratch directories', code: 'FROM alpine:3.20\nRUN chmod 1777 /tmp /var/tmp && mkdir -m 1777 /app/tmp && chmod a+rwxt /dev/shm\n' },
    { name: 'a sticky runtime directory for sockets (the postgres image)', code: 'FROM debian:bookworm-slim\nRUN mkdir -p /var/run/postgresql && chmod 3777 /var/run/postgresql\n' },
    { name: 'removing write permission', code: 'FROM alpine:3.20\nRUN chmod o-w /app && chmod a-w /app/config && chmod -w /app/run.sh\n' },
    { name: 'a bare +w is limited by the umask', code: 'FROM alpine:3.20\nRUN chmod +w /app/config\n' },
    { name: 'group write only', code: 'FROM alpine:3.20\nRUN chmod g+w /app && chmod -R g=u /app && umask 002\n' },
    { name: 'a build stage the image is not built FROM', code: 'FROM alpine:3.20 AS build\nRUN chmod -R 777 /src\nFROM alpine:3.20\nCOPY --from=build /src/out /app\n' },
    { name: 'a mode from an ARG without a default', code: 'FROM alpine:3.20\nARG MODE\nRUN chmod $MODE /app\n' },
    { name: 'umask as a word', code: 'FROM alpine:3.20\nRUN echo umask 000\n' },
    { name: 'a temporary directory deleted in the same RUN (official nginx)', code: 'FROM debian:bookworm-slim\nRUN tempDir="$(mktemp -d)" && chmod 777 "$tempDir" && cp /etc/hostname "$tempDir/" && rm -rf "${tempDir}/"\n' },
    { name: 'a file inside a directory deleted later', code: 'FROM alpine:3.20\nRUN mkdir /build && touch /build/x && chmod 666 /build/x && make -C /build && rm -rf /build\n' }
  ],
  invalid: [
    { name: 'only the contents of the directory are deleted', code: 'FROM debian:bookworm-slim\nRUN tempDir="$(mktemp -d)" && chmod 777 "$tempDir" && rm -rf "$tempDir"/*\n', lines: [2] },
    { name: 'deleted before the chmod, or in another RUN', code: 'FROM alpine:3.20\nRUN rm -rf /app/data && mkdir /app/data && chmod 777 /app/data\nRUN chmod 777 /srv && echo ok\nRUN rm -rf /srv\n', lines: [2, 3] },
    { name: 'one of two paths is deleted', code: 'FROM alpine:3.20\nRUN chmod 777 /build /app && rm -rf /build\n', lines: [2] },
    { code: 'FROM alpine:3.20\nRUN chmod 777 /app\n', lines: [2], messages: ['`chmod 777` makes `/app` writable by every user'] },
    { name: 'recursive, clustered with other flags', code: 'FROM alpine:3.20\nRUN chmod -Rv 0777 /app\n', lines: [2], messages: ['(and everything in it)'] },
    { name: '666 and symbolic modes', code: 'FROM alpine:3.20\nRUN chmod 666 /a && chmod o+w /b && chmod a+rw /c && chmod ugo+w /d && chmod u=rwx,o=rwx /e\n', lines: [2, 2, 2, 2, 2] },
    { name: '777 on /tmp: missing the sticky bit', code: 'FROM alpine:3.20\nRUN chmod 777 /tmp\n', lines: [2], messages: ['`1777`'] },
    { name: 'sticky but not a scratch directory: anyone can still plant files in it', code: 'FROM alpine:3.20\nRUN chmod 1777 /app /var/lib/app\n', lines: [2], messages: ['anyone can still add files here'] },
    { name: 'a runtime directory without the sticky bit', code: 'FROM alpine:3.20\nRUN chmod 777 /run/app\n', lines: [2] },
    { name: 'mkdir -m and install -m', code: 'FROM alpine:3.20\nRUN mkdir -p -m 777 /app/data && install -d -m 0777 /app/logs && mkdir --mode=a+w /x\n', lines: [2, 2, 2] },
    { name: 'COPY --chmod and ADD --chmod', code: 'FROM alpine:3.20\nCOPY --chmod=777 app /app\nADD --chmod=666 config.yml /etc/app/\n', lines: [2, 3] },
    { name: 'umask', code: 'FROM alpine:3.20\nRUN umask 000 && pip install app && umask 0 && umask 0020\n', lines: [2, 2, 2] },
    { name: 'an ARG default', code: 'FROM alpine:3.20\nARG MODE=777\nRUN chmod ${MODE} /app\n', lines: [3] },
    { name: 'sudo, sh -c and a heredoc', code: "FROM alpine:3.20\nRUN sudo chmod 777 /a && sh -c 'chmod 777 /b'\nRUN <<EOF\nchmod 777 /c\nEOF\n", lines: [2, 2, 4] },
    { name: 'on a continuation after a comment line', code: 'FROM alpine:3.20\nRUN mkdir /app \\\n# open it up\n && chmod 777 /app\n', lines: [4] },
    { name: 'exec form', code: 'FROM alpine:3.20\nRUN ["chmod", "777", "/app"]\n', lines: [2] },
    { name: 'a stage the final stage is built FROM', code: 'FROM alpine:3.20 AS base\nRUN chmod 777 /app\nFROM base\nUSER 10001\n', lines: [2] },
    { name: 'an ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD RUN chmod 777 /app\n', lines: [2] }
  ]
})
