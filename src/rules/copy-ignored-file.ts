import { posix } from 'node:path'
import { dockerignoreOf } from '../dockerfile/dockerignore.js'
import { contextSources, leavesContext, shownSource } from './data/context-sources.js'
import type { Problem, Rule } from './types.js'

const WILDCARD = /[*?[]/

export default {
  id: 'copy-ignored-file',
  title: 'A `COPY` or `ADD` source should not be left out of the build context by `.dockerignore`',
  severity: 'warning',
  defaults:
    "A warning, as in BuildKit: the build fails or the image lacks the files, but which `.dockerignore` applies depends on the build context, which a Dockerfile does not name. The rule assumes the context is the Dockerfile's directory (what `docker build .` run next to it uses): it reads `<Dockerfile name>.dockerignore` beside the file, else the `.dockerignore` there, and does not run when there is none.",
  tags: ['correctness'],
  precision: 'high',
  // BuildKit's cases (dockerfile_lint_test.go testCopyIgnoredFiles, context_test.go
  // TestLocalContextDockerignore, and the issues behind its special cases: `.` with `.*` or `*`, `**`
  // then `!manage.py`, `*` then `!go.*`…) are in the test file. One differs on purpose: BuildKit stays
  // silent on the whole file as soon as it has one `!` line (moby/buildkit#7125), where this rule
  // still flags a source no exception can bring back (`*`, `!foo`, then `COPY bar`).
  related: { buildkit: ['CopyIgnoredFile'] },
  differences:
    "BuildKit's check is experimental (off unless `# check=experimental=CopyIgnoredFile`) and goes silent as soon as the `.dockerignore` has one `!` exception. This rule weighs exceptions path by path: a source is flagged when no exception after the line that excludes it can bring back it or anything under it. It also reads an absolute source (`COPY /app.conf …`) from the context root as the build does, which BuildKit's check misses, and it flags a wildcard source only when its directory is left out or the pattern itself is a line of the file, where BuildKit compares the wildcard's characters as letters (`?.txt` would flag `COPY *.txt`). Sources in `ONBUILD` triggers are not checked: they are copied from the context of the build that uses the image.",
  rationale:
    "`docker build` sends the build context without the paths `.dockerignore` lists, so a `COPY` of one of them finds nothing: the build fails with \"not found\", or a wildcard or `.` silently copies fewer files than the Dockerfile says. The cause is easy to miss, since the file is right there in the repository.",
  fix: 'Decide whether the image needs the path. If it does, remove or narrow the `.dockerignore` line, or add an exception after it (`!config/app.yaml`); if it is a build output kept out of the context on purpose (`dist`, `node_modules`), build it in a stage and `COPY --from` that stage. Otherwise remove the source from the `COPY`.',
  examples: {
    dockerignore: 'node_modules\ndist\n*.md\n',
    bad: 'FROM node:22-bookworm-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nCOPY dist ./dist\nUSER 10001\nCMD ["node", "dist/server.js"]\n',
    good: 'FROM node:22-bookworm-slim AS build\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY src ./src\nRUN npm run build\n\nFROM node:22-bookworm-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nCOPY --from=build /app/dist ./dist\nUSER 10001\nCMD ["node", "dist/server.js"]\n'
  },
  check: (dockerfile) => {
    const ignore = dockerignoreOf(dockerfile)
    if (!ignore) return []
    const problems: Problem[] = []
    const file = `\`${posix.basename(dockerfile.context?.dockerignore?.path ?? '.dockerignore')}\``
    for (const copied of contextSources(dockerfile)) {
      const { instruction, arg, path } = copied
      // A trigger copies from the context of a later build; a path out of the context is copy-source-in-context's.
      if (instruction.onbuild || leavesContext(path)) continue
      const pattern = ignore.excludesAll(path)
      if (!pattern) continue
      const source = shownSource(copied)
      const by = `${file} (line ${pattern.line}: \`${pattern.text}\`)`
      const copy = `this \`${instruction.keyword}\``
      if (path === '.') {
        problems.push({ at: arg, message: `${source} copies nothing: ${by} leaves every file out of the build context. Add exceptions after that line for what the image needs (\`!src\`, \`!package.json\`).` })
        continue
      }
      const what = WILDCARD.test(path)
        ? `${source} matches only files ${by} leaves out of the build context, so ${copy} copies none of them (BuildKit accepts a wildcard that matches nothing).`
        : `${source} is left out of the build context by ${by}, so ${copy} fails with "not found".`
      problems.push({
        at: arg,
        message: `${what} If the image needs it, narrow that line or add \`!${path}\` after it (a build output is better built in a stage and copied with \`COPY --from\`); otherwise drop the source.`
      })
    }
    return problems
  }
} satisfies Rule
