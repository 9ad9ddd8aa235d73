import { runCommands } from '../dockerfile/helpers.js'
import type { Dockerfile } from '../dockerfile/model.js'
import type { Problem, Rule } from './types.js'
import { findMechanisms } from './data/find-mechanisms.js'
import { TLS_BYPASSES } from './data/tls-bypasses.js'

export default {
  id: 'no-tls-bypass',
  title: 'Do not switch off TLS certificate verification',
  severity: 'error',
  defaults:
    'On, as an error: with certificate checks off, anyone on the network path can hand the build their own files. Behind a proxy that re-signs TLS, trusting its CA is the fix, not turning the checks off.',
  tags: ['security', 'supply-chain', 'CWE-295'],
  securitySeverity: 7.5,
  precision: 'high',
  // Checkov's test resources for all eleven checks are in the test file, one case per file. Its curl,
  // wget and pip `--trusted-host` checks agree with this rule on every one; the others flag things that
  // switch nothing off (see differences). Beyond them: PowerShell, cmd, other tools and config files.
  equivalents: { checkov: ['CKV2_DOCKER_2', 'CKV2_DOCKER_3', 'CKV2_DOCKER_4'] },
  related: {
    checkov: ['CKV2_DOCKER_5', 'CKV2_DOCKER_6', 'CKV2_DOCKER_12', 'CKV2_DOCKER_13', 'CKV2_DOCKER_14', 'CKV2_DOCKER_15', 'CKV2_DOCKER_16', 'CKV2_DOCKER_18']
  },
  differences:
    "Checkov matches the text of RUN, ENV and ARG lines with regular expressions; this rule reads the commands and the build args as BuildKit does, so it passes four kinds of lines Checkov's environment-variable and config checks flag: `ARG PYTHONHTTPSVERIFY 0` (without `=`, BuildKit declares two build args and sets neither), a RUN whose quotes never close (the shell runs none of it), `yarn set strict-ssl false` (yarn's config command is `yarn config set`) and `dnf-config-manager`, which no package provides (`dnf config-manager` and `yum-config-manager` are found). Beyond Checkov it knows many more tools, settings written into config files, and PowerShell's `-SkipCertificateCheck`.",
  cis: ['4.11'],
  rationale:
    "TLS certificates are how a download proves it comes from the server you named. With verification off (`curl -k`, `pip --trusted-host`, `NODE_TLS_REJECT_UNAUTHORIZED=0`, PowerShell's `-SkipCertificateCheck`, …), anyone on the network path — a compromised proxy, Wi-Fi or CI network — can hand the build their own package or script, and it runs with the build's privileges and ships in the image. Settings made with `ENV` also stay on in every container started from the image.",
  fix: 'Remove the setting. If a corporate proxy re-signs TLS traffic, add its CA certificate to the image (`COPY corp-ca.crt /usr/local/share/ca-certificates/` then `update-ca-certificates`, or `pip --cert`, `npm config set cafile`, `git config http.sslCAInfo`) instead of trusting everyone.',
  examples: {
    bad: 'FROM alpine:3.22\nRUN apk add --no-cache curl \\\n && curl -sSLk -o /tmp/tool.tar.gz https://example.com/tool.tar.gz\nUSER 10001\n',
    good: 'FROM alpine:3.22\nCOPY corp-ca.crt /usr/local/share/ca-certificates/corp-ca.crt\nRUN apk add --no-cache ca-certificates && update-ca-certificates\nUSER 10001\n'
  },
  fixable: true,
  check: (dockerfile) => {
    const problems: Problem[] = []
    problems.push(...findMechanisms(dockerfile, TLS_BYPASSES))
    problems.push(...acceptAllCallbacks(dockerfile))
    return problems
  }
} satisfies Rule

/**
 * PowerShell's `[System.Net.ServicePointManager]::ServerCertificateValidationCallback = { $true }`:
 * every certificate passes for the rest of the script (./shell/powershell.ts lists the assignment as a command).
 */
function* acceptAllCallbacks(dockerfile: Dockerfile): Generator<Problem> {
  for (const { command } of runCommands(dockerfile)) {
    if (command.program !== 'servicepointmanager::servercertificatevalidationcallback') continue
    const value = command.args[0]
    if (value && ACCEPT_ALL.test(value.value)) {
      yield { at: value, message: `\`${command.name} = ${value.value}\` accepts every certificate, so it disables TLS certificate verification. Remove it; if a proxy re-signs TLS, trust its CA instead (\`Import-Certificate -FilePath corp-ca.crt -CertStoreLocation Cert:\\LocalMachine\\Root\`).` }
    }
  }
}
/** A scriptblock that returns `$true` whatever it is given (optionally cast to the delegate type). */
const ACCEPT_ALL = /^(\[[\w.]+\])?\{\s*(param\s*\([^)]*\)\s*;?\s*)?(return\s+)?\$true\s*;?\s*\}$/i
