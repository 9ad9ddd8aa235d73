import rule from '../../src/rules/no-apt-dist-upgrade.js'
import { testRule } from '../helpers/test-rule.js'

// Trivy's checks/docker/run_apt_get_dist_upgrade_test.rego, case by case.
const trivy = (run: string) => `FROM debian\nRUN ${run}\nCMD python /usr/src/app/app.py\n`
const FROM = 'FROM debian:bookworm-slim\n'

testRule(rule, {
  valid: [
    { name: 'DS024: apt-get upgrade', code: trivy('apt-get update && apt-get upgrade') },
    // beyond Trivy
    { name: 'apt-get install', code: FROM + 'RUN apt-get update && apt-get install -y --no-install-recommends curl\n' },
    { name: 'the word as a package or an argument of another command', code: FROM + 'RUN apt-get install -y dist-upgrade && echo dist-upgrade\n' },
    { name: 'apt-get upgrade with options', code: FROM + 'RUN apt-get -o Dpkg::Options::=--force-confold upgrade -y\n' },
    { name: 'an option value that reads like the verb', code: FROM + 'RUN apt-get -o dist-upgrade install -y curl\n' },
    { name: 'apt-cache has no such verb', code: FROM + 'RUN apt-cache dist-upgrade\n' },
    { name: 'zypper dist-upgrade is for no-zypper-dist-upgrade', code: 'FROM opensuse/leap:15.6\nRUN zypper -n dist-upgrade\n' },
    { name: 'in a comment', code: FROM + '# RUN apt-get dist-upgrade\nRUN apt-get upgrade -y\n' }
  ],
  invalid: [
    { name: 'DS024: apt-get dist-upgrade', code: trivy('apt-get update && apt-get dist-upgrade'), lines: [2], messages: ['`apt-get dist-upgrade` upgrades every package to what the repositories hold today'] },
    { name: 'DS024: with a short flag', code: trivy('apt-get update && apt-get -q dist-upgrade'), lines: [2] },
    { name: 'DS024: with a long flag', code: trivy('apt-get update && apt-get --quiet dist-upgrade'), lines: [2] },
    // beyond Trivy
    { name: 'alone (Trivy needs a word between apt-get and dist-upgrade)', code: FROM + 'RUN apt-get dist-upgrade -y\n', lines: [2] },
    { name: 'full-upgrade', code: FROM + 'RUN apt-get full-upgrade -y\n', lines: [2], messages: ['`apt-get full-upgrade` upgrades every package'] },
    { name: 'apt', code: FROM + 'RUN apt full-upgrade -y\n', lines: [2], messages: ['`apt full-upgrade`'] },
    { name: 'aptitude', code: FROM + 'RUN aptitude -y dist-upgrade\n', lines: [2], messages: ['`aptitude dist-upgrade` upgrades every package to what the repositories hold today, installing and removing packages as needed: build on a newer base image instead, or use `aptitude upgrade` for fixes within the release.'] },
    { name: 'with options after the verb, on a continuation line', code: FROM + 'RUN apt-get update \\\n && apt-get -q dist-upgrade -y \\\n && rm -rf /var/lib/apt/lists/*\n', lines: [3] },
    { name: 'behind sudo', code: FROM + 'RUN sudo apt-get -y dist-upgrade\n', lines: [2] },
    { name: 'in sh -c', code: FROM + 'RUN ["sh", "-c", "apt-get update && apt-get -y dist-upgrade"]\n', lines: [2] },
    { name: 'exec form', code: FROM + 'RUN ["apt-get", "-y", "dist-upgrade"]\n', lines: [2] },
    { name: 'in a heredoc', code: FROM + 'RUN <<EOF\napt-get update\napt-get -y dist-upgrade\nEOF\n', lines: [4] },
    { name: 'an ONBUILD trigger', code: FROM + 'ONBUILD RUN apt-get -y dist-upgrade\n', lines: [2] },
    { name: 'twice in one RUN', code: FROM + 'RUN apt-get -y dist-upgrade && apt-get -y full-upgrade\n', lines: [2, 2] }
  ]
})
