import rule from '../../src/rules/no-pointless-commands.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM debian:bookworm-slim\n'

// KICS assets/queries/dockerfile/run_utilities_and_posix_commands/test (negative2 is negative in lower
// case, with `run apt-get install nano vim` added).
const KICS_NEGATIVE = 'FROM ubuntu\nRUN apt-get update && apt-get install -y x11vnc xvfb firefox\nRUN mkdir ~/.vnc\nRUN x11vnc -storepasswd 1234 ~/.vnc/passwd\nRUN bash -c \'echo "firefox" >> /.bashrc\'\nEXPOSE 5900\nCMD    ["x11vnc", "-forever", "-usepw", "-create"]\n'

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3001Spec.hs (each also as an ONBUILD trigger)
    { name: 'DL3001: install ssh', code: FROM + 'RUN apt-get install ssh\n' },
    { name: 'DL3001: install ssh (onbuild)', code: FROM + 'ONBUILD RUN apt-get install ssh\n' },
    // KICS
    { name: 'kics 9b6b0f38: negative.dockerfile', code: KICS_NEGATIVE },
    {
      name: 'kics 9b6b0f38: negative2.dockerfile',
      code: KICS_NEGATIVE.replace(/^[A-Z]+/gm, (k) => k.toLowerCase()).replace('\nexpose', '\nrun apt-get install nano vim\nexpose')
    },
    // beyond hadolint
    { name: 'the names as arguments', code: FROM + 'RUN apt-get install -y procps vim openssh-client && echo top free\n' },
    { name: 'ssh-keyscan is another program', code: FROM + 'RUN ssh-keyscan github.com >> /etc/ssh/ssh_known_hosts\n' },
    { name: 'a service started and used in the same RUN', code: FROM + 'RUN service postgresql start && su postgres -c "createdb app" && service postgresql stop\n' },
    { name: 'a service started and used in a heredoc', code: FROM + 'RUN <<EOF\nservice mariadb start\nmariadb < /init.sql\nEOF\n' },
    { name: 'kill of a process started in the same RUN', code: FROM + "RUN mysqld & sleep 5 && mysql -e 'CREATE DATABASE app' && kill %1\n" },
    { name: 'ps after starting a daemon', code: FROM + 'RUN /usr/sbin/cron && ps aux\n' },
    { name: 'vim run by a script', code: FROM + 'RUN vim +PlugInstall +qall\n' },
    { name: 'vim in Ex mode', code: FROM + "RUN vim -es -u ~/.vimrc -c 'PlugInstall' -c 'qa'\n" },
    { name: 'vim --version', code: FROM + 'RUN vim --version\n' },
    { name: 'ssh with a forwarded agent', code: FROM + 'RUN --mount=type=ssh ssh git@git.example.com info\n' },
    { name: 'ssh with a key from a secret', code: FROM + 'RUN --mount=type=secret,id=deploy_key ssh -i /run/secrets/deploy_key git@git.example.com info\n' },
    { name: 'mount in a privileged step', code: FROM + 'RUN --security=insecure mount -t tmpfs tmpfs /mnt && ls /mnt\n' },
    { name: 'other stages, other instructions', code: FROM + 'CMD ["top"]\n' }
  ],
  invalid: [
    // KICS assets/queries/dockerfile/run_utilities_and_posix_commands/test/positive*.dockerfile
    { name: 'kics 9b6b0f38: positive.dockerfile', code: 'FROM golang:1.12.0-stretch\nWORKDIR /go\nCOPY . /go\nRUN top\nCMD ["go", "run", "main.go"]\n', lines: [4] },
    { name: 'kics 9b6b0f38: positive2.dockerfile', code: 'from golang:1.12.0-stretch\nworkdir /go\ncopy . /go\nrun top\nrun ["ps", "-d"]\ncmd ["go", "run", "main.go"]\n', lines: [4, 5] },
    // hadolint test/Hadolint/Rule/DL3001Spec.hs
    { name: 'DL3001: top', code: FROM + 'RUN top\n', lines: [2], messages: ['`top` is an interactive process viewer'] },
    { name: 'DL3001: top (onbuild)', code: FROM + 'ONBUILD RUN top\n', lines: [2] },
    // beyond hadolint
    { name: 'free', code: FROM + 'RUN free -m\n', lines: [2], messages: ['`free` shows the memory of the build machine'] },
    { name: 'shutdown', code: FROM + 'RUN shutdown -h now\n', lines: [2] },
    { name: 'vim', code: FROM + 'RUN vim /etc/app.conf\n', lines: [2], messages: ['edit files with `sed`'] },
    { name: 'mount', code: FROM + 'RUN mount -t tmpfs tmpfs /mnt\n', lines: [2], messages: ['`RUN --mount=…`'] },
    { name: 'ssh with no key', code: FROM + 'RUN ssh git@git.example.com info\n', lines: [2], messages: ['`RUN --mount=type=ssh`'] },
    { name: 'ssh with a cache mount only', code: FROM + 'RUN --mount=type=cache,target=/root/.cache ssh git@git.example.com info\n', lines: [2] },
    { name: 'a service started at the end of the RUN', code: FROM + 'RUN apt-get update && apt-get install -y nginx && service nginx start\n', lines: [2], messages: ['`service nginx start` starts a process that is stopped when this RUN ends'] },
    { name: 'a service started in a RUN of its own, behind sudo', code: FROM + 'RUN sudo service ssh start\n', lines: [2] },
    { name: 'a service stopped before anything started it', code: FROM + 'RUN service nginx stop && rm -rf /var/log/nginx\n', lines: [2], messages: ['`service nginx stop` can only see processes started earlier'] },
    { name: 'kill of a process of an earlier RUN', code: FROM + 'RUN nginx\nRUN kill $(cat /run/nginx.pid)\n', lines: [3], messages: ['`kill` can only see processes'] },
    { name: 'ps first', code: FROM + 'RUN ps aux | grep nginx\n', lines: [2] },
    { name: 'inside sh -c', code: FROM + "RUN sh -c 'top -b -n 1'\n", lines: [2] },
    { name: 'inside a heredoc', code: FROM + 'RUN <<EOF\napt-get update\nservice nginx start\nEOF\n', lines: [4] },
    { name: 'exec form', code: FROM + 'RUN ["service", "nginx", "start"]\n', lines: [2] },
    { name: 'in a build stage too', code: FROM + 'RUN top\nFROM debian:bookworm-slim\nRUN free\n', lines: [2, 4] }
  ]
})
