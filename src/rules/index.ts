// The one registry of rules, in the order their docs are listed. A retired rule stays here with
// `deprecated: true` so its id is never reused.
import type { Rule } from './types.js'
import parseError from './parse-error.js'
import noRootUser from './no-root-user.js'
// imports: images
// imports: remote-exec
// imports: users
// imports: secrets
// imports: trust

export const rules: readonly Rule[] = [
  parseError,
  noRootUser,
  // rules: images
  // rules: remote-exec
  // rules: users
  // rules: secrets
  // rules: trust
]
