// What a secret value looks like: token formats that are secrets by their shape alone, passwords in
// URLs, and the placeholders (`changeme`, `<token>`, `AKIA…EXAMPLE`) that are not secrets at all.
// Messages show a secret only through `mask`.
import type { Span } from '../../dockerfile/model.js'

export interface SecretMatch extends Span {
  /** What it is, for the message: `a GitHub token`. */
  kind: string
  value: string
}

const END = '(?![A-Za-z0-9_-])'

/**
 * Token formats with a fixed prefix and length: each one is a live credential of that service. Every
 * match contains one of the `hints`, so most files skip most patterns with an `includes` or two.
 */
const TOKENS: readonly { kind: string; hints: readonly string[]; pattern: RegExp }[] = [
  { kind: 'a private key', hints: ['PRIVATE KEY'], pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g },
  { kind: 'an AWS access key', hints: ['AKIA', 'ASIA'], pattern: new RegExp(`\\b(?:AKIA|ASIA)[0-9A-Z]{16}${END}`, 'g') },
  { kind: 'a GitHub token', hints: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], pattern: new RegExp(`\\bgh[pousr]_[A-Za-z0-9]{36}${END}`, 'g') },
  { kind: 'a GitHub token', hints: ['github_pat_'], pattern: new RegExp(`\\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}${END}`, 'g') },
  { kind: 'a GitLab token', hints: ['glpat-'], pattern: new RegExp(`\\bglpat-[A-Za-z0-9_-]{20,}${END}`, 'g') },
  { kind: 'a Slack token', hints: ['xox'], pattern: new RegExp(`\\bxox[abprs]-[A-Za-z0-9-]{10,}${END}`, 'g') },
  { kind: 'a Slack webhook URL', hints: ['hooks.slack.com'], pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{16,}/g },
  {
    kind: 'a Microsoft Teams webhook URL',
    hints: ['.webhook.office.com/'],
    pattern: /https:\/\/[\w-]+\.webhook\.office\.com\/webhookb2\/[0-9a-f-]{36}@[0-9a-f-]{36}\/IncomingWebhook\/[0-9a-f]{32}\/[0-9a-f-]{36}/g
  },
  { kind: 'a Mailchimp API key', hints: ['-us'], pattern: new RegExp(`\\b[0-9a-f]{32}-us[0-9]{1,2}${END}`, 'g') },
  { kind: 'a Stripe live key', hints: ['_live_'], pattern: new RegExp(`\\b[rs]k_live_[A-Za-z0-9]{20,}${END}`, 'g') },
  { kind: 'a Google API key', hints: ['AIza'], pattern: new RegExp(`\\bAIza[0-9A-Za-z_-]{35}${END}`, 'g') },
  { kind: 'an npm token', hints: ['npm_'], pattern: new RegExp(`\\bnpm_[A-Za-z0-9]{36}${END}`, 'g') },
  { kind: 'a PyPI token', hints: ['pypi-'], pattern: new RegExp(`\\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}${END}`, 'g') },
  { kind: 'a Docker Hub token', hints: ['dckr_pat_'], pattern: new RegExp(`\\bdckr_pat_[A-Za-z0-9_-]{27,}${END}`, 'g') },
  { kind: 'a Hugging Face token', hints: ['hf_'], pattern: new RegExp(`\\bhf_[A-Za-z0-9]{34,}${END}`, 'g') },
  { kind: 'an OpenAI key', hints: ['T3BlbkFJ'], pattern: new RegExp(`\\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}${END}`, 'g') },
  { kind: 'an Anthropic key', hints: ['sk-ant-'], pattern: new RegExp(`\\bsk-ant-[a-z]+\\d\\d-[A-Za-z0-9_-]{80,}${END}`, 'g') },
  { kind: 'a SendGrid key', hints: ['SG.'], pattern: new RegExp(`\\bSG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}${END}`, 'g') }
]

/** The documentation's sample keys (`AKIAIOSFODNN7EXAMPLE`, `ghp_xxxx…`) are not secrets. */
const SAMPLE = /EXAMPLE|example|x{8}|X{8}|0{12}|\*{4}/

export const URL_PASSWORD = 'a password in a URL'

