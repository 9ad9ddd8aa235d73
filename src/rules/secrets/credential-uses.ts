// The places in a command where a value is used as a credential: `curl -u user:PASS`, `--password X`,
// `Authorization: Bearer X`, `https://user:X@host`, `_authToken=X`, `PASSWORD=X`. Rules ask which
// variables appear there.
import type { Command, Word } from '../../shell/types.js'
import { isCredentialName } from './names.js'

export interface CredentialUse {
  word: Word
  /** The part of the word's value that is the credential. */
  text: string
  /** How it is used, for the message: "in the `Authorization` header". */
  how: string
}

/** Header names whose value is a credential. */
const HEADER = /(?:^|[\s="'])(authorization|proxy-authorization|private-token|job-token|x-api-key|api-key|apikey|x-auth-token|x-access-token)\s*:\s*(.*)$/i
const USERINFO = /\b[a-z][a-z0-9+.-]*:\/\/([^\s/@]+)@/i
/**
 * `key=value`, `--key=value`, an `.npmrc` line (`//registry/:_authToken=…`) or a URL query parameter
 * (`…?access_token=…&`): the key is group 1, the value group 2.
 */
export const KEY_VALUE = /^(?:.*(?:\/:|[?&]))?-{0,2}([A-Za-z_][\w.-]*)=([^&]*)/s
const CREDENTIAL_OPTIONS = new Set(['--oauth2-bearer'])

/** Clients whose `-p<password>` (attached, as they require) takes the password itself. */
export const ATTACHED_PASSWORD = new Set(['mysql', 'mariadb', 'mysqladmin', 'mysqldump', 'mariadb-dump', 'mysqlimport'])

export function* credentialUses(command: Command): Generator<CredentialUse> {
  const words = [...command.assignments, ...command.args]
  for (let i = 0; i < words.length; i++) {
    const word = words[i]
    const value = word.value
    const next = words[i + 1]
    if (command.program === 'curl' && (value === '-u' || value === '--user') && next) {
      // `user:password`, or `token:` when a token is the user name and the password is empty.
      const colon = next.value.indexOf(':')
      if (colon >= 0) yield { word: next, text: next.value.slice(colon + 1) || next.value.slice(0, colon), how: `with \`curl ${value}\`` }
    } else if (/^--[A-Za-z]/.test(value) && !value.includes('=') && (isCredentialName(value) || CREDENTIAL_OPTIONS.has(value)) && next) {
      yield { word: next, text: next.value, how: `as \`${value}\`` }
    } else if (/^-p./.test(value) && ATTACHED_PASSWORD.has(command.program)) {
      yield { word, text: value.slice(2), how: `as \`${command.program} -p\`` }
    } else if (value === '-p' && next && (command.program === 'sshpass' || command.args.some((a) => a.value === 'login'))) {
      yield { word: next, text: next.value, how: `as the password of \`${command.program} -p\`` }
    } else {
      yield* inWord(word)
    }
  }
}

/** Credential positions inside one word: a header, a URL's user info, `key=value`. */
function* inWord(word: Word): Generator<CredentialUse> {
  const header = HEADER.exec(word.value)
  if (header) yield { word, text: header[2], how: `in the \`${header[1]}\` header` }
  const userinfo = USERINFO.exec(word.value)
  if (userinfo) {
    const colon = userinfo[1].indexOf(':')
    yield { word, text: colon < 0 ? userinfo[1] : userinfo[1].slice(colon + 1), how: 'in a URL' }
  }
  const pair = !header && !userinfo ? KEY_VALUE.exec(word.value) : null
  if (pair && (isCredentialName(pair[1]) || pair[1] === '_auth')) yield { word, text: pair[2], how: `as \`${pair[1]}=\`` }
}

/** The names among `names` that `text` expands (`$NAME`, `${NAME}`, `${NAME:-…}`). */
export function referenced(text: string, names: ReadonlySet<string>): string[] {
  const found: string[] = []
  for (const m of text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) if (names.has(m[1]) && !found.includes(m[1])) found.push(m[1])
  return found
}
