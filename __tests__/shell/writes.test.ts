import { describe, expect, it } from '@jest/globals'
import { installedPackages } from '../../src/shell/package-managers.js'
import { parseShell } from '../../src/shell/parse.js'
import { writtenFiles } from '../../src/shell/writes.js'

const all = (src: string, of: (c: ReturnType<typeof parseShell>['commands'][number]) => { value: string }[]) =>
  parseShell(src).commands.flatMap((c) => of(c).map((w) => w.value))

describe('writtenFiles', () => {
  it('finds redirect targets, tee files and copy destinations', () => {
    expect(all('echo a > /a; echo b >> /b 2>/dev/null; x &> /c; echo d | sudo tee -a /d /e', writtenFiles)).toEqual(['/a', '/b', '/c', '/d', '/e'])
    expect(all('cp -r src /f && mv -f a b /g && install -m 0644 x /h && cp -t /i a b && ln -sf /bin/x /j', writtenFiles)).toEqual(['/f', '/g', '/h', '/i', '/j'])
  })

  it('finds the files sed -i edits, with or without -e, and dd of=', () => {
    expect(all("sed -i 's/a/b/' /k /l && sed -ie 's/a/b/' /m && sed --in-place=.bak -e x /n && dd if=/x of=/o", writtenFiles)).toEqual(['/k', '/l', '/m', '/n', '/o'])
  })

  it('leaves out reads, plain sed, install -d, stdout and devices', () => {
    expect(all("cat /etc/sudoers > /dev/null; sed 's/a/b/' /p; install -d /q /r; echo x | tee -; grep x < /s; echo >&2", writtenFiles)).toEqual([])
  })
})

describe('installedPackages', () => {
  it('lists the packages of every package manager, as written', () => {
    const src =
      'apt-get -qq -y install --no-install-recommends curl=8.5.0-2 libc6:amd64 && apt install -t bookworm-backports git && ' +
      'apk add --no-cache --virtual .deps -X http://x gcc && dnf -y --setopt=tsflags=nodocs install make && ' +
      'yum install -y --enablerepo epel jq && microdnf install tar && tdnf install -y unzip && zypper -n in --from repo vim'
    expect(all(src, installedPackages)).toEqual(['curl=8.5.0-2', 'libc6:amd64', 'git', 'gcc', 'make', 'jq', 'tar', 'unzip', 'vim'])
  })

  it('lists nothing for other verbs and other programs', () => {
    expect(all('apt-get update && apt-get remove x && apk del y && dnf upgrade && pip install z && npm install w', installedPackages)).toEqual([])
  })
})
