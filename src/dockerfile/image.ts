// Image references: `registry/path/name:tag@digest`, split the way Docker's reference grammar does.
import type { Arg, ImageRef, ImageUse, Stage } from './model.js'

/** `scope` resolves ARGs in the reference; `stages` are the earlier stages by their (lower-case) names. */
export function parseImageRef(
  arg: Arg | undefined,
  scope: { resolve(v: string): string | undefined },
  stages?: ReadonlyMap<string, Stage>
): ImageRef {
  const raw = arg?.value ?? ''
  const resolved = scope.resolve(raw)
  const ref: ImageRef = { raw, resolved, scratch: false, start: arg?.start ?? 0, end: arg?.end ?? 0 }
  if (resolved === undefined || resolved === '') return ref
  const lower = resolved.toLowerCase()
  ref.stage = stages?.get(lower)
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

/** The names Docker Hub is pulled by, as written in an image reference. */
const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io'])

/** True for an image pulled from Docker Hub: unqualified (`node:22`), or with one of its host names. */
export function isDockerHub(image: ImageRef): boolean {
  return image.registry === undefined || DOCKER_HUB.has(image.registry.toLowerCase())
}

/**
 * The name an image is listed by: a Docker Hub image by its path without `library/` (`python`,
 * `bitnami/python`), also through Docker Hub's mirrors (mirror.gcr.io, public.ecr.aws/docker/library);
 * any other as registry/path (`mcr.microsoft.com/dotnet/sdk`).
 */
export function officialName(image: ImageRef): string {
  const repository = image.repository ?? ''
  const registry = image.registry?.toLowerCase()
  if (isDockerHub(image) || registry === 'mirror.gcr.io') return repository.replace(/^library\//, '')
  if (registry === 'public.ecr.aws' && repository.startsWith('docker/library/')) return repository.slice('docker/library/'.length)
  return `${registry}/${repository}`
}

/** The registry an image is pulled from, Docker Hub spelled `docker.io`. */
export function registryOf(image: ImageRef): string {
  return image.registry ?? 'docker.io'
}

/**
 * Tags that publishers move to each new release (`latest`, `lts`, `stable-slim`, `edge`): pinning to
 * one pins nothing. Version tags (`3.20`, `bookworm`, `22-alpine`) and dated snapshots
 * (`nightly-2024-06-01`, `stable-20240610`) are left alone.
 */
const ROLLING = new Set(['latest', 'lts', 'stable', 'edge', 'current', 'rolling', 'nightly'])
const DATED = /\d{4}-\d{2}-\d{2}|\d{8}/

export function isRollingTag(tag: string): boolean {
  return ROLLING.has(tag.toLowerCase().split('-')[0]) && !DATED.test(tag)
}

// Docker's reference grammar (distribution/reference), as `reference.ParseNormalizedNamed` applies it.
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*'
/** The repository path: lower-case components joined by `/`. */
const PATH = `${COMPONENT}(?:/${COMPONENT})*`
const DOMAIN = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?'
const REFERENCE = new RegExp(
  `^(?:${DOMAIN}/)?${PATH}(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`
)

/**
 * True for a string Docker takes as an image reference (`alpine:3.20`, `ghcr.io/acme/app@sha256:…`):
 * a registry, a lower-case path, a tag of up to 128 characters and a digest, each optional but the path.
 */
export function isValidReference(value: string): boolean {
  return REFERENCE.test(value)
}

// Docker's grammar for the repository path alone.
const REPOSITORY = new RegExp(`^${PATH}$`)

/**
 * A reference to pin: not a stage, not `scratch`, with every ARG in it known, and a repository Docker
 * accepts. Docker rejects upper case there, so `FROM BASEIMAGE` is a placeholder a script replaces.
 */
export function isPinnable(image: ImageRef): boolean {
  return !image.stage && !image.scratch && image.repository !== undefined && REPOSITORY.test(image.repository)
}

/**
 * True for `COPY --from=docs` or `--mount=from=docs`: a bare name may be a build context passed with
 * `docker buildx build --build-context docs=./docs`, not the image `docker.io/library/docs`.
 */
export function mayBeBuildContext({ image, kind }: ImageUse): boolean {
  return kind !== 'from' && !image.tag && !image.digest && !image.registry && !image.repository?.includes('/')
}

/** "The base image `node`", with the value an ARG gave it (when known) and where a non-FROM image is used. */
export function describeUse({ image, kind, instruction }: ImageUse): string {
  const name = image.resolved === undefined || image.raw === image.resolved ? `\`${image.raw}\`` : `\`${image.raw}\` (\`${image.resolved}\`)`
  if (kind === 'from') return `The base image ${name}`
  return `The image ${name} (in \`${instruction.keyword} --${kind === 'copy-from' ? 'from' : 'mount'}\`)`
}
