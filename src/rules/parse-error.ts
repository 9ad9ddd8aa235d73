import type { Rule } from './types.js'

// Reported by the engine itself (src/lint.ts) when a file cannot be parsed; it has no check of its own.
export default {
  id: 'parse-error',
  title: 'The Dockerfile could not be parsed',
  severity: 'error',
  defaults:
    'On in every preset, as an error: a file that does not parse cannot be built, and no other rule can check it.',
  tags: ['correctness'],
  precision: 'very-high',
  rationale:
    'A file that does not parse as a Dockerfile cannot be built, and none of the other checks could look at it, so any risk in it goes unreviewed.',
  fix: 'Make sure the file is a text Dockerfile (not a binary or an archive matched by the file patterns), or exclude it with `ignore-paths` in the configuration.',
  examples: {
    bad: 'FROM alpine:3.22\u0000\u0000\n',
    good: 'FROM alpine:3.22\nUSER 10001\n'
  },
  check: () => []
} satisfies Rule
