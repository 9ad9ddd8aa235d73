import type { Rule } from './types.js'
import { findMechanisms } from './data/find-mechanisms.js'
import { SIGNATURE_BYPASSES } from './data/signature-bypasses.js'

export default {
  id: 'no-signature-bypass',
  title: 'Do not install packages without checking their signatures',
  severity: 'error',
  defaults:
    'On, as an error: with signature checks off, whatever the network returns is installed as root, and the fix is to remove the flag.',
  tags: ['security', 'supply-chain', 'CWE-347'],
  securitySeverity: 8.0,
  precision: 'very-high',
  // Checkov's test resources for its five checks are all in the test file, one case per file, and agree
  // with this rule. Beyond them: zypper, dpkg, microdnf, `--setopt=gpgcheck=0`, apt's
  // AllowUnauthenticated option and config files, RUN heredocs, exec form and ONBUILD.
  equivalents: { checkov: ['CKV2_DOCKER_7', 'CKV2_DOCKER_8', 'CKV2_DOCKER_9', 'CKV2_DOCKER_10', 'CKV2_DOCKER_11'] },
  differences:
    "Checkov's checks match the RUN text with regular expressions; this rule reads the commands, so a flag only mentioned (`echo \"never use apt-get --force-yes\"`) passes, and it also knows zypper's `--no-gpg-checks`, `dpkg --force-bad-verify`, `--setopt=gpgcheck=0` and apt's `AllowUnauthenticated` option, in a command or written into apt's config.",
  cis: ['4.11'],
  rationale:
    "Package managers check each package's signature against the distribution's keys, so a mirror, proxy or attacker on the network cannot slip in a modified package. Flags like `--allow-untrusted`, `--allow-unauthenticated`, `--force-yes` and `--nogpgcheck` switch that check off: whatever the network returns is installed as root and ships in the image.",
  fix: "Drop the flag. If the package is your own, sign it and add the public key (`/etc/apk/keys/`, a `signed-by=` keyring for apt, `rpm --import`); if a repository's key is missing, install the distribution's keyring package. Use `-y` rather than `--force-yes` to answer apt's prompts.",
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends --allow-unauthenticated ca-certificates \\\n && rm -rf /var/lib/apt/lists/*\nUSER 10001\n',
    good: 'FROM debian:bookworm-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends ca-certificates \\\n && rm -rf /var/lib/apt/lists/*\nUSER 10001\n'
  },
  fixable: true,
  check: (dockerfile) => findMechanisms(dockerfile, SIGNATURE_BYPASSES)
} satisfies Rule
