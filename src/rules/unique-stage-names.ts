import { lineOf } from '../dockerfile/helpers.js'
import type { Stage } from '../dockerfile/model.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'unique-stage-names',
  title: 'Stage names should be unique',
  severity: 'warning',
  defaults: 'A warning: with two stages of one name, `FROM` and `COPY --from=` may use another stage than the one you meant.',
  tags: ['correctness'],
  precision: 'very-high',
  // hadolint's DL3024 spec cases and BuildKit's DuplicateStageName test cases are all in the test file,
  // and so are those of Trivy's DS012, Checkov's CKV_DOCKER_11 and KICS's f2daed12.
  equivalents: { hadolint: ['DL3024'], buildkit: ['DuplicateStageName'], trivy: ['DS012'], checkov: ['CKV_DOCKER_11'], kics: ['f2daed12'] },
  differences:
    "Stage names are compared without regard to case, as Docker compares them: `AS Build` and `AS build` are the same name. BuildKit's DuplicateStageName lowercases stage names too, and checks nothing more. Trivy's DS012 lowercases them as well; Checkov's CKV_DOCKER_11 and KICS's f2daed12 compare them as written, and Checkov reads only a lower-case `as`. Trivy and KICS point at the first of the two stages, Checkov at the first `FROM` of the file; this rule points at the name that repeats an earlier one.",
  rationale:
    'A stage name is how `FROM <stage>` and `COPY --from=<stage>` find a stage. When two stages share one, which of them a reference gets depends on the builder and on where the reference stands, so a build can silently copy files from the wrong stage.',
  fix: 'Give each stage its own name that says what it does (`AS deps`, `AS build`, `AS test`), and update the `FROM` and `COPY --from=` lines that refer to the renamed one.',
  examples: {
    bad: 'FROM node:22-bookworm-slim AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n\nFROM node:22-bookworm-slim AS build\nWORKDIR /app\nCOPY --from=build /app/dist ./dist\nUSER 10001\nCMD ["node", "dist/server.js"]\n',
    good: 'FROM node:22-bookworm-slim AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n\nFROM node:22-bookworm-slim AS runtime\nWORKDIR /app\nCOPY --from=build /app/dist ./dist\nUSER 10001\nCMD ["node", "dist/server.js"]\n'
  },
  check: (dockerfile) => {
    const first = new Map<string, Stage>()
    const problems: Problem[] = []
    for (const stage of dockerfile.stages) {
      const written = stage.from.args[2]
      if (!stage.name || !written) continue
      const earlier = first.get(stage.name)
      if (!earlier) first.set(stage.name, stage)
      else problems.push({ at: written, message: `The stage name \`${written.value}\` is already used on line ${lineOf(dockerfile, earlier.from.start)}: give this stage a name of its own, so \`FROM\` and \`COPY --from=\` find the stage you mean.` })
    }
    return problems
  }
} satisfies Rule
