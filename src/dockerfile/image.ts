// Image references: `registry/path/name:tag@digest`, split the way Docker's reference grammar does.
import type { Arg, ImageRef, Stage } from './model.js'

export function parseImageRef(arg: Arg | undefined, resolve: (v: string) => string | undefined, stages: readonly Stage[]): ImageRef {
  const raw = arg?.value ?? ''
  const span = { start: arg?.start ?? 0, end: arg?.end ?? 0 }
  const resolved = resolve(raw)
  const ref: ImageRef = { raw, resolved, scratch: false, ...span }
  if (resolved === undefined || resolved === '') return ref
  const lower = resolved.toLowerCase()
  ref.stage = stages.find((s) => s.name === lower)
  if (ref.stage) return ref
  if (lower === 'scratch') {
    ref.scratch = true
    return ref
  }
  let rest = resolved
  const at = rest.indexOf('@')
  if (at >= 0) {
    ref.digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
  }
  const colon = rest.lastIndexOf(':')
  if (colon > rest.lastIndexOf('/')) {
    ref.tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
  }
  const slash = rest.indexOf('/')
  const first = slash < 0 ? '' : rest.slice(0, slash)
  if (first && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    ref.registry = first
    rest = rest.slice(slash + 1)
  }
  ref.repository = rest
  return ref
}

/** The registry an image is pulled from, Docker Hub spelled `docker.io`. */
export function registryOf(image: ImageRef): string {
  return image.registry ?? 'docker.io'
}
