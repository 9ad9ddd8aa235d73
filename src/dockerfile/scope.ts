// The ARG and ENV values visible to an instruction, as an immutable chain: each ARG/ENV adds a link,
// and every instruction keeps the link that was current when it was read.

/** A value in scope: a string, or undefined when it is declared but unknown (no default, a build arg). */
type Value = string | undefined

/** Build args BuildKit defines for every build: their values depend on the platform, so they are unknown. */
/** The platform args BuildKit sets for every build, usable in FROM without an ARG declaring them. */
export const PLATFORM_ARGS = [
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT',
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT'
] as const

/** Args a build sets without an ARG giving them a value here. */
const AUTOMATIC = new Set<string>([...PLATFORM_ARGS, 'BUILDKIT_SYNTAX'])

const NAME = /[A-Za-z_][A-Za-z0-9_]*/y
const OPERATOR = /:?[-+]/y

/** Text expanded so far, and whether an unknown value went into it. */
interface Part {
  out: string
  known: boolean
}

export class Scope {
  constructor(
    private readonly link: { name: string; value: Value; parent: Scope } | undefined,
    /** In FROM lines an undeclared name is empty; elsewhere it may come from the base image, so it is unknown. */
    private readonly undeclaredIsEmpty: boolean
  ) {}

  with(name: string, value: Value): Scope {
    return new Scope({ name, value, parent: this }, this.undeclaredIsEmpty)
  }

  /** 'unset' when the name was never declared here. */
  lookup(name: string): Value | 'unset' {
    for (let s: Scope | undefined = this; s?.link; s = s.link.parent) {
      if (s.link.name === name) return s.link.value
    }
    return 'unset'
  }

  /**
   * Substitutes `$X`, `${X}`, `${X:-d}`, `${X-d}`, `${X:+a}`, `${X+a}`, expanding the words `d` and `a`
   * too (`${A:-${B}-x}`), as BuildKit's shell lexer does; undefined when the result depends on an
   * unknown value or uses a modifier not modelled here (`${X%p}`, `${X/a/b}`, `${X:?m}`).
   */
  resolve(text: string): string | undefined {
    if (!text.includes('$')) return text
    return this.expand(text, false, '\\')
  }

  /**
   * An ARG or ENV value as written (`"${A:-x}"`, `'$literal'`, `\$HOME`): BuildKit expands it with
   * quotes and escapes still in it, so single quotes and escaped `$` keep their text.
   */
  resolveWritten(raw: string, escape: string): string | undefined {
    return this.expand(raw, true, escape)
  }

  private expand(text: string, quoted: boolean, escape: string): string | undefined {
    let i = 0
    let broken = false // a syntax BuildKit rejects, or a modifier not modelled

    const variable = (name: string, op: string | undefined, word: Part | undefined): Part => {
      const found = this.lookup(name)
      const value = found === 'unset' ? (this.undeclaredIsEmpty && !AUTOMATIC.has(name) ? '' : undefined) : found
      const set = op?.startsWith(':') ? value !== '' : found !== 'unset'
      if (op === ':-' || op === '-') {
        if (value === undefined) return found !== 'unset' ? { out: '', known: false } : word!
        return set ? { out: value, known: true } : word!
      }
      if (op === ':+' || op === '+') {
        if (value === undefined) return { out: '', known: false }
        return set ? word! : { out: '', known: true }
      }
      return { out: value ?? '', known: value !== undefined }
    }

    const name = (): string | undefined => {
      NAME.lastIndex = i
      const m = NAME.exec(text)
      if (m) i = NAME.lastIndex
      return m?.[0]
    }

    // At a `$`: a reference, or a literal `$` when no name follows.
    const dollar = (): Part => {
      i++
      if (text[i] !== '{') {
        const bare = name()
        return bare === undefined ? { out: '$', known: true } : variable(bare, undefined, undefined)
      }
      i++
      const braced = name()
      if (braced !== undefined && text[i] === '}') {
        i++
        return variable(braced, undefined, undefined)
      }
      OPERATOR.lastIndex = i
      const op = braced === undefined ? null : OPERATOR.exec(text)
      if (!op) {
        broken = true
        return { out: '', known: false }
      }
      i = OPERATOR.lastIndex
      return variable(braced!, op[0], read(true))
    }

    // Reads to the end, or past the `}` that closes a `${…}` word.
    const read = (inBraces: boolean): Part => {
      let out = ''
      let known = true
      const add = (part: Part) => {
        out += part.out
        known &&= part.known
      }
      while (i < text.length && !broken) {
        const c = text[i]
        if (inBraces && c === '}') {
          i++
          return { out, known }
        }
        if (c === '$') {
          add(dollar())
        } else if (quoted && c === "'") {
          const close = text.indexOf("'", i + 1)
          if (close < 0) broken = true
          out += text.slice(i + 1, close)
          i = close + 1
        } else if (quoted && c === '"') {
          i++
          while (i < text.length && text[i] !== '"' && !broken) {
            if (text[i] === '$') add(dollar())
            else if (text[i] === escape && (text[i + 1] === '"' || text[i + 1] === '$' || text[i + 1] === escape)) (out += text[i + 1]), (i += 2)
            else out += text[i++]
          }
          if (text[i] !== '"') broken = true
          i++
        } else if (c === escape && (quoted || text[i + 1] === '$' || (inBraces && text[i + 1] === '}'))) {
          out += text[i + 1] ?? '' // the escape goes; at the end BuildKit drops it
          i += 2
        } else {
          out += c
          i++
        }
      }
      if (inBraces) broken = true // no closing `}`
      return { out, known }
    }

    const result = read(false)
    return result.known && !broken ? result.out : undefined
  }
}
