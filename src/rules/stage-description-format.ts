import { instructionsOf, lineOf } from '../dockerfile/helpers.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'stage-description-format',
  title: 'A comment right above a stage or ARG should start with its name',
  severity: 'note',
  enabledByDefault: false,
  defaults:
    'Off, as in BuildKit (where it is experimental): it only matters to teams that document stages and ARGs in the `# name description` format that `docker build --call=outline` shows.',
  tags: ['style'],
  precision: 'high',
  // BuildKit's InvalidDefinitionDescription test cases (testDefinitionDescription) are all in the test
  // file. Like BuildKit, the comment line right above is read; a blank line or an empty `#` ends it.
  equivalents: { buildkit: ['InvalidDefinitionDescription'] },
  rationale:
    '`docker build --call=outline` shows a comment right above a named stage or an ARG as its description, when it starts with the name: `# version the release to build`. A comment there in another form is read as a broken description, or was not meant as one at all.',
  fix: 'Start the comment with the stage or ARG name (`# base the shared runtime image`), or, if it is not a description, separate it from the instruction with an empty line or an empty `#` line.',
  examples: {
    bad: '# the Alpine release\nARG ALPINE_VERSION=3.22\nFROM alpine:${ALPINE_VERSION}\nUSER 10001\nCMD ["sh"]\n',
    good: '# ALPINE_VERSION the Alpine release\nARG ALPINE_VERSION=3.22\nFROM alpine:${ALPINE_VERSION}\nUSER 10001\nCMD ["sh"]\n'
  },
  check: (dockerfile) => {
    const commentAt = new Map(dockerfile.comments.map((c) => [c.line, c]))
    const problems: Problem[] = []
    for (const instruction of instructionsOf(dockerfile, 'ARG', 'FROM')) {
      if (instruction.onbuild) continue
      const names =
        instruction.keyword === 'ARG' ? instruction.properties.map((p) => p.name) : instruction.stage?.name ? [instruction.stage.name] : []
      const comment = commentAt.get(lineOf(dockerfile, instruction.start) - 1)
      if (!names.length || !comment?.text || names.includes(comment.text.split(' ')[0])) continue
      const example = names.length > 1 ? '<arg_key>' : names[0]
      problems.push({
        at: instruction.keywordSpan,
        message: `BuildKit's outline reads this comment as the description of ${instruction.keyword === 'FROM' ? 'stage' : 'ARG'} \`${names.join(' ')}\`, and expects it to start with the name: \`# ${example} <description>\`. If it is not a description, put an empty line between the comment and the ${instruction.keyword}.`
      })
    }
    return problems
  }
} satisfies Rule
