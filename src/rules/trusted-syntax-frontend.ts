import { frontendImage, isDockerFrontend } from '../dockerfile/helpers.js'
import type { Dockerfile } from '../dockerfile/model.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'trusted-syntax-frontend',
  title: "The `# syntax=` directive should name Docker's own Dockerfile frontend",
  severity: 'warning',
  defaults:
    "On, as a warning: a third-party frontend runs with full control of the build. Docker's own `docker/dockerfile` passes; an image that needs another frontend can suppress the finding with a comment saying why.",
  tags: ['security', 'supply-chain', 'CWE-829'],
  securitySeverity: 7.0,
  precision: 'high',
  rationale:
    'BuildKit pulls the image named by `# syntax=` and runs it to turn this file into build steps. That frontend decides what goes into the image and can read the build context and the secrets passed to the build, so a third-party frontend (or a typo-squatted name) is code from someone else running with full control of the build.',
  fix: "Use Docker's frontend, e.g. `# syntax=docker/dockerfile:1`, or remove the directive to use the builder's built-in one. If your organisation really maintains its own frontend, pin it by digest and turn this rule off in the configuration.",
  examples: {
    bad: '# syntax=ghcr.io/example/dockerfile-frontend:latest\nFROM alpine:3.22\nUSER 10001\nCMD ["sh"]\n',
    good: '# syntax=docker/dockerfile:1\nFROM alpine:3.22\nUSER 10001\nCMD ["sh"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const directive of syntaxDirectives(dockerfile)) {
      const value = frontendImage(directive.value)
      if (isDockerFrontend(value)) continue
      problems.push({ at: directive, message: `\`# syntax=${value}\` makes BuildKit run \`${value}\` to build this file, with access to its context and secrets: use \`docker/dockerfile\`.` })
    }
    return problems
  }
} satisfies Rule

/**
 * The `# syntax=` directives. BuildKit picks the frontend before the file is parsed, and skips a `#!`
 * first line to find it (parser.DetectSyntax), where Docker's parser sees only comments.
 */
function syntaxDirectives({ directives, comments, text }: Dockerfile): { value: string; start: number; end: number }[] {
  const found = directives.filter((d) => d.name === 'syntax')
  if (found.length > 0 || !text.startsWith('#!')) return found
  const after = comments.find((c) => c.line === 2 && /^syntax\s*=/i.test(c.text))
  return after ? [{ value: after.text.replace(/^syntax\s*=/i, ''), start: after.start, end: after.end }] : []
}
