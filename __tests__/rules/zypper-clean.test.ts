import rule from '../../src/rules/zypper-clean.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM opensuse/leap:15.6\n'

testRule(rule, {
  valid: [
    { name: 'zypper --no-refresh install: the metadata comes from an earlier layer (the postgres opensuse images)', code: 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive --no-refresh install postgresql15-server\n' },
    // hadolint test/Hadolint/Rule/DL3036Spec.hs (each also as an ONBUILD trigger)
    { name: 'DL3036: ok with zypper clean', code: 'RUN zypper install -y mariadb=10.4 && zypper clean\n' },
    { name: 'DL3036: ok with zypper clean (onbuild)', code: 'ONBUILD RUN zypper install -y mariadb=10.4 && zypper clean\n' },
    { name: 'DL3036: ok with zypper cc', code: 'RUN zypper install -y mariadb=10.4 && zypper cc\n' },
    { name: 'DL3036: ok with zypper cc (onbuild)', code: 'ONBUILD RUN zypper install -y mariadb=10.4 && zypper cc\n' },
    // beyond hadolint
    { name: 'zypper clean --all with global options', code: FROM + 'RUN zypper --non-interactive install apache2=2.4.58 && zypper --non-interactive clean --all\n' },
    { name: 'rm of the cache', code: FROM + 'RUN zypper install -y apache2=2.4.58 && rm -rf /var/cache/zypp/*\n' },
    { name: 'a cache mount', code: FROM + 'RUN --mount=type=cache,target=/var/cache/zypp zypper install -y apache2=2.4.58\n' },
    { name: 'zypper remove downloads nothing', code: FROM + 'RUN zypper remove -y apache2\n' },
    { name: 'a build stage the final image only copies from', code: FROM.replace('\n', ' AS build\n') + 'RUN zypper install -y gcc=7\nRUN gcc -o /app app.c\nFROM scratch\nCOPY --from=build /app /app\n' }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3036Spec.hs
    { name: 'DL3036: not ok without zypper clean', code: 'RUN zypper install -y mariadb=10.4\n', lines: [1], messages: ['`zypper install` leaves the repository metadata'] },
    { name: 'DL3036: not ok without zypper clean (onbuild)', code: 'ONBUILD RUN zypper install -y mariadb=10.4\n', lines: [1] },
    // beyond hadolint
    { name: 'zypper in', code: FROM + 'RUN zypper -n in apache2=2.4.58\n', lines: [2], messages: ['`zypper in`'] },
    { name: 'zypper update', code: FROM + 'RUN zypper -n update\n', lines: [2] },
    { name: 'zypper patch', code: FROM + 'RUN zypper -n patch\n', lines: [2] },
    { name: 'clean before the install', code: FROM + 'RUN zypper clean -a && zypper install -y apache2=2.4.58\n', lines: [2] },
    { name: 'clean in a later RUN', code: FROM + 'RUN zypper install -y apache2=2.4.58\nRUN zypper clean -a\n', lines: [2] },
    { name: 'inside sh -c', code: FROM + `RUN sh -c 'zypper install -y apache2=2.4.58'\n`, lines: [2] }
  ]
})
