import rule from '../../src/rules/no-privilege-grants.js'
import { testRule } from '../helpers/test-rule.js'

testRule(rule, {
  valid: [
    'FROM debian:bookworm-slim\nRUN useradd -u 10001 -m -G users app\n',
    { name: 'primary group 0 (the OpenShift convention)', code: 'FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4\nRUN useradd -u 1001 -g 0 app && usermod -g root app\n' },
    { name: 'joining harmless groups', code: 'FROM debian:bookworm-slim\nRUN usermod -aG video,audio app && adduser app staff && addgroup -S app && gpasswd -a app users\n' },
    { name: 'a sudo rule for root itself grants nothing new', code: 'FROM debian:bookworm-slim\nRUN echo "root ALL=(ALL) ALL" >> /etc/sudoers\n' },
    { name: 'reading sudoers', code: 'FROM debian:bookworm-slim\nRUN cat /etc/sudoers > /tmp/sudoers.txt && grep NOPASSWD /etc/sudoers\n' },
    { name: 'a UID that only contains 0', code: 'FROM debian:bookworm-slim\nRUN useradd -u 1000 app && adduser --uid 10 app2\n' },
    { name: 'a /etc/passwd line without UID 0', code: 'FROM alpine:3.20\nRUN echo "app:x:10001:10001::/home/app:/sbin/nologin" >> /etc/passwd\n' },
    { name: 'setcap for a low port only (no-privileged-port)', code: 'FROM debian:bookworm-slim\nRUN setcap cap_net_bind_service=+ep /usr/bin/app\n' },
    { name: 'setcap removing or verifying', code: 'FROM debian:bookworm-slim\nRUN setcap -r /usr/bin/ping && setcap cap_net_raw-ep /bin/x && setcap -v cap_net_raw+ep /bin/y\n' },
    { name: 'a build stage the image is not built FROM', code: 'FROM debian:bookworm-slim AS build\nRUN usermod -aG sudo builder\nFROM debian:bookworm-slim\n' },
    { name: 'passwd -l locks', code: 'FROM debian:bookworm-slim\nRUN passwd -l root\n' }
  ],
  invalid: [
    { code: 'FROM debian:bookworm-slim\nRUN echo "app ALL=(ALL) NOPASSWD: ALL" >> /etc/sudoers\n', lines: [2], messages: ['`NOPASSWD`'] },
    { name: 'tee through sudo into sudoers.d', code: "FROM debian:bookworm-slim\nRUN echo 'app ALL=(ALL) NOPASSWD:ALL' | sudo tee /etc/sudoers.d/app\n", lines: [2], messages: ['`/etc/sudoers.d/app`'] },
    { name: 'a rule for root next to one for another user', code: 'FROM debian:bookworm-slim\nRUN printf \'root ALL=(ALL) ALL\\napp ALL=(ALL) ALL\\n\' >> /etc/sudoers\n', lines: [2] },
    { name: 'a user whose name starts with root', code: 'FROM debian:bookworm-slim\nRUN echo "rootless ALL=(ALL) NOPASSWD: ALL" >> /etc/sudoers\n', lines: [2] },
    { name: 'a sudo rule without NOPASSWD', code: "FROM debian:bookworm-slim\nRUN sh -c 'echo \"%admin ALL=(ALL) ALL\" > /etc/sudoers.d/admin'\n", lines: [2], messages: ['sudo rules'] },
    { name: 'a heredoc into sudoers.d', code: 'FROM debian:bookworm-slim\nRUN cat > /etc/sudoers.d/app <<EOF\napp ALL=(ALL) NOPASSWD: ALL\nEOF\n', lines: [2], messages: ['`NOPASSWD`'] },
    { name: 'sed -i on sudoers, cp into sudoers.d', code: "FROM rockylinux:9\nRUN sed -i 's/^# %wheel/%wheel/' /etc/sudoers && cp app.sudoers /etc/sudoers.d/app\n", lines: [2, 2] },
    { name: 'COPY into sudoers.d, a heredoc COPY, a COPY into /etc', code: 'FROM debian:bookworm-slim\nCOPY app.sudoers /etc/sudoers.d/app\nCOPY <<EOF /etc/sudoers.d/ci\nci ALL=(ALL) NOPASSWD: ALL\nEOF\nCOPY ["sudoers", "/etc/"]\n', lines: [2, 3, 6], messages: ['sudo rules', '`NOPASSWD`'] },
    { name: 'usermod -aG and -G lists', code: 'FROM debian:bookworm-slim\nRUN usermod -aG sudo app && usermod -a -G docker,wheel app\n', lines: [2, 2, 2], messages: ['`sudo`', '`docker`', '`wheel`'] },
    { name: 'useradd -G and --groups=', code: 'FROM debian:bookworm-slim\nRUN useradd -m -G adm app && useradd --groups=root ci\n', lines: [2, 2] },
    { name: 'adduser and addgroup USER GROUP, gpasswd -a', code: 'FROM debian:bookworm-slim\nRUN adduser app sudo && addgroup app wheel && gpasswd -a app docker\n', lines: [2, 2, 2] },
    { name: 'BusyBox adduser -G (primary group)', code: 'FROM alpine:3.20\nRUN adduser -D -G wheel app\n', lines: [2] },
    { name: 'a second UID-0 account', code: 'FROM debian:bookworm-slim\nRUN useradd -o -u 0 admin && usermod -ou 0 app && adduser -D -u 0 x && adduser --uid 0 y\n', lines: [2, 2, 2, 2], messages: ['UID 0'] },
    { name: 'a UID-0 line appended to /etc/passwd', code: "FROM alpine:3.20\nRUN echo 'toor:x:0:0::/root:/bin/sh' >> /etc/passwd\n", lines: [2] },
    { name: 'passwd -d and a /etc/shadow edit', code: "FROM alpine:3.20\nRUN passwd -d root && sed -i 's/^root:!/root:/' /etc/shadow\n", lines: [2, 2] },
    { name: 'setcap granting more than a low port', code: "FROM debian:bookworm-slim\nRUN setcap cap_net_raw+ep /usr/bin/tool && setcap 'cap_net_bind_service,cap_sys_admin=+eip' /usr/bin/app && setcap =ep /usr/bin/all\n", lines: [2, 2, 2], messages: ['`cap_net_raw`', '`cap_sys_admin`', '`all`'] },
    { name: 'in a heredoc script, on a continuation after a comment line', code: 'FROM debian:bookworm-slim\nRUN <<EOF\nusermod -aG sudo app\nEOF\nRUN true \\\n# grant\n && usermod -aG wheel app\n', lines: [3, 7] },
    { name: 'exec form', code: 'FROM debian:bookworm-slim\nRUN ["usermod", "-aG", "sudo", "app"]\n', lines: [2] },
    { name: 'a stage the final stage is built FROM, and an ONBUILD trigger', code: 'FROM debian:bookworm-slim AS base\nRUN usermod -aG sudo app\nFROM base\nONBUILD RUN passwd -d root\n', lines: [2, 4] }
  ]
})
