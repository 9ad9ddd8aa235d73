// Files that hold credentials, by name. `secretFile` is for files copied into an image: the names that
// are credentials whatever their content. `isCredentialStore` names the files tools read credentials
// from, which a RUN must not write a build arg into.
import { table } from '../../lookup.js'

/** Names whose content is a credential: private keys, key stores, token files, `.env` files. */
const SECRET_FILES: readonly { pattern: RegExp; kind: string }[] = [
  { pattern: /^id_(rsa|dsa|ecdsa|ed25519)(_sk)?$/, kind: 'an SSH private key' },
  { pattern: /\.(key|p8)$/i, kind: 'a private key' },
  { pattern: /\.(p12|pfx)$/i, kind: 'a key store (certificates with their private keys)' },
  { pattern: /^(priv)?key\d*\.pem$|private.*\.pem$|[-_.]key\d*\.pem$/i, kind: 'a private key' },
  { pattern: /^[._]netrc$|^\.git-credentials$|^\.pgpass$|^\.pypirc$|^\.vault-token$|^\.s3cfg$/, kind: 'a credentials file' },
  { pattern: /^credentials(\.json)?$/, kind: 'a credentials file' },
  { pattern: /service[-_]?account.*\.json$/i, kind: 'a cloud service-account key' },
  { pattern: /kubeconfig/i, kind: 'a kubeconfig' },
  { pattern: /^\.env(\..+)?$/, kind: 'an environment file' }
]

/** Any of the patterns above, ignoring case: most names match none, and one test says so. */
const MAY_BE_SECRET_FILE = new RegExp(SECRET_FILES.map((f) => `(?:${f.pattern.source})`).join('|'), 'i')

/** Suffixes of templates, samples and public halves: not secrets. */
const NOT_SECRET = /\.(pub|example|sample|template|tmpl|dist|defaults?)$|^\.env\.(example|sample|template|dist|defaults?|test|ci)$/i

/** Where apt, yum and apk keep the public keys that sign packages (often named `*.key`). */
const PUBLIC_KEY_DIR = /\/(apt|keyrings|rpm-gpg|apk\/keys)(\/|$)|trusted\.gpg/
const PUBLIC_KEY_NAME = /gpg|pgp|pubkey|public|release|archive|signing-key|repo|apt|yum|rpm/i

/** What a copied file is, when its name says it holds a credential; `path` is where it lands. */
export function secretFile(path: string, destination = ''): string | undefined {
  const name = basename(path)
  // Most names match no pattern and are no registry config: one test and one comparison rule them out.
  if (!MAY_BE_SECRET_FILE.test(name) && !path.endsWith('.docker/config.json')) return undefined
  if (NOT_SECRET.test(name)) return undefined
  if (/(^|\/)\.docker\/config\.json$/.test(path)) return 'a registry credentials file'
  const found = MAY_BE_SECRET_FILE.test(name) ? SECRET_FILES.find((f) => f.pattern.test(name)) : undefined
  if (found?.kind === 'a private key' && /\.key$/i.test(name) && (PUBLIC_KEY_DIR.test(destination) || PUBLIC_KEY_NAME.test(name))) return undefined
  return found?.kind
}

/** Directories that hold nothing but credentials, by name. */
const SECRET_DIRECTORIES = table({
  '.ssh': 'a directory of private keys',
  '.gnupg': 'a directory of private keys',
  '.aws': 'a directory of cloud credentials',
  '.kube': 'a directory of cloud credentials'
})

/** What a directory holds, when it holds nothing but credentials and is what a COPY copies. */
export function secretDirectory(path: string): string | undefined {
  return SECRET_DIRECTORIES[basename(path)]
}

/**
 * False when nothing at `path` can be a secret by its name: no secret file, secret directory or token
 * config (below). One test rules out most names, before a rule works out where the file lands.
 */
export function mayBeSecretPath(path: string): boolean {
  const name = basename(path)
  return MAY_BE_SECRET_FILE.test(name) || path.endsWith('.docker/config.json') || SECRET_DIRECTORIES[name] !== undefined || TOKEN_CONFIGS.test(name)
}

/**
 * Files people copy in for one step and delete afterwards because they hold a token: not secret by
 * name alone (an `.npmrc` may only set a registry), but deleting one says it was.
 */
export const TOKEN_CONFIGS = /^(\.npmrc|\.yarnrc(\.yml)?|pip\.(conf|ini)|settings\.xml|auth\.json|\.gitconfig|nuget\.config|\.condarc)$/i

/** Files tools read credentials from (`~/.npmrc`, `~/.netrc`, `~/.docker/config.json`, …). */
export function isCredentialStore(path: string): boolean {
  const name = basename(path)
  return (
    /^([._]netrc|\.npmrc|\.yarnrc(\.yml)?|\.pypirc|pip\.conf|\.git-credentials|\.pgpass|\.my\.cnf|\.vault-token|auth\.json|\.s3cfg)$/.test(name) ||
    /(^|\/)(\.docker\/config\.json|\.aws\/credentials|\.kube\/config)$/.test(path)
  )
}

/** The last part of a path, trailing slashes left out: `/app/` is `app`. */
export function basename(path: string): string {
  let end = path.length
  while (end > 0 && path.charCodeAt(end - 1) === 47) end--
  return path.slice(path.lastIndexOf('/', end - 1) + 1, end)
}
