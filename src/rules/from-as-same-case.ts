import type { Problem, Rule } from './types.js'

export default {
  id: 'from-as-same-case',
  title: 'Write `AS` in the same case as `FROM`',
  severity: 'note',
  enabledByDefault: false,
  defaults:
    'Off by default: `FROM image as name` is written in many Dockerfiles and builds exactly like `AS`, so this is pure style. `docker build` already prints this warning; turn the rule on to see it in review, with a one-click fix.',
  tags: ['style'],
  precision: 'very-high',
  // BuildKit's FromAsCasing test cases (testStageName, testRuleCheckOption with its `# check=` directives) are in the
  // test file, all but the two that set the checks through the BUILDKIT_DOCKERFILE_CHECK build argument instead.
  equivalents: { buildkit: ['FromAsCasing'] },
  rationale:
    '`FROM node:22 as build` works, but mixing cases in one instruction reads as a typo, and `docker build` warns about it on every build. A `FROM` whose own case is mixed (`From`) is left to consistent-instruction-casing.',
  fix: 'Write `AS` in upper case after `FROM` (`FROM node:22 AS build`), or `as` after a lower-case `from`.',
  examples: {
    bad: 'FROM alpine:3.22 as base\nRUN adduser -D -u 10001 app\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22 AS base\nRUN adduser -D -u 10001 app\nUSER 10001\nCMD ["sh"]\n'
  },
  fixable: true,
  check: ({ stages, text }) => {
    const problems: Problem[] = []
    // `stage.name` is set only for `FROM image AS name`.
    for (const { from, name } of stages) {
      if (name === undefined) continue
      const as = from.args[1]
      const keyword = text.slice(from.keywordSpan.start, from.keywordSpan.end)
      const wanted = keyword === keyword.toUpperCase() ? 'AS' : keyword === keyword.toLowerCase() ? 'as' : undefined
      if (!wanted || as.value === wanted) continue
      problems.push({
        at: as,
        message: `\`${as.value}\` does not match the case of \`${keyword}\`: BuildKit warns about it (FromAsCasing). Write \`${keyword} … ${wanted} …\`.`,
        fix: { at: as, text: wanted }
      })
    }
    return problems
  }
} satisfies Rule
