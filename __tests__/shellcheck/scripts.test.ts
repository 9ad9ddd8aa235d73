// The scripts ShellCheck is given: what BuildKit would hand the shell, plus our shebang and `export`
// line; and the map back to the Dockerfile, which must hold for any input.
import { describe, expect, it } from '@jest/globals'
import { lintParsed } from '../../src/lint.js'
import { shellScripts, type ShellScript } from '../../src/shellcheck/scripts.js'

function scriptsOf(text: string): ShellScript[] {
  const { dockerfile } = lintParsed({ path: 'Dockerfile', text }, { rules: [] })
  return dockerfile ? shellScripts(dockerfile) : []
}
const textsOf = (text: string) => scriptsOf(text).map((script) => script.text)

describe('shellScripts', () => {
  it('joins continuation lines and drops the comment and blank lines between them, as BuildKit does', () => {
    expect(textsOf('FROM debian\nRUN a \\\n  # note\n\n  && b \\  \n  && c\n')).toEqual(['#!/bin/sh\na   && b   && c'])
  })

  it('declares, after the leading comments, only the ARG and ENV names in scope that the code uses', () => {
    const text = 'FROM debian\nARG used=1 unused=2\nENV OTHER=3\nRUN <<EOF\n# shellcheck disable=SC2086\n\necho $used ${RTTP_PROXY}\nEOF\n'
    expect(textsOf(text)).toEqual(['#!/bin/sh\n# shellcheck disable=SC2086\n\nexport HTTP_PROXY=1 used=1\necho $used ${RTTP_PROXY}\n'])
  })

  it('writes the dialect of the stage’s SHELL, or keeps the shebang of a heredoc script', () => {
    const text = 'FROM debian\nSHELL ["/bin/bash", "-c"]\nRUN a\nSHELL ["/usr/bin/ash", "-c"]\nRUN b\nRUN <<EOF\n#!/usr/bin/env ksh\nc\nEOF\n'
    expect(textsOf(text)).toEqual(['#!/bin/bash\na', '#!/bin/dash\nb', '#!/usr/bin/env ksh\nc\n'])
  })

  it('gives a heredoc RUN with a command the shell its command line and heredocs, and skips an unterminated heredoc', () => {
    expect(textsOf('FROM debian\nRUN cat <<A >a && cat <<-B >b\nx\nA\n\ty\n\tB\n')).toEqual(['#!/bin/sh\ncat <<A >a && cat <<-B >b\nx\nA\n\ty\n\tB'])
    expect(textsOf('FROM debian\nRUN <<EOF\necho unterminated\n')).toEqual([])
  })

  it('skips a RUN with no shell code', () => {
    expect(textsOf('FROM debian\nRUN\nRUN --mount=type=cache,target=/x\nRUN ["/app", "-c", "x"]\n')).toEqual([])
  })

  it('keeps its map true: every copied piece is the Dockerfile’s text at that place, whatever the input', () => {
    const parts = ['RUN ', 'a ', '$x', ' \\', '\\  ', '\n', '\r\n', '\t', '# c', '<<EOF', '<<-EOF', 'EOF', '\tEOF', '"', "'", '`', '😀', ' && ', 'SHELL ["bash", "-c"]', 'FROM x', 'ONBUILD RUN ', '["sh", "-c", "e\\"\\u0041"]', '# escape=`\n', 'ARG y=1\n']
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let n = 0; n < 400; n++) {
      const text = `FROM debian\n${Array.from({ length: 40 }, () => parts[Math.floor(random() * parts.length)]).join('')}\n`
      const { dockerfile } = lintParsed({ path: 'Dockerfile', text }, { rules: [] })
      if (!dockerfile) continue
      for (const script of shellScripts(dockerfile)) {
        let last = -1
        for (const piece of script.pieces) {
          expect(piece.at).toBeGreaterThanOrEqual(last)
          last = piece.at + piece.length
          if (piece.length === piece.sourceLength) expect(script.text.slice(piece.at, piece.at + piece.length)).toBe(dockerfile.text.slice(piece.from, piece.from + piece.length))
          else expect(JSON.parse(`"${dockerfile.text.slice(piece.from, piece.from + piece.sourceLength)}"`)).toBe(script.text.slice(piece.at, piece.at + piece.length))
        }
      }
    }
  })

  it('joins a 10,000-line RUN into one line of 10,002 pieces', () => {
    const [script] = scriptsOf(`FROM debian\nRUN true \\\n${'    && echo $x \\\n'.repeat(10_000)}    && true\n`)
    expect(script.pieces).toHaveLength(10_002)
    expect(script.text.split('\n')).toHaveLength(2)
  })
})
