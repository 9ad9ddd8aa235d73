import { describe, expect, it } from '@jest/globals'
import { DockerfileParser } from 'dockerfile-ast'
import { readFlags, splitArguments } from '../../src/dockerfile/arguments.js'
import { random } from '../../scripts/bench-corpus.js'

type Instruction = ReturnType<ReturnType<typeof DockerfileParser.parse>['getInstructions']>[number]
type Offset = (p: { line: number; character: number }) => number

/**
 * Every instruction of `text` read twice, positions as offsets: `library` from dockerfile-ast's node, `ported`
 * from the words splitArguments gives for it.
 */
function compare(
  text: string,
  library: (node: Instruction, offset: Offset) => unknown,
  ported: (node: Instruction, words: ReturnType<typeof splitArguments>) => unknown
): { library: unknown[]; ported: unknown[] } {
  const lineStarts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1)
  const offset: Offset = (p) => lineStarts[p.line] + p.character
  const ast = DockerfileParser.parse(text)
  const result: { library: unknown[]; ported: unknown[] } = { library: [], ported: [] }
  for (const node of ast.getInstructions()) {
    result.library.push(library(node, offset))
    const keyword = node.getInstructionRange()
    const start = offset(keyword.start)
    result.ported.push(ported(node, splitArguments(text, offset(node.getRange().start), offset(node.getRange().end), start, offset(keyword.end) - start, ast.getEscapeCharacter())))
  }
  return result
}

/** Every instruction's arguments as dockerfile-ast splits them and as splitArguments does, as offsets. */
function both(text: string): { library: unknown[]; ported: unknown[] } {
  type AstArgument = { getValue(): string; getRange(): { start: never; end: never } }
  return compare(
    text,
    (node, offset) =>
      (node as unknown as { getRawArguments(): AstArgument[] }).getRawArguments().map((a) => ({ value: a.getValue(), start: offset(a.getRange().start), end: offset(a.getRange().end) })),
    (_, words) => words
  )
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

/** Every instruction's flags as dockerfile-ast's getFlags reads them and as readFlags does, as offsets. */
function bothFlags(text: string): { library: unknown[]; ported: unknown[] } {
  type AstFlag = { getName(): string; getValue(): string | null; getRange(): { start: never; end: never } }
  return compare(
    text,
    (node, offset) => {
      const flags = 'getFlags' in node ? (node as unknown as { getFlags(): AstFlag[] }).getFlags() : []
      return flags.map((f) => ({ name: f.getName(), value: f.getValue() ?? undefined, start: offset(f.getRange().start), end: offset(f.getRange().end) }))
    },
    (node, words) => readFlags(node.getKeyword(), words, text).map(({ name, value, start, end }) => ({ name, value, start, end }))
  )
}

const FLAG_PIECES = [
  'RUN ', 'FROM ', 'COPY ', 'ADD ', 'HEALTHCHECK ', 'CMD ', 'NONE ', 'cmd ', 'ENV ', ' ', ' ', '\\\n', '--mount=type=cache,target=/x',
  '--from=build', '--chmod=755', '--platform=$P', '--network=none', '--interval=5s', '--link', '--x=', '--=', '--', '-x', 'a--b',
  '"--q"', '=', 'a', '/b', '\n', '\r\n', '# c\n', 'é'
]

describe('readFlags', () => {
  it.each([
    ['COPY and RUN flags', 'COPY --from=build --chmod=755 /a /b\nRUN --mount=type=cache,target=/x --network=none make\n'],
    ['a bare flag, an empty value, a flag after the first argument', 'ADD --link --chown= a --keep-git-dir=true b\n'],
    ['HEALTHCHECK stops at CMD or NONE, whatever their case', 'HEALTHCHECK --interval=5s --timeout=1s cmd --x\nHEALTHCHECK --retries=3 NONE\n'],
    ['flags over a continuation', 'FROM \\\n  --platform=linux/amd64 \\\n  alpine AS a\n']
  ])('reads %s as dockerfile-ast does', (_, text) => {
    const { library, ported } = bothFlags(text)
    expect(ported).toEqual(library)
  })

  it('reads the flags of 3,000 generated instructions as dockerfile-ast does', () => {
    const next = random(7)
    for (let n = 0; n < 3000; n++) {
      let text = ''
      const length = 1 + Math.floor(next() * 14)
      for (let i = 0; i < length; i++) text += FLAG_PIECES[Math.floor(next() * FLAG_PIECES.length)] + (next() < 0.5 ? ' ' : '')
      const { library, ported } = bothFlags(text)
      if (JSON.stringify(ported) !== JSON.stringify(library)) expect({ text, ported }).toEqual({ text, ported: library })
    }
  })
})
