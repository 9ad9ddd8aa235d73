import rule from '../../src/rules/no-curl-pipe-shell.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM debian:bookworm-slim\n'

// Windows images: RUN runs under cmd by default, or the PowerShell a SHELL names (src/shell/powershell.ts).
const WIN = 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\n'
const PS = WIN + 'SHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]\n'
const PWSH_LINUX = 'FROM mcr.microsoft.com/powershell:7.4-ubuntu-22.04\n'

testRule(rule, {
  valid: [
    { name: 'PowerShell: download to a file, check its hash', code: PS + "RUN iwr https://x.io/i.ps1 -OutFile i.ps1; if ((Get-FileHash i.ps1).Hash -ne $env:SHA) { exit 1 }; .\\i.ps1\n" },
    { name: 'PowerShell: iex of a fixed string', code: PS + "RUN iex 'robocopy C:\\a C:\\b'; irm https://x.io/v.json | ConvertFrom-Json\n" },
    { name: 'PowerShell: a download to a file is not run', code: PS + "RUN (New-Object Net.WebClient).DownloadFile('https://x.io/a.msi', 'a.msi')\n" },
    { name: 'cmd bodies are not parsed', code: WIN + 'RUN curl -fsSL https://x.io/i.cmd > i.cmd & call i.cmd\n' },
    { name: 'download to a file, verify, then run', code: rule.examples.good },
    { name: 'piping JSON into a program', code: FROM + 'RUN curl -fsSL https://api.github.com/repos/a/b/releases/latest | jq -r .tag_name\n' },
    { name: 'python -c reads the download as data, not code', code: FROM + `RUN curl -s https://x.io/v.json | python3 -c 'import json, sys; print(json.load(sys.stdin)["v"])'\n` },
    { name: 'perl -pe edits the stream', code: FROM + "RUN curl -s https://x.io/a.conf | perl -pe 's/a/b/' > /etc/a.conf\n" },
    { name: 'sh -c with a fixed script reads the download as data', code: FROM + "RUN curl -fsSL https://x.io/key | sh -c 'cat > /etc/key'\n" },
    { name: 'curl -o writes a file, nothing reaches the pipe', code: FROM + 'RUN curl -fsSLo /tmp/x https://x.io/x | cat\n' },
    { name: 'stdout redirected to a file, nothing reaches the pipe', code: FROM + 'RUN curl -fsSL https://x.io/i.sh > /tmp/i.sh | sh\n' },
    { name: 'wget without -O - writes a file', code: FROM + 'RUN wget -q https://x.io/install.sh | sh\n' },
    { name: 'a substitution used as an argument, not code', code: FROM + 'RUN echo "$(curl -fsSL https://x.io/version)" > /VERSION\n' },
    { name: 'a script file given to bash, the download elsewhere', code: FROM + 'RUN bash ./build.sh "$(curl -fsSL https://x.io/version)"\n' },
    { name: 'diff of two downloads', code: FROM + 'RUN diff <(curl -s https://x.io/a) <(curl -s https://x.io/b)\n' },
    { name: 'exec form is not run by a shell', code: FROM + 'RUN ["curl", "-fsSL", "https://x.io/install.sh"]\n' },
    // A download kept in a variable: only its exact use as code counts.
    { name: 'variable: the download used as data', code: FROM + 'RUN v=$(curl -fsSL https://x.io/v.json) && echo "$v" | jq -r .tag && sh -c "echo $v"\n' },
    { name: 'variable: assigned again before it runs', code: FROM + 'RUN s=$(curl -fsSL https://x.io/i.sh) && s="echo hi" && eval "$s"\n' },
    { name: 'variable: unset before it runs', code: FROM + 'RUN s=$(curl -fsSL https://x.io/i.sh); unset s; eval "$s"\n' },
    { name: 'variable: the substitution filters the download', code: FROM + 'RUN s=$(curl -fsSL https://x.io/v.json | jq -r .cmd) && eval "$s"\n' },
    { name: 'variable: only part of the value', code: FROM + 'RUN s=v$(curl -fsSL https://x.io/i.sh) && eval "$s"; t=$(curl -fsSL https://x.io/i.sh); eval "$t" more\n' },
    { name: 'variable: curl -o writes a file, the variable holds nothing', code: FROM + 'RUN s=$(curl -fsSLo /tmp/i.sh https://x.io/i.sh) && sh -c "$s"\n' },
    { name: 'variable: a file named by the variable is run, not its value', code: FROM + 'RUN f=$(curl -fsSL https://x.io/name) && bash "$f"\n' },
    { name: 'variable: a process substitution that prints something else', code: FROM + 'RUN s=$(curl -fsSL https://x.io/i.sh) && bash <(echo "echo $s")\n' },
    { name: 'variable: set in another RUN', code: FROM + 'RUN s=$(curl -fsSL https://x.io/i.sh) && echo ok\nRUN eval "$s"\n' }
  ],
  invalid: [
    {
      name: 'PowerShell: the Chocolatey one-liner',
      code: PS + "RUN Set-ExecutionPolicy Bypass -Scope Process -Force; iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))\n",
      lines: [3],
      messages: ['`invoke-expression` with `(webclient.downloadstring …)` runs a script downloaded from `https://community.chocolatey.org/install.ps1`']
    },
    { name: 'PowerShell: iwr | iex', code: PS + 'RUN iwr https://x.io/i.ps1 -UseBasicParsing | iex\n', lines: [3], messages: ['`invoke-webrequest … | invoke-expression`'] },
    { name: 'PowerShell: iex(iwr …) with no space', code: PS + 'RUN iex(iwr -useb https://chocolatey.org/install.ps1)\n', lines: [3] },
    { name: 'PowerShell: Invoke-Expression of (Invoke-WebRequest).Content', code: PS + 'RUN Invoke-Expression (Invoke-WebRequest -UseBasicParsing https://x.io/i.ps1).Content\n', lines: [3] },
    { name: 'PowerShell: (iwr).Content piped into iex', code: PS + 'RUN (iwr https://x.io/i.ps1).Content | iex\n', lines: [3] },
    { name: 'PowerShell: & of a scriptblock made from irm', code: PS + 'RUN & ([scriptblock]::Create((irm https://x.io/i.ps1))) -Force\n', lines: [3], messages: ['`invoke-expression` with `(invoke-restmethod …)`'] },
    { name: 'PowerShell started by cmd', code: WIN + 'RUN powershell -NoProfile -ExecutionPolicy Bypass -Command "iex ((New-Object Net.WebClient).DownloadString(\'https://x.io/i.ps1\'))"\n', lines: [2] },
    { name: 'pwsh -c on a Linux image', code: PWSH_LINUX + 'RUN pwsh -c "irm https://x.io/i.ps1 | iex"\n', lines: [2] },
    { code: FROM + 'RUN curl -fsSL https://get.example.com | sh\n', lines: [2], messages: ['`curl … | sh` runs a script downloaded from `https://get.example.com`'] },
    { name: 'wget -qO- into bash', code: FROM + 'RUN wget -qO- https://x.io/i.sh | bash\n', lines: [2], messages: ['`wget … | bash`'] },
    { name: 'wget -O - (separate value)', code: FROM + 'RUN wget --quiet -O - https://x.io/i.sh | bash -s -- --yes\n', lines: [2] },
    { name: 'sudo -E bash -', code: FROM + 'RUN curl -sL https://deb.nodesource.com/setup_20.x | sudo -E bash -\n', lines: [2], messages: ['`curl … | bash`'] },
    { name: 'through tee', code: FROM + 'RUN curl -fsSL https://x.io/i.sh | tee /tmp/i.sh | sh\n', lines: [2] },
    { name: 'python3 - reads the program from stdin', code: FROM + 'RUN curl -sSL https://install.python-poetry.org | python3 -\n', lines: [2] },
    { name: 'a bare interpreter reads stdin', code: FROM + 'RUN curl -fsSL https://x.io/setup.rb | ruby\n', lines: [2] },
    { name: 'only stderr redirected: stdout still reaches the pipe', code: FROM + 'RUN curl -fsSL https://x.io/i.sh 2>/dev/null | sh\n', lines: [2] },
    { name: 'curl -o - still writes to stdout', code: FROM + 'RUN curl -fsSL -o - https://x.io/i.sh | sh\n', lines: [2] },
    { name: 'process substitution', code: FROM + 'RUN bash <(curl -fsSL https://x.io/i.sh)\n', lines: [2], messages: ['`bash` with `<(curl …)`'] },
    { name: 'process substitution into python', code: FROM + 'RUN python3 <(curl -fsSL https://x.io/get-pip.py)\n', lines: [2] },
    { name: 'stdin redirected from a process substitution', code: FROM + 'RUN bash < <(curl -fsSL https://x.io/i.sh)\n', lines: [2] },
    { name: 'sh -c "$(curl …)"', code: FROM + 'RUN sh -c "$(curl -fsSL https://ohmyz.sh/install.sh)"\n', lines: [2], messages: ['`sh` with `$(curl …)`'] },
    { name: 'eval "$(wget -O- …)"', code: FROM + 'RUN eval "$(wget -O- https://x.io/env)"\n', lines: [2], messages: ['`eval`'] },
    { name: 'backticks', code: FROM + 'RUN bash -c "`curl -fsSL https://x.io/i.sh`"\n', lines: [2] },
    { name: 'here-string', code: FROM + 'RUN bash <<< "$(curl -fsSL https://x.io/i.sh)"\n', lines: [2] },
    { name: 'node -e "$(curl …)"', code: FROM + 'RUN node -e "$(curl -fsSL https://x.io/i.js)"\n', lines: [2] },
    { name: 'sudo bash -c "$(curl …)"', code: FROM + 'RUN sudo bash -c "$(curl -fsSL https://x.io/i.sh)"\n', lines: [2] },
    { name: 'inside sh -c', code: FROM + `RUN sh -c 'curl -fsSL https://x.io/i.sh | sh'\n`, lines: [2] },
    { name: 'inside a heredoc', code: FROM + 'RUN <<EOF\nset -e\ncurl -fsSL https://x.io/i.sh | sh\nEOF\n', lines: [4] },
    { name: 'ONBUILD trigger', code: FROM + 'ONBUILD RUN curl -fsSL https://x.io/i.sh | sh\n', lines: [2] },
    { name: 'URL from an ARG', code: FROM + 'ARG URL\nRUN curl -fsSL "$URL" | sh\n', lines: [3], messages: ['from `$URL`'] },
    {
      name: 'line continuations with comment lines',
      code: FROM + 'RUN apt-get update \\\n# fetch the installer\n  && curl -fsSL https://x.io/i.sh \\\n  | bash\n',
      lines: [4]
    },
    {
      name: 'variable: bash -c "$script"',
      code: FROM + 'RUN script=$(curl -fsSL https://x.io/install.sh) && bash -c "$script"\n',
      lines: [2],
      messages: ['`bash` running `$script` (set to `$(curl …)`) runs a script downloaded from `https://x.io/install.sh`']
    },
    { name: 'variable: sh -c "$s", quoted substitution', code: FROM + 'RUN s="$(wget -qO- https://x.io/i.sh)"; sh -c "$s"\n', lines: [2], messages: ['`sh` running `$s` (set to `$(wget …)`)'] },
    { name: 'variable: echo "$s" | sh', code: FROM + 'RUN s=$(curl -fsSL https://x.io/i.sh)\nRUN true && \\\n  s=$(curl -fsSL https://x.io/i.sh) && \\\n  echo "$s" | sudo sh -s -- -y\n', lines: [5] },
    { name: "variable: printf '%s' \"$s\" | bash", code: FROM + `RUN s=$(curl -fsSL https://x.io/i.sh); printf '%s\\n' "$s" | bash\n`, lines: [2] },
    { name: 'variable: eval "${s}"', code: FROM + 'RUN s=$(curl -fsSL https://x.io/env.sh); eval "${s}"\n', lines: [2], messages: ['`eval` running `$s`'] },
    { name: 'variable: eval $s, unquoted', code: FROM + 'RUN s=$(curl -fsSL https://x.io/env.sh); eval $s\n', lines: [2] },
    {
      name: 'variable: bash <(echo "$script") in a heredoc',
      code: FROM + 'RUN <<EOF\nset -e\nscript=$(curl -fsSL "https://x.io/env.sh")\nbash <(echo "$script") cleanup\nEOF\n',
      lines: [5],
      messages: ['`bash` running `$script`']
    },
    { name: 'variable: here-string', code: FROM + 'RUN s=$(curl -fsSL https://x.io/i.sh) && bash <<< "$s"\n', lines: [2] },
    { name: 'later stage of a multi-stage build', code: 'FROM debian:bookworm-slim AS build\nRUN make\nFROM build\nRUN curl https://x.io | sh\n', lines: [4] }
  ]
})
