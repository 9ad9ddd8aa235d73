// Every way we know of to switch off TLS certificate verification (or the checksum checks that stand
// in for it) in a Dockerfile: rows F1–F11 of shared/research/rules-union.md, and a few more.
import { subcommand } from '../../shell/helpers.js'
import type { Command } from '../../shell/types.js'
import { FALSE, TRUE, anyValue, matching, nonEmpty, remove, type Mechanisms } from './mechanisms.js'

const verb =
  (...verbs: string[]) =>
  (command: Command): boolean =>
    verbs.includes(subcommand(command) ?? '')
const devNull = matching(/^\/dev\/null$/)
/** yarn sets its config with `yarn config set` only: `yarn set …` is another command (`yarn set version`). */
const configCommand = (command: Command): boolean => command.program !== 'yarn' || subcommand(command) === 'config'
const PIP_TRUSTED = 'makes pip accept that host over plain HTTP or with any certificate'
const NO_CA = 'replaces the trusted certificate authorities with an empty file'
const GO_SUMDB_OFF = "turns off Go's checksum database, so downloaded modules are not checked against the public log"

export const TLS_BYPASSES: Mechanisms = {
  effect: 'disables TLS certificate verification',
  flags: [
    // curl's short options that take no value, so `-k` is found in `-sSLk` but not in `-o/tmp/k`.
    { programs: ['curl'], flags: ['-k', '--insecure', '--proxy-insecure', '--doh-insecure'], cluster: '0123456aBfgGiIjJlLMnNOpqRsSvVZ#:', fix: remove },
    { programs: ['wget'], flags: ['--no-check-certificate'], fix: remove },
    { programs: ['wget'], flags: ['-e', '--execute'], value: matching(/^check_certificate\s*=\s*(off|0|no|false)$/i) },
    { programs: ['pip'], flags: ['--trusted-host'], value: anyValue, effect: PIP_TRUSTED },
    { programs: ['uv'], flags: ['--allow-insecure-host', '--trusted-host'], value: anyValue, effect: 'makes uv accept that host over plain HTTP or with any certificate' },
    { programs: ['git'], flags: ['-c'], value: matching(/^http\.(.+\.)?sslverify=(false|0|no|off)$/i) },
    { programs: ['yum', 'dnf', 'dnf5', 'tdnf', 'microdnf', 'yum-config-manager'], flags: ['--setopt'], value: matching(/^([^=\s]+\.)?sslverify=(0|false|no)$/i) },
    { programs: ['apt-get', 'apt', 'aptitude'], flags: ['-o', '--option'], value: matching(/^Acquire::https::(.+::)?Verify-(Peer|Host)=(false|0|no|off)$/i) },
    { programs: ['helm', 'kubectl', 'oc', 'argocd', 'flux'], flags: ['--insecure-skip-tls-verify'], fix: remove },
    { programs: ['skopeo', 'podman', 'buildah'], flags: ['--tls-verify', '--src-tls-verify', '--dest-tls-verify'], value: matching(FALSE) },
    { programs: ['npm', 'pnpm', 'yarn'], flags: ['--strict-ssl'], value: matching(FALSE) },
    { programs: ['npm', 'pnpm', 'yarn'], flags: ['--no-strict-ssl'], fix: remove },
    // Only where the flag is the tool's own: after `conda run …` or `go run …` it belongs to the program run.
    { programs: ['conda', 'mamba'], flags: ['-k', '--insecure'], when: verb('install', 'create', 'update', 'upgrade', 'search'), fix: remove },
    { programs: ['go'], flags: ['-insecure'], when: verb('get'), fix: remove },
    // PowerShell 7's web cmdlets (their parameter names are lower-cased in the command model).
    { programs: ['invoke-webrequest', 'invoke-restmethod'], flags: ['-skipcertificatecheck'] }
  ],
  configs: [
    { programs: ['npm', 'pnpm', 'yarn'], key: /^strict-ssl$/, value: matching(FALSE), when: configCommand },
    { programs: ['yarn'], key: /^enableStrictSsl$/, value: matching(FALSE), when: configCommand },
    { programs: ['npm', 'pnpm', 'yarn'], key: /^cafile$/, value: devNull, effect: NO_CA, when: configCommand },
    { programs: ['git'], key: /^http\.(.+\.)?sslverify$/i, value: matching(FALSE) },
    { programs: ['conda', 'mamba', 'micromamba'], key: /^ssl_verify$/, value: matching(FALSE) },
    { programs: ['composer'], key: /^secure-http$/, value: matching(FALSE), effect: 'lets Composer download packages over plain HTTP' },
    { programs: ['composer'], key: /^disable-tls$/, value: matching(TRUE) },
    { programs: ['pip'], key: /^[a-z]+\.trusted-host$/, value: anyValue, effect: PIP_TRUSTED },
    { programs: ['bundle'], key: /^ssl_verify_mode$/, value: matching(/^0$/) }
  ],
  env: [
    { name: /^PIP_TRUSTED_HOST$/, value: nonEmpty, effect: PIP_TRUSTED },
    { name: /^UV_INSECURE_HOST$/, value: nonEmpty, effect: 'makes uv accept that host over plain HTTP or with any certificate' },
    { name: /^PYTHONHTTPSVERIFY$/, value: matching(/^0$/) },
    { name: /^NODE_TLS_REJECT_UNAUTHORIZED$/, value: matching(/^0$/) },
    { name: /^npm_config_strict_ssl$/i, value: matching(FALSE) },
    { name: /^npm_config_cafile$/i, value: devNull, effect: NO_CA },
    { name: /^YARN_ENABLE_STRICT_SSL$/, value: matching(FALSE) },
    // Git skips verification when this is set at all, whatever the value.
    { name: /^GIT_SSL_NO_VERIFY$/, value: anyValue },
    { name: /^GOINSECURE$/, value: nonEmpty, effect: 'lets Go fetch those modules over plain HTTP or with any certificate' },
    { name: /^GOFLAGS$/, value: matching(/(^|\s)-insecure(\s|=|$)/) },
    { name: /^GOSUMDB$/, value: matching(/^off$/), effect: GO_SUMDB_OFF },
    // `*` matches every module; narrower patterns are the documented way to build private modules.
    { name: /^(GONOSUMDB|GOPRIVATE)$/, value: matching(/(^|,)\*(,|$)/), effect: GO_SUMDB_OFF },
    { name: /^CONDA_SSL_VERIFY$/, value: matching(FALSE) },
    { name: /^BUNDLE_SSL_VERIFY_MODE$/, value: matching(/^0$/) },
    { name: /^(REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE)$/, value: matching(/^$/), effect: "is a known trick to switch off certificate verification (older versions of Python's requests honour it)" },
    { name: /^SSL_CERT_FILE$/, value: devNull, effect: NO_CA }
  ],
  text: [
    { pattern: /Acquire::https::(?:\S+::)?Verify-(?:Peer|Host)\s+"?(?:false|0|no|off)"?/i },
    { pattern: /(?<![\w-])sslverify\s*=\s*(?:0|false|no|off)\b/i },
    { pattern: /(?<![\w-])strict-ssl\s*=\s*false\b/i },
    { pattern: /(?<![\w-])check_certificate\s*=\s*(?:off|0|no|false)\b/i },
    { pattern: /(?<![\w-])ssl_verify\s*:\s*(?:false|no|0)\b/i },
    { pattern: /^[ \t]*trusted-host[ \t]*=[ \t]*\S.*$/m, effect: PIP_TRUSTED },
    { pattern: /^[ \t]*(?:-k|--insecure|insecure)[ \t]*$/m, file: /(^|\/)\.?curlrc$/ }
  ]
}
