// Package sources a build should not trust: repositories whose signatures are not checked, indexes
// served over plain HTTP, and extra indexes that invite dependency confusion (row G6 of
// shared/research/rules-union.md). apt and apk repositories over plain HTTP are not listed: their
// indexes are signed, which is why Debian's own images use http:// mirrors.
import { anyValue, matching, nonEmpty, type Mechanisms } from './mechanisms.js'

const HTTP = matching(/^http:\/\/(?!(localhost|127\.\d+\.\d+\.\d+|\[::1\])([:/]|$))/i)
const PLAIN_HTTP = 'downloads packages over plain HTTP, where anyone on the network path can replace them'
const CONFUSION = 'lets a package of the same name on a second index win (dependency confusion): pip installs the highest version found on any index'
const UNSIGNED_APT = 'makes apt accept this repository without checking its signature'
const UNSIGNED_INDEX = 'lets apt use repositories whose index is not signed'

export const UNTRUSTED_REPOSITORIES: Mechanisms = {
  effect: PLAIN_HTTP,
  flags: [
    { programs: ['apt-get', 'apt', 'aptitude'], flags: ['--allow-insecure-repositories'], effect: UNSIGNED_INDEX },
    { programs: ['apt-get', 'apt', 'aptitude'], flags: ['-o', '--option'], value: matching(/^Acquire::Allow(Downgrade)?InsecureRepositories=(true|1|yes)$/i), effect: UNSIGNED_INDEX },
    { programs: ['pip', 'uv'], flags: ['-i', '--index-url', '--extra-index-url', '--default-index', '--index'], value: HTTP },
    { programs: ['pip'], flags: ['--extra-index-url'], value: anyValue, effect: CONFUSION },
    { programs: ['npm', 'pnpm', 'yarn'], flags: ['--registry'], value: HTTP }
  ],
  configs: [
    { programs: ['npm', 'pnpm', 'yarn'], key: /^(@[^:]+:)?registry$|^npmRegistryServer$/, value: HTTP },
    { programs: ['pip'], key: /^[a-z]+\.(index-url|extra-index-url)$/, value: HTTP },
    { programs: ['pip'], key: /^[a-z]+\.extra-index-url$/, value: anyValue, effect: CONFUSION }
  ],
  env: [
    { name: /^(PIP_INDEX_URL|PIP_EXTRA_INDEX_URL|UV_INDEX_URL|UV_DEFAULT_INDEX|UV_INDEX|UV_EXTRA_INDEX_URL)$/, value: HTTP },
    { name: /^PIP_EXTRA_INDEX_URL$/, value: nonEmpty, effect: CONFUSION },
    { name: /^(npm_config_registry|YARN_NPM_REGISTRY_SERVER)$/i, value: HTTP }
  ],
  text: [
    // A local `file:`/`copy:` repository (`deb [trusted=yes] file://$tempDir ./`, official nginx) holds
    // .debs built or fetched earlier in the build: no network path, and no signature to check.
    { pattern: /^[ \t]*deb(?:-src)?\s+\[[^\]]*\btrusted=yes\b[^\]]*\](?![ \t]*(?:file|copy):)[^\n]*/im, effect: UNSIGNED_APT },
    { pattern: /^[ \t]*Trusted:\s*yes\b/im, effect: UNSIGNED_APT },
    { pattern: /Acquire::Allow(?:Downgrade)?InsecureRepositories\s+"?(?:true|1|yes)"?/i, effect: UNSIGNED_INDEX },
    // `repo_gpgcheck` (signed metadata) is off by default on most distributions; `gpgcheck` is not.
    { pattern: /(?<![\w.-])gpgcheck\s*=\s*(?:0|false|no)\b/i, effect: 'makes yum/dnf install packages from this repository without checking their signatures' },
    { pattern: /^[ \t]*extra-index-url[ \t]*=[ \t]*\S.*$/m, effect: CONFUSION },
    { pattern: /^[ \t]*index-url[ \t]*=[ \t]*http:\/\/(?!localhost|127\.)\S*/m },
    { pattern: /^[ \t]*(?:@[^:\s]+:)?registry[ \t]*=[ \t]*http:\/\/(?!localhost|127\.)\S*/m }
  ]
}
