import rule from '../../src/rules/add-to-extract-archives.js'
import { testRule } from '../helpers/test-rule.js'

// hadolint's test/Hadolint/Rule/DL3010Spec.hs, case by case (it has no ONBUILD variants).
const hadolint = {
  valid: [
    { name: 'DL3010: ignore: copy archive without extract', code: 'COPY packaged-app.tar /usr/src/app\nFROM debian:11 as newstage\n' },
    { name: 'DL3010: ignore: non archive', code: 'COPY package.json /usr/src/app\n' },
    { name: 'DL3010: ignore: copy from previous stage', code: 'COPY --from=builder /usr/local/share/some.tar /opt/some.tar\n' }
  ],
  invalid: [
    {
      name: 'DL3010: catch: copy archive then extract 1',
      code: 'COPY packaged-app.tar /usr/src/app\nRUN tar -xf /usr/src/app/packaged-app.tar\n',
      lines: [1],
      messages: ['`packaged-app.tar` is copied in here and extracted by `tar` on line 2']
    },
    { name: 'DL3010: catch: copy archive then extract 2', code: 'COPY packaged-app.tar /usr/src/app\nWORKDIR /usr/src/app\nRUN foo bar && echo something && tar -xf packaged-app.tar\n', lines: [1] },
    { name: 'DL3010: catch: copy archive then extract 3', code: 'COPY foo/bar/packaged-app.tar /foo.tar\nRUN tar -xf /foo.tar\n', lines: [1] },
    { name: 'DL3010: catch: copy archive then extract windows paths 1', code: 'COPY build\\foo\\bar.tar.gz "C:\\Program Files\\Foo"\nRUN tar -xf "C:\\Program Files\\Foo\\bar.tar.gz"\n', lines: [1] },
    { name: 'DL3010: catch: copy archive then extract windows paths 2', code: 'COPY build\\foo\\bar.tar.gz "C:\\Program Files\\foo.tar.gz"\nRUN tar -xf foo.tar.gz\n', lines: [1] }
  ]
}

testRule(rule, {
  valid: [
    ...hadolint.valid,
    { name: 'ADD extracts it already', code: 'FROM alpine:3.20\nADD app.tar.gz /opt/app/\n' },
    { name: 'a zip file, which ADD does not extract', code: 'FROM alpine:3.20\nCOPY app.zip /tmp/\nRUN unzip /tmp/app.zip -d /opt/app\n' },
    { name: 'a compressed file that is not a tar archive', code: 'FROM alpine:3.20\nCOPY data.gz /tmp/\nRUN gunzip /tmp/data.gz\n' },
    { name: 'an archive created, not extracted', code: 'FROM alpine:3.20\nCOPY app.tar /tmp/\nRUN tar -tf /tmp/app.tar && tar -cf /tmp/other.tar /etc\n' },
    { name: 'another archive extracted', code: 'FROM alpine:3.20\nCOPY app.tar /tmp/\nRUN tar -xf /tmp/other.tar\n' },
    { name: 'extracted before it is copied', code: 'FROM alpine:3.20\nRUN tar -xf /tmp/app.tar || true\nCOPY app.tar /tmp/\n' },
    { name: 'a build stage: its layers do not ship', code: 'FROM alpine:3.20 AS build\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt\nFROM alpine:3.20\nCOPY --from=build /opt /opt\n' },
    { name: 'extracted in another stage', code: 'FROM alpine:3.20 AS base\nCOPY app.tar.gz /tmp/\nFROM alpine:3.20\nRUN tar -xzf /tmp/app.tar.gz\n' }
  ],
  invalid: [
    ...hadolint.invalid,
    { name: 'old-style tar options', code: 'FROM alpine:3.20\nCOPY app.tgz /tmp/\nRUN tar xzf /tmp/app.tgz -C /opt\n', lines: [2] },
    { name: 'long options', code: 'FROM alpine:3.20\nCOPY app.tar.xz /tmp/\nRUN tar --extract --file=/tmp/app.tar.xz --directory /opt\n', lines: [2] },
    { name: 'only the extracted one of several sources', code: 'FROM alpine:3.20\nCOPY a.tar b.tar.gz /tmp/\nRUN tar -xzf /tmp/b.tar.gz\n', lines: [2], messages: ['`b.tar.gz`'] },
    { name: 'in a stage the final one is built FROM', code: 'FROM alpine:3.20 AS base\nCOPY app.tar /tmp/\nRUN tar -xf /tmp/app.tar\nFROM base\n', lines: [2] },
    { name: 'extracted in a nested shell', code: 'FROM alpine:3.20\nCOPY app.tar /tmp/\nRUN sh -c "tar -xf /tmp/app.tar -C /opt"\n', lines: [2] },
    { name: 'JSON-form COPY', code: 'FROM alpine:3.20\nCOPY ["app.tar", "/tmp/"]\nRUN tar -xf /tmp/app.tar\n', lines: [2] }
  ]
})
