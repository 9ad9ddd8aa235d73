// The paths COPY and ADD read from the build context, as BuildKit resolves them: relative to the
// context root whatever the WORKDIR, a leading `/` meaning that root (frontend/dockerfile/dockerfile2llb:
// `path.Join("/", src)` and `system.NormalizePath("/", src)`).
import { cleanPath, copySources, instructionsOf, perFile } from '../../dockerfile/helpers.js'
import type { Arg, Dockerfile, Instruction } from '../../dockerfile/model.js'
import { isUrl } from './add-sources.js'

export interface ContextSource {
  instruction: Instruction
  /** The source as written. */
  arg: Arg
  /**
   * Its value with the known ARG and ENV values, cleaned and relative to the context root: `.` is the
   * root, `/app` is `app`, and a path that leaves the context starts with `..`.
   */
  path: string
}

/**
 * Every source COPY and ADD read from the build context, ONBUILD triggers included: not those of
 * `COPY --from`, URLs, Git repositories or heredocs. Sources whose value is not known are left out, and
 * so are those with quotes or backslashes inside, which BuildKit unescapes (on a Windows stage `\`
 * separates directories, and a drive letter is left out too).
 */
export function contextSources(dockerfile: Dockerfile): readonly ContextSource[] {
  return perFile(dockerfile, findContextSources)
}

function findContextSources(dockerfile: Dockerfile): ContextSource[] {
  const found: ContextSource[] = []
  for (const instruction of instructionsOf(dockerfile, 'COPY', 'ADD')) {
    if (instruction.flags.some((f) => f.name === 'from')) continue
    const windows = instruction.stage?.windows === true
    for (const arg of copySources(instruction)) {
      let value = arg.value.startsWith('<<') ? undefined : instruction.resolve(arg.value)
      if (value === undefined || isUrl(value)) continue
      if (windows) value = value.replaceAll('\\', '/')
      if (/["'\\]/.test(value) || (windows && /^[a-z]:/i.test(value))) continue
      const path = cleanPath(value)
      found.push({ instruction, arg, path: path.startsWith('/') ? path.slice(1) || '.' : path })
    }
  }
  return found
}

/** True for a path (as in `ContextSource`) that climbs out of the context root: `..`, `../shared`. */
export function leavesContext(path: string): boolean {
  return path === '..' || path.startsWith('../')
}

/** The source for a message: as written, with the path it stands for when a variable is in it. */
export function shownSource({ arg, path }: ContextSource): string {
  return arg.value.includes('$') ? `\`${arg.value}\` (\`${path}\`)` : `\`${arg.value}\``
}
