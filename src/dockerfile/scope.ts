// The ARG and ENV values visible to an instruction, as an immutable chain: each ARG/ENV adds a link,
// and every instruction keeps the link that was current when it was read.

/** A value in scope: a string, or undefined when it is declared but unknown (no default, a build arg). */
type Value = string | undefined

/** Build args BuildKit defines for every build: their values depend on the platform, so they are unknown. */
const AUTOMATIC = new Set([
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT',
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT', 'BUILDKIT_SYNTAX'
])

const REFERENCE = /\\\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])((?:[^}\\]|\\.)*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g

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

  /** Substitutes `$X`, `${X}`, `${X:-d}`, `${X-d}`, `${X:+a}`; undefined when the result depends on an unknown value. */
  resolve(text: string): string | undefined {
    if (!text.includes('$')) return text
    let known = true
    const out = text.replace(REFERENCE, (match, braced?: string, op?: string, word?: string, bare?: string) => {
      if (match === '\\$') return '$'
      const found = this.lookup((braced ?? bare)!)
      const value = found === 'unset' ? (this.undeclaredIsEmpty && !AUTOMATIC.has((braced ?? bare)!) ? '' : undefined) : found
      const set = op?.startsWith(':') ? value !== '' : found !== 'unset'
      if (op === ':-' || op === '-') {
        if (value === undefined && found !== 'unset') known = false
        else if (value === undefined) return word ?? ''
        return set ? value ?? '' : word ?? ''
      }
      if (op === ':+' || op === '+') {
        if (value === undefined) known = false
        return set ? word ?? '' : ''
      }
      if (value === undefined) known = false
      return value ?? ''
    })
    return known ? out : undefined
  }
}
