import rule from '../../src/rules/useradd-no-log-init.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM debian:bookworm-slim\n'

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3046Spec.hs
    { name: 'DL3046: useradd alone', code: FROM + 'RUN useradd luser\n' },
    { name: 'DL3046: a short UID', code: FROM + 'RUN useradd -u 12345 luser\n' },
    { name: 'DL3046: a long UID with -l', code: FROM + 'RUN useradd -l -u 123456 luser\n' },
    { name: 'DL3046: just -l', code: FROM + 'RUN useradd -l luser\n' },
    // beyond hadolint
    { name: '--no-log-init', code: FROM + 'RUN useradd --no-log-init --uid 1000000 app\n' },
    { name: '-l in a cluster', code: FROM + 'RUN useradd -rlu 123456 app\n' },
    { name: 'an ARG with a short UID', code: FROM + 'ARG UID=10001\nRUN useradd -u $UID app\n' },
    { name: 'an unknown UID is not guessed at', code: FROM + 'ARG UID\nRUN useradd -u "$UID" app\n' },
    { name: 'a -u that is the value of -c', code: FROM + 'RUN useradd -c -u 123456 app\n' },
    { name: 'other commands', code: FROM + 'RUN usermod -u 123456 app && adduser --uid 123456 app2\n' }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3046Spec.hs
    {
      name: 'DL3046: a long UID without -l',
      code: FROM + 'RUN useradd -u 123456 luser\n',
      lines: [2],
      messages: ['`useradd` with the high UID `123456` writes a login record at that offset in `/var/log/lastlog` and `faillog`, which grows the image by about 36 MB of zeros: add `--no-log-init`.'],
      fix: 'useradd --no-log-init'
    },
    // beyond hadolint
    { name: '--uid', code: FROM + 'RUN useradd --uid 1000000 app\n', lines: [2], messages: ['about 292 MB'] },
    { name: '--uid=', code: FROM + 'RUN useradd --uid=1000000000 app\n', lines: [2], messages: ['about 292 GB'] },
    { name: 'a UID from an ARG', code: FROM + 'ARG UID=1000000\nRUN useradd -m -u ${UID} app\n', lines: [3] },
    { name: 'behind sudo, in sh -c', code: FROM + "RUN sh -c 'sudo useradd -u 200000 app'\n", lines: [2] },
    { name: 'exec form', code: FROM + 'RUN ["useradd", "-u", "123456", "app"]\n', lines: [2], fix: '"useradd", "--no-log-init"' },
    { name: 'exec form running sh -c', code: FROM + 'RUN ["sh", "-c", "useradd -u 123456 app"]\n', lines: [2], fix: 'useradd --no-log-init' },
    { name: 'onbuild', code: FROM + 'ONBUILD RUN useradd -u 123456 app\n', lines: [2] },
    { name: 'in a heredoc', code: FROM + 'RUN <<EOF\ngroupadd -g 123456 app\nuseradd -g app -u 123456 app\nEOF\n', lines: [4] }
  ]
})
