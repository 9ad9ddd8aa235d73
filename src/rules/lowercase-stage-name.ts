import type { Problem, Rule } from './types.js'

export default {
  id: 'lowercase-stage-name',
  title: 'Stage names should be lowercase',
  severity: 'note',
  defaults:
    'On, as a note: `docker build` prints the same warning, an upper-case stage name is rare, and the fix is mechanical. It changes nothing in the build, so it is only a note.',
  tags: ['style'],
  precision: 'very-high',
  // BuildKit's StageNameCasing test cases (testStageName, testWarningsBeforeError) are all in the test file.
  equivalents: { buildkit: ['StageNameCasing'] },
  rationale:
    'Docker lowercases stage names: `FROM node:22 AS Build` defines the stage `build`, and `COPY --from=BUILD` or `--target build` find it all the same. Writing the name in lowercase shows what Docker really uses, and keeps `docker build --check` quiet.',
  fix: 'Write the stage name in lowercase (`FROM golang:1.26 AS build`). References to it (`COPY --from=`, `FROM`, `--target`) keep working whatever their case.',
  examples: {
    bad: 'FROM alpine:3.22 AS Fetch\nRUN echo hello > /greeting.txt\n\nFROM alpine:3.22\nCOPY --from=Fetch /greeting.txt /greeting.txt\nUSER 10001\nCMD ["cat", "/greeting.txt"]\n',
    good: 'FROM alpine:3.22 AS fetch\nRUN echo hello > /greeting.txt\n\nFROM alpine:3.22\nCOPY --from=fetch /greeting.txt /greeting.txt\nUSER 10001\nCMD ["cat", "/greeting.txt"]\n'
  },
  fixable: true,
  check: ({ stages }) => {
    const problems: Problem[] = []
    // `stage.name` is set, lowercased, only for `FROM image AS name`: the name as written is the third word.
    for (const { from, name: lower } of stages) {
      const name = from.args[2]
      if (!lower || name.value === lower) continue
      problems.push({
        at: name,
        message: `Stage name \`${name.value}\` is not lowercase: Docker reads it as \`${lower}\` and BuildKit warns about it (StageNameCasing). Write \`${lower}\`.`,
        fix: { at: name, text: lower }
      })
    }
    return problems
  }
} satisfies Rule
