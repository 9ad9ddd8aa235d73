import { copySources, instructionsOf } from '../dockerfile/helpers.js'
import { isArchive, isUrl } from './data/add-sources.js'
import type { Problem, Rule } from './types.js'

/** Flags only ADD understands: with them, COPY is not a drop-in replacement. */
const ADD_ONLY = new Set(['checksum', 'keep-git-dir', 'unpack'])

export default {
  id: 'prefer-copy',
  title: 'Use `COPY` instead of `ADD` for local files',
  severity: 'warning',
  defaults:
    'On, as a warning: `ADD` of a local file does what `COPY` does, plus unpacking archives and fetching URLs that a reader does not expect, and the fix is a rename.',
  tags: ['security', 'least-surprise'],
  securitySeverity: 2.0,
  precision: 'very-high',
  // hadolint's DL3020 spec cases are all in the test file, and so are those of Trivy's DS005 (two differ),
  // Checkov's CKV_DOCKER_4 (its one case differs) and KICS's 9513a694 (three differ): see `differences`.
  equivalents: { hadolint: ['DL3020'] },
  related: { trivy: ['DS005'], checkov: ['CKV_DOCKER_4'], kics: ['9513a694'] },
  differences:
    "Beyond hadolint's cases, Git URLs (which `ADD` clones) and zstd archives (which it unpacks) are exempt like other URLs and archives, and so are sources that come from a variable whose value is not known. An `ADD` with an option only `ADD` has (`--checksum`, `--keep-git-dir`, `--unpack`) passes.\n\nCheckov's CKV_DOCKER_4 reports every `ADD`, its one test case being a download; downloads are verify-remote-add's to report. KICS's 9513a694 reports every `ADD` whose sources do not contain `.tar`, downloads included, and Trivy's DS005 every one whose sources contain none of `.tar`, `http://`, `https://` and `git@`: both report archives that `ADD` unpacks under other names (`vendor.tgz`, `rootfs.tzst`), which this rule passes, and KICS reports a source given by a build arg with no default (`ADD ${JAR_FILE} app.jar`), whose value this rule does not guess at. Trivy passes `ADD file:<hash> in <dest>`, the form `docker history` gives an `ADD` in the image histories it also scans; in a Dockerfile that adds two local files, which this rule reports.",
  cis: ['4.9'],
  rationale:
    '`ADD` does more than copy: it downloads URLs and unpacks any local file it recognises as a tar archive, whatever its name. Used for plain files it hides that behaviour from reviewers, and a file that turns out to be an archive is silently extracted into the image instead of copied.',
  fix: 'Write `COPY` instead of `ADD` (its `--chown`, `--chmod`, `--link` and `--exclude` flags work the same). Keep `ADD` only for archives you want unpacked and for remote sources fetched with `--checksum`.',
  examples: {
    bad: 'FROM alpine:3.22\nADD app.conf /etc/app/app.conf\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nCOPY app.conf /etc/app/app.conf\nUSER 10001\nCMD ["sh"]\n'
  },
  fixable: true,
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const add of instructionsOf(dockerfile, 'ADD')) {
      if (add.flags.some((f) => ADD_ONLY.has(f.name))) continue
      const local = []
      let needsAdd = false
      let unknown = false
      for (const source of copySources(add)) {
        const value = add.resolve(source.value)
        const text = value ?? source.value
        if (isUrl(text) || isArchive(text)) needsAdd = true
        else if (value === undefined) unknown = true
        else local.push(source.value)
      }
      if (unknown || local.length === 0) continue
      const files = local.map((s) => `\`${s}\``).join(', ')
      if (needsAdd) {
        problems.push({ at: add.keywordSpan, message: `\`ADD\` copies ${files} as plain files: move them to a \`COPY\` and keep \`ADD\` for the archives or URLs.` })
      } else {
        const copy = add.keywordSpan
        const text = dockerfile.text.slice(copy.start, copy.end) === 'add' ? 'copy' : 'COPY'
        problems.push({ at: copy, message: `\`ADD\` is used to copy ${files}: use \`COPY\`, which does only that.`, fix: { at: copy, text } })
      }
    }
    return problems
  }
} satisfies Rule
