import rule from '../../src/rules/verify-downloads.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM debian:bookworm-slim\n'
const SHA = '2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae'
// Windows images: a SHELL names PowerShell (src/shell/powershell.ts).
const PS = 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]\n'

testRule(rule, {
  valid: [
    { name: 'cmd: certutil -hashfile piped into findstr', code: `FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN curl -fSLo C:\\x.msi https://x.io/x.msi && certutil -hashfile C:\\x.msi SHA256 | findstr /i ${SHA} && msiexec /i C:\\x.msi /quiet\n` },
    { name: 'cmd: a for /f command could be the check, so nothing is read', code: `FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN curl -o x.zip https://x.io/x.zip && for /f %i in ('certutil -hashfile x.zip SHA256') do echo %i && tar -xf x.zip\n` },
    { name: 'cmd: a download nothing uses', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN curl -o C:\\x.msi https://x.io/x.msi && echo done\n' },
    { name: 'checksum written to a file and checked', code: rule.examples.good },
    { name: 'echo "<sha>  F" | sha256sum -c -', code: FROM + `RUN curl -fsSLo /tmp/app.tgz https://x.io/app.tgz && echo "${SHA}  /tmp/app.tgz" | sha256sum -c - && tar -xzf /tmp/app.tgz -C /opt\n` },
    {
      name: 'variables compared as written (${X} and $X alike)',
      code: FROM + 'ARG V\nRUN curl -fsSLO "https://x.io/v${V}/app-${V}.tgz" && echo "$SHA  app-$V.tgz" | sha256sum -c && tar xzf "app-${V}.tgz"\n'
    },
    {
      name: 'a checksum list, filtered with grep (the Node.js images)',
      code:
        FROM +
        'RUN curl -fsSLO "https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION-linux-x64.tar.xz" \\\n' +
        '  && curl -fsSLO "https://nodejs.org/dist/v$NODE_VERSION/SHASUMS256.txt.asc" \\\n' +
        '  && gpg --batch --decrypt --output SHASUMS256.txt SHASUMS256.txt.asc \\\n' +
        '  && grep " node-v$NODE_VERSION-linux-x64.tar.xz\\$" SHASUMS256.txt | sha256sum -c - \\\n' +
        '  && tar -xJf "node-v$NODE_VERSION-linux-x64.tar.xz" -C /usr/local --strip-components=1\n'
    },
    {
      name: 'a whole checksum list checked (--ignore-missing)',
      code: FROM + 'RUN curl -fsSLO https://x.io/v1/tool_linux_amd64.tar.gz && curl -fsSLO https://x.io/v1/checksums.txt && sha256sum -c checksums.txt --ignore-missing && tar xzf tool_linux_amd64.tar.gz\n'
    },
    {
      name: 'gpg signature (the Go images)',
      code: FROM + 'RUN wget -O go.tgz.asc "$URL.asc" && wget -O go.tgz "$URL" --progress=dot:giga && gpg --batch --verify go.tgz.asc go.tgz && tar -C /usr/local -xzf go.tgz\n'
    },
    { name: 'cosign verify-blob', code: FROM + 'RUN curl -fsSLo /tmp/t https://x.io/t && cosign verify-blob --key k.pub --signature /tmp/t.sig /tmp/t && install /tmp/t /usr/local/bin/t\n' },
    { name: 'checksum compared in a test', code: FROM + `RUN wget -q https://x.io/app.zip && [ "$(sha256sum app.zip | cut -d' ' -f1)" = "${SHA}" ] && unzip app.zip\n` },
    { name: 'verified in a later RUN of the same stage', code: FROM + `RUN curl -fsSLo /tmp/t https://x.io/t\nRUN echo "${SHA}  /tmp/t" > /tmp/t.sha256 && sha256sum -c /tmp/t.sha256 && chmod +x /tmp/t\n` },
    { name: 'downloaded but only read (a config file)', code: FROM + 'RUN curl -fsSLo /etc/app.conf https://x.io/app.conf && cat /etc/app.conf\n' },
    { name: 'a key made readable, not executable', code: FROM + 'RUN curl -fsSLo /etc/apt/keyrings/docker.asc https://download.docker.com/linux/debian/gpg && chmod a+r /etc/apt/keyrings/docker.asc\n' },
    { name: 'apk checks the signature of a local package', code: 'FROM alpine:3.20\nRUN wget -O /tmp/x.apk https://x.io/x.apk && apk add /tmp/x.apk\n' },
    { name: 'copied somewhere not on the PATH', code: FROM + 'RUN curl -fsSLo /tmp/data.json https://x.io/d.json && cp /tmp/data.json /srv/data.json\n' },
    { name: 'a different file is extracted', code: FROM + 'RUN curl -fsSLo /tmp/a.tgz https://x.io/a.tgz && tar -xzf /src/b.tgz\n' },
    { name: 'extracted in another stage', code: FROM + 'RUN curl -fsSLo /tmp/a.tgz https://x.io/a.tgz\nFROM debian:bookworm-slim\nRUN tar -xzf /tmp/a.tgz\n' },
    { name: 'tar creating an archive', code: FROM + 'RUN curl -fsSLo /tmp/a.txt https://x.io/a.txt && tar -czf /tmp/a.tgz /tmp/a.txt\n' },
    { name: 'a download piped to a checksum, not unpacked', code: FROM + 'RUN curl -fsSL https://x.io/a.tgz | sha256sum\n' },
    { name: 'stdout redirected to a file, then checked', code: FROM + `RUN curl -sSf https://sh.rustup.rs > rustup.sh && echo "${SHA}  rustup.sh" | sha256sum -c - && sh rustup.sh -y\n` },
    { name: 'curl -o F with a log redirect: the log is no download', code: FROM + 'RUN curl -fsSLo /tmp/a.tgz https://x.io/a.tgz > /tmp/log.sh && sh /tmp/log.sh\n' },
    { name: 'old-style bundle whose f takes another word', code: FROM + 'RUN curl -fsSLo /tmp/a.tgz https://x.io/a.tgz && tar xfC /src/b.tgz /tmp/a.tgz\n' },
    // PowerShell: the checks it has.
    { name: 'PowerShell: Get-FileHash compared with a literal hash', code: PS + `RUN iwr https://x.io/app.zip -OutFile C:\\app.zip; if ((Get-FileHash C:\\app.zip -Algorithm SHA256).Hash -ne '${SHA}') { exit 1 }; Expand-Archive C:\\app.zip -DestinationPath C:\\app\n` },
    {
      name: 'PowerShell: the docker-library form (-ne $env:SHA256, throw)',
      code: PS + "ENV MONGO_SHA256 abc\nRUN Invoke-WebRequest -Uri $url -OutFile 'mongo.msi'; \\\n  if ((Get-FileHash mongo.msi -Algorithm sha256).Hash -ne $env:MONGO_SHA256) { Write-Host 'FAILED!'; exit 1 }; \\\n  Start-Process msiexec -Wait -ArgumentList @('/i', 'mongo.msi', '/quiet')\n"
    },
    { name: 'PowerShell: (Get-FileHash …).Hash -eq $env:SHA256 as a statement', code: PS + 'RUN iwr https://x.io/a.exe -OutFile a.exe; (Get-FileHash a.exe).Hash -eq $env:SHA256; .\\a.exe /S\n' },
    { name: 'PowerShell: the hash assigned to a variable, then compared', code: PS + "RUN iwr https://x.io/a.exe -OutFile a.exe; $h = Get-FileHash a.exe -Algorithm SHA256; if ($h.Hash -ne $env:A_SHA) { throw 'bad hash' }; & .\\a.exe /S\n" },
    { name: 'PowerShell: Authenticode signature status compared', code: PS + "RUN iwr https://x.io/a.exe -OutFile a.exe; if ((Get-AuthenticodeSignature a.exe).Status -ne 'Valid') { exit 1 }; Start-Process a.exe -Wait\n" },
    { name: 'PowerShell: certutil -hashfile compared', code: PS + 'RUN iwr https://x.io/a.exe -OutFile a.exe; if ((certutil -hashfile a.exe SHA256)[1] -ne $env:A_SHA) { exit 1 }; & .\\a.exe\n' },
    { name: 'PowerShell: certutil -hashfile piped into findstr', code: PS + `RUN curl.exe -fsSLo a.zip https://x.io/a.zip; certutil -hashfile a.zip SHA256 | findstr /i ${SHA}; tar -xf a.zip\n` },
    { name: 'PowerShell: downloaded but not used', code: PS + "RUN iwr https://x.io/a.json -OutFile C:\\a.json; Get-Content C:\\a.json\n" },
    { name: 'PowerShell: a different file is extracted', code: PS + 'RUN iwr https://x.io/a.zip -OutFile a.zip; Expand-Archive b.zip\n' },
    { name: 'streamed through gunzip into a file, then checked', code: FROM + `RUN curl -fsSL https://x.io/govc.gz | gunzip > /usr/local/bin/govc && echo "${SHA}  /usr/local/bin/govc" | sha256sum -c - && chmod +x /usr/local/bin/govc\n` },
    { name: 'streamed through a filter that changes it (sed): not the download', code: FROM + 'RUN curl -fsSL https://x.io/i.sh | sed s/a/b/ > /tmp/i.sh && sh /tmp/i.sh\n' },
    { name: 'gunzip of another file, its output redirected', code: FROM + 'RUN curl -fsSL https://x.io/a.gz | gunzip /src/b.gz > /tmp/b && chmod +x /tmp/b\n' },
    { name: 'tee to /dev/null only', code: FROM + 'RUN curl -fsSL https://x.io/a | tee /dev/stderr > /tmp/a && chmod +x /tmp/a && echo "${SHA}  /tmp/a" | sha256sum -c\n' },
    { name: 'msiexec installs another package', code: FROM + "RUN curl -fsSLo /tmp/a.msi https://x.io/a.msi && msiexec /i /tmp/b.msi /qn\n" },
    { name: 'PowerShell: a module-qualified cmdlet is not a path that runs', code: PS + 'RUN iwr https://x.io/Expand-Archive -OutFile Expand-Archive; Microsoft.PowerShell.Archive\\Expand-Archive x.zip\n' }
  ],
  invalid: [
    { name: 'cmd: curl -o F, msiexec /i F', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN curl -fSLo C:\\x.msi https://x.io/x.msi && msiexec /i C:\\x.msi /quiet\n', lines: [2], messages: ['installed by `msiexec`'] },
    { name: 'cmd: tar.exe -xf F with %VAR% paths compared as written', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN curl.exe -Lo %TEMP%\\a.zip https://x.io/a.zip & tar.exe -xf %TEMP%\\a.zip -C C:\\a\n', lines: [2], messages: ['extracted by `tar`'] },
    { name: 'cmd: the file run by name, through start /wait', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN curl -fSLo setup.exe https://x.io/setup.exe && start /wait setup.exe /S\n', lines: [2], messages: ['run without'] },
    { code: rule.examples.bad, lines: [2], messages: ['`/tmp/app.tgz` is downloaded by `curl` and extracted by `tar` without a checksum or signature check'] },
    { name: 'curl -O, then tar in old style', code: FROM + 'RUN curl -fsSLO https://x.io/v1/app.tgz && tar xzf app.tgz\n', lines: [2], messages: ['`app.tgz`'] },
    { name: 'wget URL writes the base name', code: FROM + 'RUN wget -q https://x.io/dl/app.zip && unzip -q app.zip -d /opt\n', lines: [2], messages: ['extracted by `unzip`'] },
    { name: 'wget -qO F (clustered)', code: FROM + 'RUN wget -qO /tmp/x.deb https://x.io/x.deb && dpkg -i /tmp/x.deb\n', lines: [2], messages: ['installed by `dpkg`'] },
    { name: 'apt-get install ./file.deb', code: FROM + 'RUN curl -fsSLo x.deb https://x.io/x.deb && apt-get install -y ./x.deb\n', lines: [2], messages: ['installed by `apt-get`'] },
    { name: 'rpm -ivh', code: 'FROM rockylinux:9.3\nRUN curl -fsSLo /tmp/x.rpm https://x.io/x.rpm && rpm -ivh /tmp/x.rpm\n', lines: [2], messages: ['installed by `rpm`'] },
    { name: 'pip install a wheel (python -m pip)', code: FROM + 'RUN curl -fsSLO https://x.io/pkg-1.0-py3-none-any.whl && python3 -m pip install pkg-1.0-py3-none-any.whl\n', lines: [2], messages: ['installed by `pip`'] },
    { name: 'chmod +x of a binary on the PATH (curl -fsSLo clustered)', code: FROM + 'RUN curl -fsSLo /usr/local/bin/tini https://github.com/krallin/tini/releases/download/v0.19.0/tini && chmod +x /usr/local/bin/tini\n', lines: [2], messages: ['made executable by `chmod`'] },
    { name: 'chmod 0755', code: FROM + 'RUN curl -fsSL -o /usr/local/bin/t https://x.io/t && chmod 0755 /usr/local/bin/t\n', lines: [2] },
    { name: 'sh F', code: FROM + 'RUN curl -fsSLo /tmp/i.sh https://x.io/i.sh && sh /tmp/i.sh\n', lines: [2], messages: ['run by `sh`'] },
    { name: 'run by its path', code: FROM + 'RUN curl -fsSLo ./install https://x.io/install && ./install --prefix /opt\n', lines: [2], messages: ['and run without'] },
    { name: 'java -jar', code: FROM + 'RUN wget -O /opt/app.jar https://x.io/app.jar && java -jar /opt/app.jar --init\n', lines: [2], messages: ['run by `java`'] },
    { name: 'mv into /usr/local/bin', code: FROM + 'RUN curl -fsSLo /tmp/kubectl https://dl.k8s.io/v1.30.0/bin/linux/amd64/kubectl && mv /tmp/kubectl /usr/local/bin/\n', lines: [2], messages: ['put into `/usr/local/bin/` by `mv`'] },
    { name: 'install -m 0755 into a bin dir', code: FROM + 'RUN curl -fsSLo /tmp/k https://x.io/k && install -m 0755 /tmp/k /usr/local/bin/k\n', lines: [2], messages: ['put into `/usr/local/bin/k` by `install`'] },
    { name: 'consumed in a later RUN', code: FROM + 'RUN curl -fsSLo /tmp/a.tgz https://x.io/a.tgz\nRUN tar -xzf /tmp/a.tgz -C /opt\n', lines: [2] },
    { name: 'a verifier that checks another artifact', code: FROM + `RUN curl -fsSLO https://x.io/a.tgz && curl -fsSLO https://x.io/b.tgz && echo "${SHA}  b.tgz" | sha256sum -c - && tar xzf a.tgz && tar xzf b.tgz\n`, lines: [2], messages: ['`a.tgz`'] },
    { name: 'sudo wrapper and --output-dir', code: FROM + 'RUN curl -fsSL --output-dir /tmp -O https://x.io/a.tgz && sudo tar -xzf /tmp/a.tgz\n', lines: [2] },
    { name: 'inside sh -c', code: FROM + `RUN sh -c 'curl -fsSLo /tmp/a.tgz https://x.io/a.tgz && tar -xzf /tmp/a.tgz'\n`, lines: [2] },
    { name: 'inside a heredoc', code: FROM + 'RUN <<EOF\nset -e\nwget -O /tmp/a.tgz https://x.io/a.tgz\ntar -xzf /tmp/a.tgz\nEOF\n', lines: [4] },
    { name: 'line continuations with comment lines', code: FROM + 'RUN set -e; \\\n# get it\n  curl -fsSLo /tmp/a.tgz https://x.io/a.tgz; \\\n  tar -xzf /tmp/a.tgz\n', lines: [4] },
    { name: 'ONBUILD triggers are checked among themselves', code: FROM + 'ONBUILD RUN curl -fsSLo /tmp/a.tgz https://x.io/a.tgz && tar -xzf /tmp/a.tgz\n', lines: [2] },
    { name: 'streamed into tar', code: FROM + 'RUN curl -fsSL https://go.dev/dl/go1.22.5.linux-amd64.tar.gz | tar -xz -C /usr/local\n', lines: [2], messages: ['`curl … | tar` unpacks the download as it streams in'] },
    { name: 'streamed through gunzip into tar', code: FROM + 'RUN wget -qO- https://x.io/a.tgz | gunzip | tar x -C /opt\n', lines: [2] },
    { name: 'stdout redirected to a file, made executable and run', code: FROM + 'RUN curl -sSf https://sh.rustup.rs > rustup.sh && chmod 755 rustup.sh && ./rustup.sh -y\n', lines: [2], messages: ['`rustup.sh` is downloaded by `curl` and made executable by `chmod`'] },
    { name: 'stdout redirected to a file, run by sh', code: FROM + 'RUN curl -sSf https://sh.rustup.rs > rustup.sh && sh rustup.sh -y\n', lines: [2], messages: ['run by `sh`'] },
    { name: 'wget -qO- redirected to a file', code: FROM + 'RUN wget -qO- https://x.io/i.sh > /tmp/i.sh && bash /tmp/i.sh\n', lines: [2], messages: ['`/tmp/i.sh`'] },
    { name: 'streamed through gunzip into a file, made executable', code: FROM + 'RUN curl -fsSL https://x.io/govc.gz | gunzip > /usr/local/bin/govc && chmod +x /usr/local/bin/govc\n', lines: [2], messages: ['`/usr/local/bin/govc` is downloaded by `curl` and made executable by `chmod`'] },
    { name: 'streamed through xz -d into a file, run', code: FROM + 'RUN wget -qO- https://x.io/t.xz | xz -d > /tmp/t && sh /tmp/t\n', lines: [2], messages: ['`/tmp/t` is downloaded by `wget` and run by `sh`'] },
    { name: 'streamed through zcat, zstd -dc and bunzip2 -c', code: FROM + 'RUN curl -fsSL https://x.io/a.gz | zcat > a && curl -fsSL https://x.io/b.zst | zstd -dc > b && curl -fsSL https://x.io/c.bz2 | bunzip2 -c >c && ./a && ./b && ./c\n', lines: [2, 2, 2], messages: ['`a`', '`b`', '`c`'] },
    { name: 'sudo tee into a bin dir, then run', code: FROM + 'RUN curl -fsSL https://x.io/k | sudo tee /usr/local/bin/k > /dev/null && sudo chmod +x /usr/local/bin/k\n', lines: [2], messages: ['`/usr/local/bin/k`'] },
    { name: 'gunzip then tee, installed to the PATH', code: FROM + 'RUN curl -fsSL https://x.io/k.gz | gunzip | tee /tmp/k >/dev/null && install -m 0755 /tmp/k /usr/local/bin/k\n', lines: [2], messages: ['put into `/usr/local/bin/k` by `install`'] },
    { name: 'msiexec /package in a POSIX body', code: FROM + "RUN curl -L -o 'C:/ps.msi' https://x.io/ps.msi && msiexec /package 'C:/ps.msi' /quiet\n", lines: [2], messages: ['installed by `msiexec`'] },
    { name: 'old-style tar bundle with f not last (xJfv)', code: FROM + 'RUN curl -L https://x.io/tool.tar.xz -o /tmp/tool.txz && tar xJfv /tmp/tool.txz\n', lines: [2], messages: ['`/tmp/tool.txz`'] },
    { name: 'old-style tar bundle, values in order (xCf DIR F)', code: FROM + 'RUN curl -fsSLo /tmp/a.tgz https://x.io/a.tgz && tar xCf /opt /tmp/a.tgz\n', lines: [2] },
    { name: 'streamed, tar -f -', code: FROM + 'RUN curl -fsSL https://x.io/a.tgz | sudo tar -xzf - -C /opt\n', lines: [2] },
    {
      name: 'PowerShell: Invoke-WebRequest -OutFile, then Expand-Archive',
      code: PS + 'RUN Invoke-WebRequest -Uri https://x.io/app.zip -OutFile C:\\app.zip; Expand-Archive C:\\app.zip -DestinationPath C:\\app\n',
      lines: [3],
      messages: ['`C:\\app.zip` is downloaded by `Invoke-WebRequest` and extracted by `Expand-Archive`']
    },
    { name: 'PowerShell: a hash printed, not compared, is no check', code: PS + 'RUN iwr https://x.io/a.zip -OutFile a.zip; Get-FileHash a.zip; Expand-Archive -Path .\\a.zip -DestinationPath C:\\a\n', lines: [3] },
    { name: 'PowerShell: certutil -hashfile alone is no check', code: PS + 'RUN iwr https://x.io/a.exe -OutFile a.exe; certutil -hashfile a.exe SHA256; & .\\a.exe /S\n', lines: [3], messages: ['run with the call operator `&`'] },
    { name: 'PowerShell: WebClient.DownloadFile, then Start-Process', code: PS + "RUN (New-Object Net.WebClient).DownloadFile('https://x.io/a.exe', 'C:\\a.exe'); Start-Process C:\\a.exe -ArgumentList '/S' -Wait\n", lines: [3], messages: ['downloaded by `DownloadFile` and run by `Start-Process`'] },
    { name: 'PowerShell: curl.exe -o, then tar -xf', code: PS + 'RUN curl.exe -fsSLo d.tgz https://x.io/d.tgz; tar -xf d.tgz -C C:\\d\n', lines: [3], messages: ['extracted by `tar`'] },
    { name: 'PowerShell: Start-BitsTransfer, then msiexec /i', code: PS + 'RUN Start-BitsTransfer -Source https://x.io/e.msi -Destination C:\\e.msi; msiexec /i C:\\e.msi /qn\n', lines: [3], messages: ['installed by `msiexec`'] },
    { name: 'PowerShell: Start-Process msiexec -ArgumentList as one string', code: PS + "RUN iwr https://x.io/e.msi -OutFile e.msi; Start-Process msiexec.exe -ArgumentList '/i e.msi /qn' -Wait\n", lines: [3], messages: ['installed by `msiexec`'] },
    { name: 'PowerShell: run by its relative path', code: PS + 'RUN iwr https://x.io/setup.exe -OutFile setup.exe; .\\setup.exe /S\n', lines: [3], messages: ['and run without'] },
    { name: 'PowerShell: the hash compared belongs to another file', code: PS + 'RUN iwr https://x.io/a.exe -OutFile a.exe; iwr https://x.io/b.exe -OutFile b.exe; if ((Get-FileHash b.exe).Hash -ne $env:B) { exit 1 }; & .\\a.exe; & .\\b.exe\n', lines: [3], messages: ['`a.exe`'] },
    { name: 'PowerShell: msiexec /package', code: PS + 'RUN iwr https://x.io/p.msi -OutFile C:\\p.msi; msiexec.exe /package C:\\p.msi /quiet /norestart\n', lines: [3], messages: ['`C:\\p.msi` is downloaded by `iwr` and installed by `msiexec`'] },
    { name: 'PowerShell: Start-Process msiexec -ArgumentList @(…)', code: PS + "RUN iwr https://x.io/m.msi -OutFile m.msi; Start-Process msiexec -Wait -ArgumentList @('/i', 'm.msi', '/quiet')\n", lines: [3], messages: ['installed by `msiexec`'] }
  ]
})
