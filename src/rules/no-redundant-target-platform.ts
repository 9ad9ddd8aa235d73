import type { Problem, Rule } from './types.js'

const BLANKS = /[ \t]*/y

export default {
  id: 'no-redundant-target-platform',
  title: '`FROM --platform=$TARGETPLATFORM` is the default and can go',
  severity: 'note',
  defaults: 'A note: the flag changes nothing, so it is only noise to remove, and the fix does it.',
  tags: ['style'],
  precision: 'very-high',
  // hadolint's DL3065 spec cases and BuildKit's RedundantTargetPlatform test cases are all in the test file.
  equivalents: { hadolint: ['DL3065'], buildkit: ['RedundantTargetPlatform'] },
  differences:
    'Beyond hadolint\'s cases, the value in double quotes (`"$TARGETPLATFORM"`) is reported too: Docker reads it the same way. BuildKit\'s RedundantTargetPlatform also reports a value with a default, `${TARGETPLATFORM:-linux/amd64}`, as BuildKit always sets TARGETPLATFORM; this rule passes it, since the legacy builder does not set it and uses the default.',
  rationale:
    'Every stage is built for the target platform unless its `FROM` says otherwise, so `--platform=$TARGETPLATFORM` repeats the default. It suggests the stage is special when it is not, and readers may mistake it for the `$BUILDPLATFORM` that cross-compiling stages use.',
  fix: 'Remove `--platform=$TARGETPLATFORM` from the `FROM` line. If the stage is meant to run on the machine doing the build (to cross-compile), the flag you want is `--platform=$BUILDPLATFORM`.',
  examples: {
    bad: 'FROM --platform=$TARGETPLATFORM alpine:3.22\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nUSER 10001\nCMD ["sh"]\n'
  },
  fixable: true,
  check: ({ stages, text }) => {
    const problems: Problem[] = []
    for (const { from } of stages) {
      const platform = from.flags.find((f) => f.name === 'platform')
      if (!platform || !/^("?)\$(TARGETPLATFORM|\{TARGETPLATFORM\})\1$/.test(platform.value ?? '')) continue
      // The flag and the blanks after it go.
      BLANKS.lastIndex = platform.end
      BLANKS.exec(text)
      const end = BLANKS.lastIndex
      problems.push({
        at: platform,
        message: `\`--platform=${platform.value}\` asks for the target platform, which every stage is built for anyway: remove it.`,
        fix: { at: { start: platform.start, end }, text: '' }
      })
    }
    return problems
  }
} satisfies Rule
