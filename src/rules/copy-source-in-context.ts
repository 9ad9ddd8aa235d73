import { posix } from 'node:path'
import { contextSources, leavesContext, shownSource } from './data/context-sources.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'copy-source-in-context',
  title: 'A `COPY` or `ADD` source should be inside the build context',
  severity: 'error',
  defaults:
    'An error: the files the path names can never be copied. The legacy builder rejects the build ("forbidden path outside the build context"), and BuildKit copies another path or fails with "not found". Absolute sources (`COPY /app.conf /etc/`) are not flagged: Docker reads them from the context root, and that is what the Dockerfiles that write them mean (a few in a hundred real ones do, none by mistake).',
  tags: ['correctness'],
  precision: 'very-high',
  rationale:
    '`COPY` and `ADD` read from the build context, the directory given to `docker build`, and nothing outside it is sent to the builder. A source that climbs out of it (`../shared/lib`) cannot be read: BuildKit drops the `..` and reads `shared/lib` inside the context instead, so the build copies something else or fails with "not found", and the legacy builder refuses it.',
  fix: 'Make the files part of the context. Build from the parent directory and name the Dockerfile (`docker build -f app/Dockerfile .`), with the sources written from there (`COPY shared/lib ./lib`, `COPY app/app.py .`); or pass the directory as a named context (`docker build --build-context shared=../shared app` and `COPY --from=shared . ./lib`); or move the files into the context.',
  examples: {
    bad: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY ../shared/lib ./lib\nCOPY app.py .\nUSER 10001\nCMD ["python", "app.py"]\n',
    good: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY shared/lib ./lib\nCOPY app/app.py .\nUSER 10001\nCMD ["python", "app.py"]\n'
  },
  check: (dockerfile) => {
    // A `..` that a known value holds is written in the file too.
    if (!dockerfile.text.includes('..')) return []
    const problems: Problem[] = []
    for (const copied of contextSources(dockerfile)) {
      const { instruction, arg, path } = copied
      if (!leavesContext(path)) continue
      // BuildKit resolves the source against the context root: `path.Join("/", src)`.
      const inside = posix.join('/', path).slice(1)
      const read = inside ? `\`${inside}\` inside the context` : 'the whole context'
      const source = shownSource(copied)
      problems.push({
        at: arg,
        message: `${source} is outside the build context, the directory given to \`docker build\`: \`${instruction.keyword}\` cannot read above it. BuildKit reads ${read} instead, so the build copies that or fails with "not found"; the legacy builder rejects it. Build from the parent directory (\`docker build -f <dir>/Dockerfile .\`) and write the path from there, or move the files into the context.`
      })
    }
    return problems
  }
} satisfies Rule
