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
 * Token formats with a fixed prefix and length: each one is a live credential of that service. `hint`
 * is a string every match contains, so most files skip most patterns with one `includes`.
 */
const TOKENS: readonly { kind: string; hint: string; pattern: RegExp }[] = [
  { kind: 'a private key', hint: 'PRIVATE KEY', pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g },
  { kind: 'an AWS access key', hint: 'IA', pattern: new RegExp(`\\b(?:AKIA|ASIA)[0-9A-Z]{16}${END}`, 'g') },
  { kind: 'a GitHub token', hint: 'gh', pattern: new RegExp(`\\bgh[pousr]_[A-Za-z0-9]{36}${END}`, 'g') },
  { kind: 'a GitHub token', hint: 'github_pat_', pattern: new RegExp(`\\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}${END}`, 'g') },
  { kind: 'a GitLab token', hint: 'glpat-', pattern: new RegExp(`\\bglpat-[A-Za-z0-9_-]{20,}${END}`, 'g') },
  { kind: 'a Slack token', hint: 'xox', pattern: new RegExp(`\\bxox[abprs]-[A-Za-z0-9-]{10,}${END}`, 'g') },
  { kind: 'a Slack webhook URL', hint: 'hooks.slack.com', pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{16,}/g },
  { kind: 'a Stripe live key', hint: '_live_', pattern: new RegExp(`\\b[rs]k_live_[A-Za-z0-9]{20,}${END}`, 'g') },
  { kind: 'a Google API key', hint: 'AIza', pattern: new RegExp(`\\bAIza[0-9A-Za-z_-]{35}${END}`, 'g') },
  { kind: 'an npm token', hint: 'npm_', pattern: new RegExp(`\\bnpm_[A-Za-z0-9]{36}${END}`, 'g') },
  { kind: 'a PyPI token', hint: 'pypi-', pattern: new RegExp(`\\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}${END}`, 'g') },
  { kind: 'a Docker Hub token', hint: 'dckr_pat_', pattern: new RegExp(`\\bdckr_pat_[A-Za-z0-9_-]{27,}${END}`, 'g') },
  { kind: 'a Hugging Face token', hint: 'hf_', pattern: new RegExp(`\\bhf_[A-Za-z0-9]{34,}${END}`, 'g') },
  { kind: 'an OpenAI key', hint: 'T3BlbkFJ', pattern: new RegExp(`\\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}${END}`, 'g') },
  { kind: 'an Anthropic key', hint: 'sk-ant-', pattern: new RegExp(`\\bsk-ant-[a-z]+\\d\\d-[A-Za-z0-9_-]{80,}${END}`, 'g') },
  { kind: 'a SendGrid key', hint: 'SG.', pattern: new RegExp(`\\bSG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}${END}`, 'g') }
]

/** The documentation's sample keys (`AKIAIOSFODNN7EXAMPLE`, `ghp_xxxx…`) are not secrets. */
const SAMPLE = /EXAMPLE|example|x{8}|X{8}|0{12}|\*{4}/

export const URL_PASSWORD = 'a password in a URL'

/** A password in a URL: `scheme://user:password@host`. The password is the second group. */
const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]*:\/\/([^\s:/@'"]+):([^\s/@'"]+)@(?=[A-Za-z0-9[])/dgi

/** Every secret in `text` found by its shape, with offsets from `base`. */
export function findSecrets(text: string, base = 0): SecretMatch[] {
  const found: SecretMatch[] = []
  for (const { kind, hint, pattern } of TOKENS) {
    if (!text.includes(hint)) continue
    for (const m of text.matchAll(pattern)) {
      if (!SAMPLE.test(m[0])) found.push({ kind, value: m[0], start: base + m.index, end: base + m.index + m[0].length })
    }
  }
  for (const m of text.includes('@') ? text.matchAll(URL_CREDENTIALS) : []) {
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
 * True when a value written in the Dockerfile is a real secret: not empty, not a reference to a
 * variable or a command's output (`$TOKEN`, `$(cat /run/secrets/t)`), not a path to a secret file,
 * and not a placeholder.
 */
export function isLiteralSecret(value: string): boolean {
  const v = value.trim()
  return v.length > 0 && !/[$`]/.test(v) && !v.startsWith('/') && !v.startsWith('~/') && !PLACEHOLDER.test(v)
}

/** The secret as a message may show it: a few leading characters, never enough to use it. */
export function mask(secret: string): string {
  const shown = secret.slice(0, Math.min(4, Math.floor(secret.length / 4))).replace(/[`\\]/g, '')
  return `\`${shown}…\` (${secret.length} characters)`
}
