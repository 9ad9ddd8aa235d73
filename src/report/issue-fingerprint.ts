// Fingerprints for the formats that track an issue from one run to the next by an id of our
// choosing (GitLab Code Quality, Code Climate). GitLab compares the fingerprints of the source and
// target branches to say which issues a merge request adds or fixes, and shows one issue per
// fingerprint, so each must be unique within a report and must not change when lines are
// inserted above the issue. It is built from the file, the rule and the content of the line
// (the same line hash as SARIF's primaryLocationLineHash), never from the line number.
import { createHash } from 'node:crypto'
import type { Finding } from '../lint.js'
import { byFile } from './counts.js'
import { findingLineHashes } from './fingerprint.js'
import { reportPath } from './interchange.js'

/**
 * The fingerprint of every finding (SHA-256, hex). Findings of one rule on lines with the same
 * content are told apart by their order. Without the file's text (`sources`), a finding is known
 * by its file, rule and order among that rule's findings in the file: still unique, and still
 * stable when lines move, but a new finding of the same rule above it renumbers it.
 */
export function issueFingerprints(findings: readonly Finding[], sources?: ReadonlyMap<string, string>): Map<Finding, string> {
  const fingerprints = new Map<Finding, string>()
  const hashes = findingLineHashes(findings, sources)
  for (const [path, inFile] of byFile(findings)) {
    const seen = new Map<string, number>()
    for (const finding of inFile) {
      const key = ['dockerfile-guard', reportPath(path), finding.ruleId, hashes.get(finding) ?? ''].join('\0')
      const occurrence = (seen.get(key) ?? 0) + 1
      seen.set(key, occurrence)
      fingerprints.set(finding, createHash('sha256').update(`${key}\0${occurrence}`).digest('hex'))
    }
  }
  return fingerprints
}
