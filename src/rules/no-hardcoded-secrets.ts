import type { Span } from '../dockerfile/model.js'
import type { Problem, Rule } from './types.js'
import { namedSecrets } from './secrets/hardcoded.js'
import { URL_PASSWORD, findSecrets, mask } from './secrets/values.js'

const ROTATE = 'Anyone who can read the repository or pull the image can use it: revoke it, and pass the new one as a secret mount.'

export default {
  id: 'no-hardcoded-secrets',
  title: 'Secrets should not be written in the Dockerfile',
  severity: 'error',
  defaults:
    'On, as an error: a secret written in the Dockerfile has already leaked to everyone who can read the repository or pull the image, and must be revoked.',
  tags: ['security', 'secrets', 'CWE-798'],
  securitySeverity: 9.5,
  precision: 'high',
  // KICS's Dockerfile samples for its common query (a88baa34) are in the test file; its Slack sample,
  // Slack's documented URL with X's for the secret, passes here on purpose.
  related: { kics: ['a88baa34'] },
  differences:
    "KICS's query is one set of regular expressions (token formats and `password = …`-like assignments) for every kind of file. This rule passes documentation samples such as Slack's `…/XXXXXXXXXXXXXXXXXXXXXXXX` URL, which KICS flags, and placeholders (`changeme`, `<token>`, `fake_token`); and it reads the Dockerfile's commands: options such as `mysql -p…` or `--token`, `NAME=value` before a command, URLs with a password, and the lines RUN heredocs and `COPY <<EOF` write into files.",
  cis: ['4.10'],
  rationale:
    'A password, token or private key written in a Dockerfile is in the repository\'s history for good, and in the image too: in an `ENV`, in a layer, or in the command line that `docker history` shows. Anyone who can read either can use it, and deleting the line later does not take it back from them.',
  fix: 'Revoke the credential first: it has leaked. Then keep it out of the file: pass it at build time as a secret mount (`RUN --mount=type=secret,id=db_password …`, built with `docker build --secret id=db_password,env=DB_PASSWORD .`), or give it to the container at run time from your orchestrator\'s secret store.',
  examples: {
    bad: 'FROM alpine:3.22\nRUN apk add --no-cache git \\\n && git clone https://deploy:Tr0ub4dor3@git.example.com/app.git /app\nUSER 10001\nCMD ["/app/run"]\n',
    good: 'FROM alpine:3.22\nRUN apk add --no-cache git\nRUN --mount=type=secret,id=git_netrc,target=/root/.netrc git clone https://git.example.com/app.git /app\nUSER 10001\nCMD ["/app/run"]\n'
  },
  check: (dockerfile) => {
    // A token in a comment is as leaked as any other; a URL with a password in a comment is an example.
    const inComment = (s: Span) => dockerfile.comments.some((c) => c.start <= s.start && s.end <= c.end)
    const shaped = findSecrets(dockerfile.text).filter((s) => s.kind !== URL_PASSWORD || !inComment(s))
    const problems: Problem[] = shaped.map((s) => ({ at: s, message: `${s.kind[0].toUpperCase()}${s.kind.slice(1)} is written into the Dockerfile: ${mask(s.value)}. ${ROTATE}` }))
    // One finding per secret: a token in `ENV GITHUB_TOKEN=ghp_…` is found by its shape and its name,
    // and its shape says more.
    const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end
    for (const s of namedSecrets(dockerfile)) {
      if (shaped.some((t) => overlaps(s, t)) || problems.some((p) => overlaps(s, p.at))) continue
      problems.push({ at: s, message: `\`${s.name}\` is given a hard-coded value: ${mask(s.value)}. ${ROTATE}` })
    }
    return problems
  }
} satisfies Rule
