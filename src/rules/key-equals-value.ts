import { instructionsOf } from '../dockerfile/helpers.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'key-equals-value',
  title: 'Write `ENV` and `LABEL` as `key=value`, not the legacy `key value`',
  severity: 'note',
  enabledByDefault: false,
  defaults:
    'Off by default: the legacy `ENV key value` form still works and is common in older Dockerfiles, so turning it on would flag many files that build fine. Turn it on to follow `docker build --check`; most findings carry a mechanical fix.',
  tags: ['style'],
  precision: 'very-high',
  // BuildKit's LegacyKeyValueFormat test cases (testLegacyKeyValueFormat) are all in the test file. Beyond them,
  // ONBUILD ENV/LABEL triggers are checked too (BuildKit would warn only when a child image runs them).
  equivalents: { buildkit: ['LegacyKeyValueFormat'] },
  rationale:
    'In the legacy form everything after the first space is the value: `ENV PATH /app/bin $PATH` sets `PATH` to `/app/bin $PATH`, spaces included, and a second variable cannot be set in the same instruction. Docker documents the form as deprecated and may remove it; `key=value` says exactly where the value starts and ends.',
  fix: 'Write `ENV key=value` (`LABEL key=value`), quoting a value that has spaces: `ENV GREETING="hello world"`.',
  examples: {
    bad: 'FROM alpine:3.22\nENV APP_HOME /app\nWORKDIR /app\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nENV APP_HOME=/app\nWORKDIR /app\nUSER 10001\nCMD ["sh"]\n'
  },
  fixable: true,
  check: (dockerfile) => {
    const { text } = dockerfile
    const problems: Problem[] = []
    for (const instruction of instructionsOf(dockerfile, 'ENV', 'LABEL')) {
      const legacy = instruction.properties.find((p) => p.valueSpan && text[p.nameSpan.end] !== '=')
      if (!legacy?.valueSpan) continue
      const name = text.slice(legacy.nameSpan.start, legacy.nameSpan.end)
      const value = text.slice(legacy.valueSpan.start, legacy.valueSpan.end)
      // Only a one-line value without quotes or escapes is rewritten: it then means the same inside "…".
      const plain = !/["'\\\n`]/.test(value)
      const pair = plain ? `${name}=${/\s/.test(value) ? `"${value}"` : value}` : undefined
      const keyword = text.slice(instruction.keywordSpan.start, instruction.keywordSpan.end)
      problems.push({
        at: { start: instruction.start, end: legacy.end },
        message: `\`${keyword} ${name} …\` uses the legacy \`key value\` form, where the value is everything after the first space: BuildKit warns about it (LegacyKeyValueFormat). Write \`${keyword} ${pair ?? `${name}=value`}\`${pair ? '' : ', quoting a value that has spaces'}.`,
        fix: pair ? { at: { start: legacy.nameSpan.start, end: legacy.valueSpan.end }, text: pair } : undefined
      })
    }
    return problems
  }
} satisfies Rule
