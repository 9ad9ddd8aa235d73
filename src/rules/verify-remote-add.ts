import { copySources, instructionsOf } from '../dockerfile/helpers.js'
import { isGitCommitPinned, remoteKind } from './data/add-sources.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'verify-remote-add',
  title: '`ADD` of a URL or Git repository should verify what it fetches',
  severity: 'warning',
  defaults:
    'On, as a warning: `ADD <url>` without `--checksum` takes whatever the server returns, and the fix is one flag (or a commit hash for a Git source).',
  tags: ['security', 'supply-chain', 'CWE-494'],
  securitySeverity: 6.0,
  precision: 'very-high',
  // The cases of Checkov's CKV_DOCKER_4 and KICS's 4b410d24 are in the test file and agree; their code
  // differs, see `differences`.
  related: { checkov: ['CKV_DOCKER_4'], kics: ['4b410d24'] },
  differences:
    "Checkov's CKV_DOCKER_4 reports every `ADD`, local files included (prefer-copy reports those). KICS's 4b410d24 reports every `ADD` of an `http://` or `https://` URL and asks for `curl` or `wget` instead; this rule passes a download verified with `--checksum`, which BuildKit checks, and also checks Git sources (`git@…`, `….git#ref`) for a pinned commit.",
  cis: ['4.9', '4.11'],
  rationale:
    '`ADD <url>` puts whatever the server returns into the image, and `ADD <git repo>#v1.2` whatever the tag or branch points to today. If the download host, the release or the repository is compromised, or a tag is moved, the build silently ships the attacker\'s files, and no later step can tell.',
  fix: 'For a download, add the SHA-256 of the file you reviewed: `ADD --checksum=sha256:<hash> https://… /dest` (`sha256sum file` prints it). For a Git repository, name the full commit: `ADD https://github.com/org/repo.git#<40-hex commit> /src`, or `ADD --checksum=<commit> https://github.com/org/repo.git#v1.2 /src`.',
  examples: {
    bad: 'FROM alpine:3.22\nADD https://example.com/tool-1.2.0.tar.gz /opt/\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool-1.2.0.tar.gz /opt/\nUSER 10001\nCMD ["sh"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const add of instructionsOf(dockerfile, 'ADD')) {
      // BuildKit checks `--checksum` against the SHA-256 of a download, or the commit of a Git source.
      const checksum = add.flags.some((f) => f.name === 'checksum' && f.value)
      for (const source of copySources(add)) {
        const url = add.resolve(source.value) ?? source.value
        const kind = remoteKind(url)
        if (!kind || checksum) continue
        if (kind === 'http') {
          problems.push({ at: source, message: `\`${source.value}\` is downloaded without \`--checksum=sha256:…\`: a changed or tampered file would go into the image unnoticed.` })
        } else if (isGitCommitPinned(url) === false) {
          problems.push({ at: source, message: `\`${source.value}\` is not pinned to a commit: the branch or tag it follows can move. Name the full commit hash (\`#<commit>\`) or add \`--checksum=<commit>\`.` })
        }
      }
    }
    return problems
  }
} satisfies Rule
