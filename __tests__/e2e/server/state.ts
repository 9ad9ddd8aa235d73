// The repository the fake GitHub serves: pull requests with their files and conversations,
// comparisons, file contents and SARIF uploads. Tests seed it and read it back.
import { pullRequestPayload } from '../../fixtures/github/events.js'
import { countChanges, findLine, parsePatch, type DiffLine } from './diff.js'
import { ACTIONS_BOT, issueComment, type FileSeed, type Json, type Repository } from './shapes.js'

export interface PullSeed {
  number: number
  head: string
  base: string
  files?: FileSeed[]
  /** Fields merged over the pull request object (default: GitHub's `pull_request.opened` example, moved to this repository). */
  pull?: Json
}

export interface Pull {
  number: number
  /** What `GET /pulls/{n}` answers. */
  data: Json
  files: FileSeed[]
  /** Commentable lines per file, from its patch. */
  diffs: Map<string, DiffLine[]>
  /** Every head the PR has had: a review may target an older one (its comments are then outdated). */
  commits: Set<string>
  issueComments: Json[]
  reviews: Json[]
  reviewComments: Json[]
}

export interface SarifUpload {
  id: string
  commit_sha: string
  ref: string
  /** The decoded SARIF log. */
  sarif: Json
  body: Json
}

export class State {
  readonly pulls = new Map<number, Pull>()
  /** Files changed between two commits, by `base...head`. */
  readonly comparisons = new Map<string, FileSeed[]>()
  /** File text by `ref:path`. */
  readonly contents = new Map<string, string>()
  readonly sarifs: SarifUpload[] = []
  /** GraphQL `minimizeComment` calls: node id → classifier. */
  readonly minimized = new Map<string, string>()
  /** When set, SARIF uploads answer 403 with this message (see CODE_SCANNING_DISABLED). */
  codeScanningDisabled?: string
  private lastId = 1000

  constructor(readonly repository: Repository, readonly defaultBranch = 'main') {}

  nextId(): number {
    return ++this.lastId
  }

  addPull({ number, head, base, files = [], pull = {} }: PullSeed): Pull {
    const { owner, repo } = this.repository
    const data = { ...pullRequestPayload({ owner, repo, number, head, base, baseRef: this.defaultBranch }).pull_request, ...pull }
    data.base = { ...data.base, sha: base }
    const created: Pull = { number, data, files: [], diffs: new Map(), commits: new Set(), issueComments: [], reviews: [], reviewComments: [] }
    this.pulls.set(number, created)
    this.push(number, head, files)
    return created
  }

  /**
   * A new push to the PR: new head and files. Review comments whose line left the diff become
   * outdated the way GitHub shows them: `line` and `position` null, `original_line` kept.
   */
  push(number: number, head: string, files: FileSeed[]): void {
    const pull = this.pull(number)
    pull.files = files
    pull.diffs = new Map(files.map((file) => [file.filename, parsePatch(file.patch)]))
    pull.commits.add(head)
    const totals = files.map((file) => countChanges(file.patch))
    Object.assign(pull.data, {
      head: { ...pull.data.head, sha: head }, commits: pull.commits.size, changed_files: files.length,
      additions: totals.reduce((sum, t) => sum + t.additions, 0), deletions: totals.reduce((sum, t) => sum + t.deletions, 0)
    })
    for (const comment of pull.reviewComments) {
      const line = comment.line === null ? undefined : findLine(pull.diffs.get(comment.path) ?? [], comment.side, comment.line)
      if (!line) Object.assign(comment, { line: null, position: null, start_line: null })
    }
  }

  pull(number: number): Pull {
    const pull = this.pulls.get(number)
    if (!pull) throw new Error(`No pull request #${number} was seeded`)
    return pull
  }

  /** What the compare API answers for `base...head` (a push from `before` to `after`). */
  addComparison(base: string, head: string, files: FileSeed[]): void {
    this.comparisons.set(`${base}...${head}`, files)
  }

  /** A comment already on the PR, e.g. a person's, or the action's summary from an earlier run. */
  addIssueComment(number: number, body: string, author: Json = ACTIONS_BOT): Json {
    const pull = this.pull(number)
    const comment = issueComment(this.repository, number, this.nextId(), body, author, '2026-01-01T00:00:00Z')
    pull.issueComments.push(comment)
    return comment
  }

  addContent(path: string, text: string, ref = this.defaultBranch): void {
    this.contents.set(`${ref}:${path}`, text)
  }

  content(path: string, ref = this.defaultBranch): string | undefined {
    return this.contents.get(`${ref}:${path}`)
  }

  /** The issue comment or review comment with this id, and the PR it belongs to. */
  findComment(kind: 'issueComments' | 'reviewComments', id: number): { pull: Pull; comment: Json; index: number } | undefined {
    for (const pull of this.pulls.values()) {
      const index = pull[kind].findIndex((c) => c.id === id)
      if (index >= 0) return { pull, comment: pull[kind][index], index }
    }
    return undefined
  }

  findNode(nodeId: string): Json | undefined {
    for (const pull of this.pulls.values()) {
      const found = [...pull.issueComments, ...pull.reviewComments].find((c) => c.node_id === nodeId)
      if (found) return found
    }
    return undefined
  }
}
