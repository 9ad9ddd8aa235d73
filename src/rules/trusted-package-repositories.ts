import { runCommands } from '../dockerfile/helpers.js'
import { subcommand } from '../shell/helpers.js'
import type { Problem, Rule } from './types.js'
import { findMechanisms } from './data/find-mechanisms.js'
import { UNTRUSTED_REPOSITORIES } from './data/untrusted-repositories.js'

export default {
  id: 'trusted-package-repositories',
  title: 'Install packages only from signed repositories over HTTPS',
  severity: 'warning',
  defaults:
    "On, as a warning: an unsigned repository, a package index over plain HTTP or an extra index lets someone else's packages into the image, and each is one setting to change.",
  tags: ['security', 'supply-chain', 'CWE-494'],
  securitySeverity: 7.0,
  precision: 'high',
  cis: ['4.11'],
  rationale:
    "A package repository is only as trustworthy as the checks on it. `[trusted=yes]` or `gpgcheck=0` turn signature checks off for a whole repository; a Python or npm index over plain HTTP lets anyone on the network path swap packages; `--extra-index-url` lets an attacker publish a higher version of your internal package name on PyPI and have it installed instead. Keys added with `apt-key` are trusted for every repository, so one vendor's leaked key can replace any Debian package.",
  fix: "Add each third-party apt repository with its own keyring: download the key to `/etc/apt/keyrings/<vendor>.asc` and write `deb [signed-by=/etc/apt/keyrings/<vendor>.asc] https://…`. Keep `gpgcheck=1` and a `gpgkey=` in .repo files. Use `https://` index and registry URLs, and a single pip `--index-url` (a proxy such as devpi or Artifactory can merge PyPI and your private index safely).",
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN echo "deb [trusted=yes] https://apt.example.com stable main" > /etc/apt/sources.list.d/example.list\nUSER 10001\n',
    good: 'FROM debian:bookworm-slim\nCOPY example.asc /etc/apt/keyrings/example.asc\nRUN echo "deb [signed-by=/etc/apt/keyrings/example.asc] https://apt.example.com stable main" > /etc/apt/sources.list.d/example.list\nUSER 10001\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    problems.push(...findMechanisms(dockerfile, UNTRUSTED_REPOSITORIES))
    for (const { command } of runCommands(dockerfile)) {
      const verb = command.program === 'apt-key' ? subcommand(command, ['--keyring']) : undefined
      if (verb === 'add' || verb === 'adv') {
        problems.push({
          at: command,
          message: `\`apt-key ${verb}\` makes apt trust the key for every repository, and apt-key is deprecated (it last ships in Debian 12 and Ubuntu 24.04): save the key to \`/etc/apt/keyrings/\` and name it with \`signed-by=\` in the repository line.`
        })
      }
    }
    return problems
  }
} satisfies Rule
