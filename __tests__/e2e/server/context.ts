// What a route handler gets: the request, already matched and validated, and the state.
import type { IncomingHttpHeaders } from 'node:http'
import type { Reply } from './replies.js'
import type { Json } from './shapes.js'
import type { State } from './state.js'

export interface Context {
  state: State
  /** Path parameters, decoded. */
  params: Record<string, string>
  /** The full request URL on this server (Link headers point back at it). */
  url: URL
  body: Json
  headers: IncomingHttpHeaders
  /** The operation's documentation URL, for error bodies. */
  docs: string
  /** Who the token belongs to: the author of what the request creates. */
  actor: Json
  now: string
}

export type Handler = (context: Context) => Reply
