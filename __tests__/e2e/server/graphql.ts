// `POST /graphql`, for the one mutation REST lacks: `minimizeComment` (hiding an outdated comment).
// GraphQL is not in the REST description, so the query is checked loosely: a well-formed
// document naming the mutation, a subject id and a classifier from GitHub's enum.
import type { Reply } from './replies.js'
import type { Json } from './shapes.js'
import type { State } from './state.js'

/** GitHub's `ReportedContentClassifiers`. */
export const CLASSIFIERS = ['SPAM', 'ABUSE', 'OFF_TOPIC', 'OUTDATED', 'DUPLICATE', 'RESOLVED']

export function graphql(state: State, request: Json | undefined, readOnly: boolean): Reply {
  const query = request?.query
  const variables: Json = request?.variables ?? {}
  if (typeof query !== 'string' || !balanced(query)) return failure('A query attribute must be specified and must be a string.', 'malformed GraphQL request')
  if (!/\bmutation\b[^{]*\{\s*minimizeComment\s*\(/.test(query)) {
    return failure('This fake GitHub answers only the minimizeComment mutation.', `unsupported GraphQL document: ${query.slice(0, 80)}`)
  }
  const subjectId = argument(query, 'subjectId', variables)
  const classifier = argument(query, 'classifier', variables)
  if (typeof subjectId !== 'string') return failure('Argument subjectId on InputObject MinimizeCommentInput is required.', 'minimizeComment without subjectId')
  if (typeof classifier !== 'string' || !CLASSIFIERS.includes(classifier)) {
    return failure(`Argument 'classifier' on InputObject 'MinimizeCommentInput' has an invalid value (${JSON.stringify(classifier)}). Expected type 'ReportedContentClassifiers!'.`, `bad classifier ${String(classifier)}`)
  }
  if (readOnly) return answer(null, { type: 'FORBIDDEN', path: ['minimizeComment'], message: 'Resource not accessible by integration' })
  const comment = state.findNode(subjectId)
  if (!comment) return answer(null, { type: 'NOT_FOUND', path: ['minimizeComment'], message: `Could not resolve to a node with the global id of '${subjectId}'.` })
  state.minimized.set(subjectId, classifier)
  if ('minimized' in comment) comment.minimized = { reason: classifier.toLowerCase() } // the REST issue comment shows it
  return answer({ clientMutationId: null, minimizedComment: { isMinimized: true, minimizedReason: classifier.toLowerCase(), viewerCanMinimize: true } })
}

function answer(minimizeComment: Json | null, error?: Json): Reply {
  return { status: 200, body: { data: { minimizeComment }, ...(error ? { errors: [{ ...error, locations: [{ line: 1, column: 1 }] }] } : {}) } }
}

function failure(message: string, violation: string): Reply {
  return { status: 200, body: { errors: [{ message }] }, violation: [violation] }
}

/** An argument given inline (`classifier: OUTDATED`, `subjectId: "IC_1"`) or through variables (`$id`, `input: $input`). */
function argument(query: string, name: string, variables: Json): unknown {
  const inline = new RegExp(`\\b${name}\\s*:\\s*(\\$\\w+|"[^"]*"|\\w+)`).exec(query)?.[1]
  if (inline?.startsWith('$')) return variables[inline.slice(1)]
  if (inline) return inline.startsWith('"') ? JSON.parse(inline) : inline
  const input = /\binput\s*:\s*\$(\w+)/.exec(query)?.[1]
  return input ? variables[input]?.[name] : undefined
}

function balanced(query: string): boolean {
  let depth = 0
  for (const char of query.replace(/"(?:[^"\\]|\\.)*"/g, '')) {
    if (char === '{' || char === '(') depth++
    if (char === '}' || char === ')') depth--
    if (depth < 0) return false
  }
  return depth === 0 && query.includes('{')
}
