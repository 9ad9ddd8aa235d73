import rule from '../../src/rules/no-zypper-dist-upgrade.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM opensuse/leap:15.6\n'

testRule(rule, {
  valid: [
    { name: 'zypper update', code: FROM + 'RUN zypper --non-interactive update\n' },
    { name: 'zypper install', code: FROM + 'RUN zypper --non-interactive install dup\n' },
    { name: 'apt-get dist-upgrade is not zypper', code: 'FROM debian:bookworm-slim\nRUN apt-get dist-upgrade -y\n' }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3035Spec.hs (each also as an ONBUILD trigger)
    { name: 'DL3035: zypper dist-upgrade', code: FROM + 'RUN zypper dist-upgrade\n', lines: [2], messages: ['`zypper dist-upgrade` upgrades every package'] },
    { name: 'DL3035: zypper dup', code: FROM + 'RUN zypper dup\n', lines: [2], messages: ['`zypper dup`'] },
    { name: 'DL3035: zypper dist-upgrade (onbuild)', code: FROM + 'ONBUILD RUN zypper dist-upgrade\n', lines: [2] },
    { name: 'DL3035: zypper dup (onbuild)', code: FROM + 'ONBUILD RUN zypper dup\n', lines: [2] },
    // beyond hadolint
    { name: 'with global options', code: FROM + 'RUN zypper -n --gpg-auto-import-keys dup --allow-vendor-change\n', lines: [2] },
    { name: 'sudo', code: FROM + 'RUN sudo zypper -n dup\n', lines: [2] },
    { name: 'inside a heredoc', code: FROM + 'RUN <<EOF\nzypper -n refresh\nzypper -n dup\nEOF\n', lines: [4] },
    { name: 'exec form', code: FROM + 'RUN ["zypper", "-n", "dup"]\n', lines: [2] }
  ]
})
