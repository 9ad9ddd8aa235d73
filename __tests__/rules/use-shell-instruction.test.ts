import rule from '../../src/rules/use-shell-instruction.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM debian:bookworm-slim\n'

// KICS's changing_default_shell_using_run_command/test (8a301064), case by case. KICS also reports a RUN
// that starts with `powershell`, which runs one command and changes no default: that case differs.
const python = (line: string) =>
  `FROM alpine:3.5\nRUN apk add --update py2-pip\nRUN sudo yum install -y bundler\nRUN yum install\n${line}\nCOPY requirements.txt /usr/src/app/\nRUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nCOPY app.py /usr/src/app/\nCOPY templates/index.html /usr/src/app/templates/\nEXPOSE 5000\nCMD ["python", "/usr/src/app/app.py"]\n`
const lower = (code: string) => code.replace(/^[A-Z]+(?= )/gm, (keyword) => keyword.toLowerCase())
const kics = {
  valid: [
    { name: 'kics 8a301064: negative1.dockerfile', code: python('SHELL ["/bin/bash", "-c"]') },
    { name: 'kics 8a301064: negative2.dockerfile', code: python('SHELL ["cmd", "/S", "/C"]') },
    { name: 'kics 8a301064 (differs): positive2.dockerfile, a RUN of powershell', code: python('RUN powershell -command') },
    { name: 'kics 8a301064 (differs, from its query): a user\'s login shell', code: FROM + 'RUN useradd -m app && chsh -s /bin/bash app\n' }
  ],
  invalid: [{ name: 'kics 8a301064: positive3.dockerfile (lower case)', code: lower(python('RUN ln -sfv /bin/bash /bin/sh')), lines: [5] }]
}

testRule(rule, {
  valid: [
    ...kics.valid,
    // hadolint test/Hadolint/Rule/DL4005Spec.hs (each also as an ONBUILD trigger)
    { name: 'DL4005: unrelated symlink', code: FROM + 'RUN ln -sf /bin/true /sbin/initctl\n' },
    { name: 'DL4005: unrelated symlink (onbuild)', code: FROM + 'ONBUILD RUN ln -sf /bin/true /sbin/initctl\n' },
    { name: 'DL4005: /bin/sh given to another command', code: FROM + 'RUN ln -s foo bar && unrelated && something_with /bin/sh\n' },
    { name: 'DL4005: /bin/sh given to another command (onbuild)', code: FROM + 'ONBUILD RUN ln -s foo bar && unrelated && something_with /bin/sh\n' },
    // beyond hadolint
    { name: 'a link to the shell, not at it', code: FROM + 'RUN ln -s /bin/sh /usr/local/bin/posix-sh\n' },
    { name: 'a backup name next to it', code: FROM + 'RUN ln /bin/sh /bin/sh.distrib\n' },
    { name: 'an unknown link name', code: FROM + 'RUN ln -sf /bin/bash "$TARGET"\n' },
    { name: 'SHELL instead', code: FROM + 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN echo ok\n' }
  ],
  invalid: [
    ...kics.invalid,
    // hadolint test/Hadolint/Rule/DL4005Spec.hs
    { name: 'DL4005: ln -sfv /bin/bash /bin/sh', code: FROM + 'RUN ln -sfv /bin/bash /bin/sh\n', lines: [2], messages: ['`ln` replaces `/bin/sh`, the shell of every program in the image, not only of the Dockerfile: to run RUN commands with another shell, use `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` instead.'] },
    { name: 'DL4005: onbuild', code: FROM + 'ONBUILD RUN ln -sfv /bin/bash /bin/sh\n', lines: [2] },
    // beyond hadolint
    { name: 'a relative target', code: FROM + 'RUN ln -sf dash /bin/sh\n', lines: [2], messages: ['`SHELL ["/bin/dash", "-c"]`'] },
    { name: '/usr/bin/sh on merged /usr', code: FROM + 'RUN ln -sf /usr/bin/zsh /usr/bin/sh\n', lines: [2], messages: ['`ln` replaces `/usr/bin/sh`, the shell of every program in the image, not only of the Dockerfile: to run RUN commands with another shell, use `SHELL ["/usr/bin/zsh", "-o", "pipefail", "-c"]` instead.'] },
    { name: 'with --target-directory', code: FROM + 'RUN ln -sf -t /bin /opt/busybox/sh\n', lines: [2] },
    { name: 'the link name from an ARG', code: FROM + 'ARG SH=/bin/sh\nRUN ln -sf /bin/bash $SH\n', lines: [3] },
    { name: 'after rm, behind sudo', code: FROM + 'RUN rm /bin/sh && sudo ln -s /bin/bash /bin/sh\n', lines: [2] },
    { name: 'in a heredoc', code: FROM + 'RUN <<EOF\nln -sf /bin/bash /bin/sh\nEOF\n', lines: [3] }
  ]
})
