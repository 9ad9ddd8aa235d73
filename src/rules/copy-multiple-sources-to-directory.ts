import { copyDestination, copySources, instructionsOf } from '../dockerfile/helpers.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'copy-multiple-sources-to-directory',
  title: 'A `COPY` of several sources should end its destination with `/`',
  severity: 'error',
  defaults: 'An error: Docker requires a directory here, and the fix is one character.',
  tags: ['correctness'],
  precision: 'very-high',
  // hadolint's DL3021 spec cases are all in the test file, and so are the test cases of Trivy's DS011
  // (two differ) and the samples of KICS's 6db6e0c2 (all agree, but its query reports a destination of
  // `.`, which this rule passes: see `differences`).
  equivalents: { hadolint: ['DL3021'] },
  related: { trivy: ['DS011'], kics: ['6db6e0c2'] },
  differences:
    "Beyond hadolint's cases, `ADD` is checked as well (Docker requires the same of it), and so are JSON-form sources; known ARG and ENV values are expanded. A destination of `.` passes (BuildKit reads it as the working directory), and so does one whose value is not known. A single source with a wildcard is not reported: how many files it matches is unknown.\n\nTrivy's DS011 and KICS's 6db6e0c2 check `COPY` only, and report a destination of `.` (`COPY package.json yarn.lock .`), which Docker takes for the working directory. Trivy also passes `COPY file:<hash> in <dest>` and `COPY multi:<hash> in <dest>`, the form `docker history` gives a COPY in the image histories Trivy also scans. In a Dockerfile that form copies two files, `file:<hash>` and `in`, to one file, so this rule reports it.",
  rationale:
    'With more than one source, COPY and ADD need a directory to put them in, and Docker takes the destination for one only when it ends with `/`. Without it the build fails, or the sources are written one over the other to a single file.',
  fix: 'End the destination with a slash: `COPY package.json package-lock.json /app/`.',
  examples: {
    bad: 'FROM node:22-bookworm-slim\nWORKDIR /app\nCOPY package.json package-lock.json /app\nRUN npm ci --omit=dev\nCOPY . /app/\nUSER 10001\nCMD ["node", "server.js"]\n',
    good: 'FROM node:22-bookworm-slim\nWORKDIR /app\nCOPY package.json package-lock.json /app/\nRUN npm ci --omit=dev\nCOPY . /app/\nUSER 10001\nCMD ["node", "server.js"]\n'
  },
  fixable: true,
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const copy of instructionsOf(dockerfile, 'COPY', 'ADD')) {
      const sources = copySources(copy)
      const dest = sources.length > 1 ? copyDestination(copy) : undefined
      const path = dest && copy.resolve(dest.value)
      if (!dest || !path || path === '.' || /[/\\]$/.test(path)) continue
      const written = dockerfile.text.slice(dest.start, dest.end)
      // The slash goes inside quotes (`"/app"`, a JSON string); a value written with escapes gets no fix.
      const end = written === dest.value ? dest.end : written.slice(1, -1) === dest.value ? dest.end - 1 : undefined
      problems.push({
        at: dest,
        message: `\`${copy.keyword}\` has ${sources.length} sources, so its destination ${path === dest.value ? `\`${path}\`` : `\`${dest.value}\` (\`${path}\`)`} must be a directory, and Docker takes it for one only with a final slash: write \`${dest.value}/\`.`,
        fix: end === undefined ? undefined : { at: { start: end, end }, text: '/' }
      })
    }
    return problems
  }
} satisfies Rule
