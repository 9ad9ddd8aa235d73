// Which variable and option names hold secrets. One list for every secrets rule, the union of
// hadolint DL3064's names, Trivy DS031's names and BuildKit's SecretsUsedInArgOrEnv tokens, with
// BuildKit's allow-list (`public`, `file`, `version`) widened to the other words that say a name holds
// something *about* a secret rather than the secret itself (`TOKEN_URL`, `PASSWORD_MIN_LENGTH`).

/** Names that are secrets whatever their words say (from DL3064 and DS031). */
const KNOWN = new Set([
  'ACCESS_TOKEN', 'APPLICATION_KEY', 'APP_SECRET', 'AUTH_TOKEN', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN', 'AZURE_CLIENT_SECRET', 'BITTREX_API_KEY', 'BITTREX_API_SECRET', 'CF_PASSWORD',
  'CI_DEPLOY_PASSWORD', 'CIRCLE_TOKEN', 'DIGITALOCEAN_ACCESS_TOKEN', 'DOCKERHUB_PASSWORD', 'DOCKER_PASSWORD',
  'FACEBOOK_ACCESS_TOKEN', 'FACEBOOK_APP_SECRET', 'FIREBASE_API_TOKEN', 'FIREBASE_TOKEN', 'FOSSA_API_KEY',
  'GH_ENTERPRISE_TOKEN', 'GH_TOKEN', 'GITHUB_ENTERPRISE_TOKEN', 'GITHUB_TOKEN', 'GOOGLE_API_KEY', 'HEROKU_API_KEY',
  'HF_TOKEN', 'LANGCHAIN_API_KEY', 'LANGSMITH_API_KEY', 'NPM_AUTH_TOKEN', 'NPM_TOKEN', 'OKTA_CLIENT_TOKEN',
  'OKTA_OAUTH2_CLIENTSECRET', 'OPENAI_API_KEY', 'OS_PASSWORD', 'POSTGRES_PASSWORD', 'SLACK_TOKEN', 'STRIPE_API_KEY',
  'VAULT_CLIENT_KEY', 'VAULT_TOKEN'
])

/** Prefixes that expose a variable to front-end bundles; the rest of the name decides (DS031). */
const PREFIXES = /^(VITE_|REACT_APP_)/

/** Words that make a name a secret on their own (BuildKit's tokens plus `pass`, `passphrase`, `pwd`). */
const SECRET_WORDS = new Set([
  'apikey', 'auth', 'credential', 'credentials', 'key', 'password', 'pword', 'passwd', 'secret', 'secrets', 'token',
  'pass', 'passphrase', 'privatekey', 'accesskey', 'apitoken'
])

/** Run-together words that end in a secret word (`DBPASSWORD`, `CLIENTSECRET`); camelCase is split before this. */
const SECRET_ENDINGS = /(password|passwd|secret|token|apikey)$/

/** Words that say the variable holds something about a secret (where, how long, which), not the secret. */
const ABOUT = new Set([
  'public', 'file', 'version', // BuildKit's allow-list
  'path', 'dir', 'directory', 'url', 'uri', 'endpoint', 'host', 'port', 'server', 'domain', 'region', 'name', 'id',
  'type', 'mode', 'method', 'provider', 'enabled', 'disabled', 'required', 'length', 'size', 'bits', 'format',
  'algorithm', 'expiry', 'expiration', 'ttl', 'timeout', 'prefix', 'location', 'stdin', 'realm', 'issuer',
  'audience', 'scope', 'dummy', 'gpg', 'pgp', 'gnupg', 'pub', 'fingerprint', 'keyring', 'keyserver', 'policy'
])

/** The words of a name, lower-case: `githubApiToken` and `GITHUB_API_TOKEN` are both github, api, token. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

/**
 * Every known name, secret word and ending contains one of these (any case), so a name without any
 * is no secret name: most names and options are ruled out with one test. Non-ASCII names go the long
 * way, since case mapping may turn one of their letters into an ASCII one (`\u212A` is `k`).
 */
const MAY_BE_SECRET = /key|auth|credential|pass|pword|secret|token|pwd|[^\x00-\x7f]/i

/** False when no part of `text` can be a secret name: a cheap test before taking a name out of a longer word. */
export function mayHoldSecretName(text: string): boolean {
  return MAY_BE_SECRET.test(text)
}

/** True when a variable, property or option name says it holds a secret (`NPM_TOKEN`, `db.password`, `--api-key`). */
export function isSecretName(name: string): boolean {
  if (!MAY_BE_SECRET.test(name)) return false
  const upper = name.replace(/^-+/, '').toUpperCase().replace(/[-.]/g, '_')
  if (KNOWN.has(upper) || KNOWN.has(upper.replace(PREFIXES, ''))) return true
  const words = nameWords(name)
  if (words.some((w) => ABOUT.has(w))) return false
  if (words.length === 2 && words[1] === 'pwd') return true // DB_PWD; `PWD` alone is the working directory
  return words.some((w) => SECRET_WORDS.has(w) || SECRET_ENDINGS.test(w))
}

/** Words before `key` that make it the secret itself: `API_KEY`, `SECRET_KEY`, `AWS_SECRET_ACCESS_KEY`. */
const KEY_KINDS = new Set(['api', 'secret', 'private', 'access', 'client', 'master', 'encryption'])

/**
 * Names whose last word says the value is the credential itself (`--password`, `db.password`,
 * `_authToken`, `SECRET_KEY`), not an id, a file, a user or an auth method. Rules that report a value
 * as a hard-coded secret use this narrower test.
 */
export function isCredentialName(name: string): boolean {
  if (!isSecretName(name)) return false
  const words = nameWords(name)
  const last = words[words.length - 1] ?? ''
  if (last === 'key') return KEY_KINDS.has(words[words.length - 2] ?? '')
  return SECRET_ENDINGS.test(last) || ['pword', 'pass', 'passphrase', 'apikey', 'pwd', 'privatekey', 'accesskey', 'credentials'].includes(last)
}

/**
 * Variables that name a file holding credentials; the file is what must stay out of the image.
 * From DS031 (AWS_CONFIG_FILE, HF_TOKEN_PATH, GOOGLE_APPLICATION_CREDENTIALS) and the tools' docs.
 */
export const CREDENTIAL_FILE_VARS = new Set([
  'GOOGLE_APPLICATION_CREDENTIALS', 'CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE', 'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_CONFIG_FILE', 'AZURE_CLIENT_CERTIFICATE_PATH', 'HF_TOKEN_PATH', 'KUBECONFIG', 'DOCKER_CONFIG',
  'NPM_CONFIG_USERCONFIG', 'NETRC'
])
