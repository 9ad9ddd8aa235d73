// What a registry is asked about an image: the host of its registry API, the repository path there,
// the tag, and one key that names the image however a Dockerfile spells it (`node:22`,
// `docker.io/library/node:22`). Pure: pin-image-digest and the adapters that look digests up (./digests.ts)
// agree on which images want a digest, and under which key, through this module.
import { isDockerHub, isPinnable, isValidReference, mayBeBuildContext } from '../dockerfile/image.js'
import type { ImageRef, ImageUse } from '../dockerfile/model.js'

/** An image tag to look up at its registry. */
export interface RegistryImage {
  /** `docker.io/library/node:22`: the same for every spelling of the image; the key of `Settings.digests`. */
  key: string
  /** As the Dockerfile names it, with known ARG values substituted: `node:22`. */
  name: string
  /** The host of the registry API: `registry-1.docker.io` for Docker Hub, else the registry as written. */
  host: string
  /** The repository path at that host: `library/node` for Docker Hub's official `node`. */
  repository: string
  /** `latest` when none is written, as Docker pulls it. */
  tag: string
}

/** Where Docker Hub's registry API answers, whichever of its names (`docker.io`, none) a reference uses. */
const DOCKER_HUB_API = 'registry-1.docker.io'

/**
 * True for a use of an image that pin-image-digest asks to pin: an image (not a stage, `scratch` or a
 * possible build context) with every ARG in it known and no digest yet.
 */
export function wantsDigest(use: ImageUse): boolean {
  return isPinnable(use.image) && use.image.digest === undefined && !mayBeBuildContext(use)
}

/** The image to ask a registry about, or undefined for a reference Docker itself would reject. */
export function registryImage(image: ImageRef): RegistryImage | undefined {
  const { resolved, repository } = image
  if (!isPinnable(image) || resolved === undefined || repository === undefined || !isValidReference(resolved)) return undefined
  const hub = isDockerHub(image)
  const path = hub && !repository.includes('/') ? `library/${repository}` : repository
  const registry = hub ? 'docker.io' : image.registry!.toLowerCase()
  const tag = image.tag || 'latest'
  return { key: `${registry}/${path}:${tag}`, name: resolved, host: hub ? DOCKER_HUB_API : registry, repository: path, tag }
}

// The digests a registry may name content by (OCI image spec, descriptor.md: the registered algorithms).
const DIGEST = /^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/

/**
 * True for a digest of a registered algorithm, in its canonical lower-case hex form. Checked before a
 * registry's answer goes into a message or a Dockerfile: a registry is not trusted to send one.
 */
export function isDigest(value: string): boolean {
  return DIGEST.test(value)
}
