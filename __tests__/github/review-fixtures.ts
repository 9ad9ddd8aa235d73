// A Dockerfile and rules for the review tests: fixes on one line, over several lines and with
// backticks in the replacement, a message that quotes hostile Dockerfile text, and two findings
// on one line.
import type { Rule } from '../../src/rules/types.js'
import { sampleRules } from '../report/sample-rules.js'

const base = { tags: ['test'], precision: 'high', rationale: 'Because it matters.', fix: 'Fix it.', examples: { bad: 'FROM a\n', good: 'FROM a\n' } } as const

/** Quotes each LABEL in its message; the fix writes a label whose value holds a triple backtick. */
export const quoteLabel: Rule = {
  ...base,
  id: 'quote-label',
  title: 'Labels are quoted',
  severity: 'warning',
  fixable: true,
  check: function* (dockerfile) {
    for (const instruction of dockerfile.instructions.filter((i) => i.keyword === 'LABEL')) {
      yield { at: instruction, message: `The label ${instruction.text} is quoted here.`, fix: { at: instruction, text: 'LABEL note="```"' } }
    }
  }
}

/** Flags each RUN over several lines, with a fix on the `curl` inside it. */
export const longRun: Rule = {
  ...base,
  id: 'long-run',
  title: 'Long RUN instructions are flagged',
  severity: 'note',
  fixable: true,
  check: function* (dockerfile) {
    for (const instruction of dockerfile.instructions.filter((i) => i.keyword === 'RUN')) {
      const body = dockerfile.text.slice(instruction.start, instruction.end)
      if (!body.includes('\n')) continue
      const curl = body.indexOf('curl https')
      const at = instruction.start + curl
      yield { at: instruction, message: 'This RUN is long.', fix: curl < 0 ? undefined : { at: { start: at, end: at + 4 }, text: 'curl -fsSL' } }
    }
  }
}

export const reviewRules: readonly Rule[] = [...sampleRules, quoteLabel, longRun]

export const HOSTILE_LABEL = 'LABEL a="@octocat <img src=x> [x](javascript:alert(1)) <!-- | `tick` ```"'

export const dockerfile = [
  'from alpine:3.20',
  HOSTILE_LABEL,
  'RUN apk add curl \\',
  '    && curl https://example.com/x \\',
  '    && make',
  'user root',
  ''
].join('\n')

/** The patch of a file that the pull request adds whole. */
export function addedWhole(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n')
  return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((line) => `+${line}`)].join('\n')
}

/**
 * Markdown with its code spans taken out, as CommonMark pairs them (a run of backticks closes at
 * the next run of the same length; a backslash escapes a backtick): what GitHub renders as prose.
 */
export function prose(markdown: string): string {
  let out = ''
  let i = 0
  while (i < markdown.length) {
    if (markdown[i] === '\\') {
      out += markdown.slice(i, i + 2)
      i += 2
    } else if (markdown[i] === '`') {
      const run = /^`+/.exec(markdown.slice(i))![0]
      const closing = new RegExp(`(?<!\`)${run}(?!\`)`, 'g')
      closing.lastIndex = i + run.length
      const close = closing.exec(markdown)
      out += close ? ' ' : run
      i = close ? close.index + run.length : i + run.length
    } else {
      out += markdown[i++]
    }
  }
  return out
}
