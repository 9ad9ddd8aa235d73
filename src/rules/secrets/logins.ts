// Commands that log a CLI in and store the credential in a file under the user's home directory,
// where it stays in the RUN's layer: `docker login`, `aws configure set aws_secret_access_key`, ….
import { hasFlag, positionals } from '../../shell/helpers.js'
import type { Command } from '../../shell/types.js'
import { table } from '../../lookup.js'

export interface Login {
  /** The command as the message names it: `docker login`, `aws configure set`. */
  what: string
  /** The file it writes the credential to. */
  file: string
  /** Matches an argument of a later `rm` that deletes that file again. */
  removedBy: RegExp
}

/** Options that take a value, so that their values are not read as subcommands. */
const VALUED = [
  '-u', '--username', '-p', '--password', '-t', '--access-token', '--profile', '--region', '--output', '--endpoint-url',
  '--project', '--account', '--config', '--context', '-c', '-H', '--host', '--registry', '--token', '--server',
  '--tenant', '--key-file', '--cred-file', '--user', '--kubeconfig', '--namespace', '-n'
]

const PASSWORD = ['-p', '--password', '--password-stdin']
const REGISTRY: Omit<Login, 'what'> = { file: 'the registry auth file (`~/.docker/config.json`)', removedBy: /\.docker|containers\/auth\.json/ }

type Check = (words: string[], command: Command) => Omit<Login, 'what'> | undefined

const registryLogin: Check = (w, c) => (w[0] === 'login' && hasFlag(c, ...PASSWORD) ? REGISTRY : undefined)
const NPM_AUTH = /(^|:)_(authToken|auth|password)(=|$)/

const CHECKS = table<Check>({
  aws: (w) =>
    w[0] === 'configure' && w[1] === 'set' && /(^|\.)aws_(secret_access_key|access_key_id|session_token)$/.test(w[2] ?? '')
      ? { file: '`~/.aws/credentials`', removedBy: /\.aws/ }
      : undefined,
  gcloud: (w, c) =>
    w[0] === 'auth' && (w[1] === 'activate-service-account' || (w[1] === 'login' && hasFlag(c, '--cred-file')))
      ? { file: 'gcloud\'s credential store (`~/.config/gcloud`)', removedBy: /gcloud/ }
      : undefined,
  az: (w, c) =>
    w[0] === 'login' && hasFlag(c, '-p', '--password', '--certificate', '--federated-token')
      ? { file: 'the Azure CLI token cache (`~/.azure`)', removedBy: /\.azure/ }
      : undefined,
  doctl: (w, c) => (w[0] === 'auth' && w[1] === 'init' && hasFlag(c, '-t', '--access-token') ? { file: 'doctl\'s config (`~/.config/doctl`)', removedBy: /doctl/ } : undefined),
  docker: registryLogin,
  podman: registryLogin,
  buildah: registryLogin,
  skopeo: registryLogin,
  nerdctl: registryLogin,
  oras: registryLogin,
  crane: (w, c) => (w[0] === 'auth' ? registryLogin(w.slice(1), c) : undefined),
  helm: (w, c) => (w[0] === 'registry' && w[1] === 'login' && hasFlag(c, ...PASSWORD) ? { file: 'helm\'s registry config', removedBy: /helm/ } : undefined),
  npm: (w) => (npmSet(w) ? { file: '`~/.npmrc`', removedBy: /\.npmrc/ } : undefined),
  pnpm: (w) => (npmSet(w) ? { file: '`~/.npmrc`', removedBy: /\.npmrc/ } : undefined),
  yarn: (w) =>
    w[0] === 'config' && w[1] === 'set' && /^(npmAuthToken|npmAuthIdent)$|_authToken$/.test(w[2] ?? '') ? { file: 'the yarn config (`.yarnrc.yml`)', removedBy: /\.yarnrc/ } : undefined,
  gh: (w, c) => (w[0] === 'auth' && w[1] === 'login' && hasFlag(c, '--with-token') ? { file: '`~/.config/gh/hosts.yml`', removedBy: /\.config\/gh|hosts\.yml/ } : undefined),
  git: (w) =>
    w[0] === 'config' && w.some((a) => /^url\.https?:\/\/[^/@]*[:$][^/@]*@/i.test(a) || /^http\..*extraheader$/i.test(a))
      ? { file: 'the git config (`~/.gitconfig`)', removedBy: /\.gitconfig/ }
      : undefined,
  vault: (w, c) => (w[0] === 'login' && !hasFlag(c, '-no-store') ? { file: '`~/.vault-token`', removedBy: /\.vault-token/ } : undefined),
  kubectl: (w, c) => (w[0] === 'config' && w[1] === 'set-credentials' && hasFlag(c, '--token', '--password') ? { file: 'the kubeconfig (`~/.kube/config`)', removedBy: /\.kube/ } : undefined),
  composer: (w) =>
    w[0] === 'config' && w.some((a) => /^(http-basic|github-oauth|gitlab-oauth|gitlab-token|bitbucket-oauth|bearer)\./.test(a))
      ? { file: 'composer\'s `auth.json`', removedBy: /auth\.json|composer/ }
      : undefined,
  poetry: (w) => (w[0] === 'config' && w.some((a) => /^(http-basic|pypi-token)\./.test(a)) ? { file: 'poetry\'s `auth.toml`', removedBy: /pypoetry|auth\.toml/ } : undefined)
})

/** `npm config set //registry/:_authToken …` / `npm set _auth=…`. */
function npmSet(w: string[]): boolean {
  const key = w[0] === 'set' ? w[1] : (w[0] === 'config' || w[0] === 'c') && w[1] === 'set' ? w[2] : undefined
  return key !== undefined && NPM_AUTH.test(key)
}

const SUBCOMMANDS = new Set(['login', 'configure', 'set', 'auth', 'activate-service-account', 'init', 'registry', 'config', 'set-credentials', 'c'])

/** The login a command performs, if it stores a credential. */
export function loginOf(command: Command): Login | undefined {
  const check = CHECKS[command.program]
  if (!check) return undefined
  const words = positionals(command, VALUED).map((w) => w.value)
  const found = check(words, command)
  if (!found) return undefined
  // Name the subcommands only, never an operand: it could be the token itself (`vault login s.…`).
  const sub = words.slice(0, 3).filter((w, i) => SUBCOMMANDS.has(w) && words.slice(0, i).every((v) => SUBCOMMANDS.has(v)))
  return { what: [command.program, ...sub].join(' '), ...found }
}

/** True when `later` logs the tool out or deletes the file `login` wrote. */
export function undoes(later: Command, login: Login, tool: string): boolean {
  if (later.program === tool && positionals(later, VALUED)[0]?.value === 'logout') return true
  return later.program === 'rm' && later.args.some((a) => login.removedBy.test(a.value))
}
