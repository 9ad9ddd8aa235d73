import { copyDestination, instructionsOf, isAbsolutePath, seenBy } from '../dockerfile/helpers.js'
import type { Dockerfile, Instruction } from '../dockerfile/model.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'copy-relative-destination',
  title: 'A `COPY` to a relative path needs a `WORKDIR` set before it',
  severity: 'warning',
  defaults:
    'A warning: without a WORKDIR the files land wherever the base image left the working directory, often `/`. Setting one costs a line.',
  tags: ['correctness'],
  precision: 'high',
  // hadolint's DL3045 spec cases are all in the test file, with their ONBUILD variants (hadolint's
  // wrap only RUNs, so those with no RUN are the same file).
  equivalents: { hadolint: ['DL3045'] },
  differences:
    "Beyond hadolint's cases, `ADD` and JSON-form `COPY`s are checked too. Known ARG and ENV values are expanded (`COPY . $APP` with `ENV APP=/app` is absolute), and a destination whose value is not known is not judged. An `ONBUILD WORKDIR` counts only for the `ONBUILD` copies after it, since it runs in the build that uses this image.",
  rationale:
    "A relative destination is resolved against the working directory, which is the base image's when the stage has not set one: often `/`, sometimes a directory the base image's authors chose and may change. Files then land somewhere the Dockerfile does not say, and a new base image version can move them.",
  fix: 'Set the directory first with `WORKDIR /app` (it is created if needed), or write an absolute destination: `COPY package.json /app/`.',
  examples: {
    bad: 'FROM node:22-bookworm-slim\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nUSER 10001\nCMD ["node", "server.js"]\n',
    good: 'FROM node:22-bookworm-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nUSER 10001\nCMD ["node", "server.js"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const copy of instructionsOf(dockerfile, 'COPY', 'ADD')) {
      const dest = copyDestination(copy)
      const path = dest && copy.resolve(dest.value)
      // hadolint also takes `c:\app` for absolute, with its backslashes read as escapes.
      if (!dest || !path || isAbsolutePath(path) || workdirSet(dockerfile, copy)) continue
      problems.push({
        at: dest,
        message: `\`${copy.keyword}\` copies to the relative path \`${dest.value}\`, but no WORKDIR is set before it, so it lands wherever the base image left the working directory (often \`/\`): add \`WORKDIR /app\` (or the directory you mean) before it, or write an absolute path.`
      })
    }
    return problems
  }
} satisfies Rule

/** True when a WORKDIR is set where the COPY runs (an ONBUILD one of its stage only for a trigger). */
function workdirSet(dockerfile: Dockerfile, copy: Instruction): boolean {
  for (const earlier of seenBy(dockerfile, copy)) if (earlier.keyword === 'WORKDIR') return true
  return false
}
