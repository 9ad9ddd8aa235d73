import { describe, expect, it } from '@jest/globals'
import { DockerfileParser } from 'dockerfile-ast'
import { splitArguments } from '../../src/dockerfile/arguments.js'
import { random } from '../../scripts/bench-corpus.js'

/** Every instruction's arguments as dockerfile-ast splits them and as splitArguments does, as offsets. */
function both(text: string): { library: unknown[]; ported: unknown[] } {
  const lineStarts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1)
  const offset = (p: { line: number; character: number }) => lineStarts[p.line] + p.character
  const ast = DockerfileParser.parse(text)
  const library: unknown[] = []
  const ported: unknown[] = []
  for (const node of ast.getInstructions()) {
    const raw = (node as unknown as { getRawArguments(): { getValue(): string; getRange(): { start: never; end: never } }[] }).getRawArguments()
    library.push(raw.map((a) => ({ value: a.getValue(), start: offset(a.getRange().start), end: offset(a.getRange().end) })))
    const keyword = node.getInstructionRange()
    const start = offset(keyword.start)
    ported.push(splitArguments(text, offset(node.getRange().start), offset(node.getRange().end), start, offset(keyword.end) - start, ast.getEscapeCharacter()))
  }
  return { library, ported }
}

const PIECES = [
  'RUN', 'FROM', 'COPY', 'ENV', 'ARG', 'LABEL', 'ONBUILD', 'HEALTHCHECK', 'CMD', 'USER', ' ', ' ', '\t', '\\', '\\', '`',
  '\n', '\r\n', '#', '# c', 'a', 'b=c', '"x y"', "'q'", '$V', '${X}', '--mount=type=cache', '--from=x', '<<EOF', 'EOF',
  '\\ ', '\\\t', '[', ']', '\\$', 'x\\', '\\\n', '\\\r\n', '\\ \n', '\\  \r\n', '\n# comment\n', 'é', '😀', ' && ', '=', '--'
]

describe('splitArguments', () => {
  it.each([
    ['plain words', 'FROM alpine:3.20 AS build\nRUN apk add --no-cache curl\n'],
    ['continuations, comment and blank lines inside them', 'RUN a \\\n  # note\n\n  b \\\r\n  c\n'],
    ['escaped characters, `\\$`, an escape before a space', 'RUN echo \\$HOME a\\ b c\\\td \\  \ne\n'],
    ['the backtick escape', '# escape=`\nRUN dir `\n  C:\\ `$x\n'],
    ['heredocs', 'RUN <<EOF bash\necho hi\nEOF\nCOPY <<a <<b /x/\n1\na\n2\nb\n'],
    ['flags and properties', 'COPY --from=build --chmod=755 /a /b\nENV A=1 B="2 3"\nHEALTHCHECK --interval=5s CMD true\n'],
    ['an escape at the end of the file', 'RUN a \\'],
    ['an escape followed by spaces at the end of the file', 'RUN a \\   '],
    ['an escape and spaces before a CRLF, where a position may not fall between `\\r` and `\\n`', '`\n# comment\n-\\  \r\n\t- && \\  \r\n# cRUN\\\t${X}\\$\n']
  ])('splits %s as dockerfile-ast does', (_, text) => {
    const { library, ported } = both(text)
    expect(ported).toEqual(library)
  })

  it('splits 3,000 generated instructions as dockerfile-ast does', () => {
    const next = random(42)
    for (let n = 0; n < 3000; n++) {
      let text = next() < 0.1 ? '# escape=`\n' : ''
      const length = 1 + Math.floor(next() * 40)
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)]
      const { library, ported } = both(text)
      if (JSON.stringify(ported) !== JSON.stringify(library)) expect({ text, ported }).toEqual({ text, ported: library })
    }
  })
})