/** A password in a URL: `scheme://user:password@host`. The password is the second group. */
const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]*:\/\/([^\s:/@'"]+):([^\s/@'"]+)@(?=[A-Za-z0-9[])/dgi

/**
 * Any hint: one scan rules out every token format for most files. `-us` alone is in many files
 * (`--user`, `-using`), so the scan asks for a digit after it, as every Mailchimp key has. (Not a hex
 * digit before it: an alternative opening with a class makes the whole scan twice as slow.)
 */
const ANY_HINT = new RegExp(
  TOKENS.flatMap((t) => t.hints.map((hint) => (hint === '-us' ? '-us[0-9]' : hint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))).join('|')
)
/** What URL_CREDENTIALS matches after the scheme: a scan for `://` rules out most files without trying every word. */
const URL_CREDENTIALS_TAIL = /:\/\/[^\s:/@'"]+:[^\s/@'"]+@(?=[A-Za-z0-9[])/

/** Every secret in `text` found by its shape, with offsets from `base`. */
export function findSecrets(text: string, base = 0): SecretMatch[] {
  const found: SecretMatch[] = []
  for (const { kind, hints, pattern } of ANY_HINT.test(text) ? TOKENS : []) {
    if (!hints.some((hint) => text.includes(hint))) continue
    for (const m of text.matchAll(pattern)) {
      if (!SAMPLE.test(m[0])) found.push({ kind, value: m[0], start: base + m.index, end: base + m.index + m[0].length })
    }
  }
  for (const m of URL_CREDENTIALS_TAIL.test(text) ? text.matchAll(URL_CREDENTIALS) : []) {
    const [start, end] = m.indices![2]
    const password = m[2]
    if (isLiteralSecret(password)) found.push({ kind: URL_PASSWORD, value: password, start: base + start, end: base + end })
  }
  return found.sort((a, b) => a.start - b.start)
}

/** Values people write where a secret will go later: not secrets themselves. */
const PLACEHOLDER =
  /^(?:[x*.?#_-]+|…|pass|password|passwd|secret|token|key|changeme|change[_-]?(?:me|it)|placeholder|dummy|redacted|hidden|example|sample|tests?|testing|none|null|nil|undefined|empty|false|true|yes|no|todo|tbd|fixme|(?:your|my|some)[_-]?\w*|<.*>|\{\{.*\}\}|\[.*\]|%.*%|@.*@)$/i

/**
 * Words that say a value is not a real secret (`build-time-only`, `dummy_key`, `not-a-secret`). Only
 * values made of lower-case words alone count: a digit or a capital letter makes one look real.
 */
const DUMMY_WORDS = /^[a-z]+(?:[-_][a-z]+)*$/
const DUMMY_WORD = /^(?:dummy|placeholder|example|changeme|build|only|test|testing|fake|mock|sample|your|xxx+|unused|insecure|not)$/

/** `build-time-only`, `fake_password`: lower-case words, one of which says the value is a stand-in. */
function isDummyWords(value: string): boolean {
  return DUMMY_WORDS.test(value) && value.split(/[-_]/).some((w) => DUMMY_WORD.test(w))
}

/**
 * The variable's own name spelled again (`AWS_SECRET_ACCESS_KEY=secretaccesskey`, `API_KEY=api-key`):
 * the value's letters, and nothing else, are most of the name's letters, in order.
 */
function echoesName(value: string, name: string): boolean {
  if (!/^[A-Za-z_-]+$/.test(value)) return false
  const letters = value.toLowerCase().replace(/[-_]/g, '')
  const of = name.toLowerCase().replace(/[^a-z]/g, '')
  let i = 0
  for (const c of of) if (c === letters[i]) i++
  // At least half the name: `ADMIN_PASSWORD=admin` is a default password, not the name spelled again.
  return letters.length >= 3 && letters.length * 2 >= of.length && i === letters.length
}

/**
 * True when a value written in the Dockerfile is a real secret: not empty, not a reference to a
 * variable or a command's output (`$TOKEN`, `$(cat /run/secrets/t)`), not a path to a secret file,
 * and not a placeholder (given `name`, the one it is assigned to, not that name spelled again).
 */
export function isLiteralSecret(value: string, name?: string): boolean {
  const v = value.trim()
  if (v.length === 0 || /[$`]/.test(v) || v.startsWith('/') || v.startsWith('~/') || PLACEHOLDER.test(v) || isDummyWords(v)) return false
  return name === undefined || !echoesName(v, name)
}

/** The secret as a message may show it: a few leading characters, never enough to use it. */
export function mask(secret: string): string {
  const shown = secret.slice(0, Math.min(4, Math.floor(secret.length / 4))).replace(/[`\\]/g, '')
  return `\`${shown}…\` (${secret.length} characters)`
}
