// The adapters' side of `resolve-digests` (action) and `--resolve-digests` (CLI): before linting, find
// the images pin-image-digest asks to pin in the files about to be linted, look up each distinct one
// once at its registry (./client.ts), and hand the answers to the engine in `Settings.digests`, so the
// rule's message, suggestion and fix carry the real digest. The engine itself never touches the network.
import { parseDockerfile } from '../dockerfile/parse.js'
import { levelOf, refuseUnsafe, type LintOptions } from '../lint.js'
import pinImageDigest from '../rules/pin-image-digest.js'
import { resolveDigests, type RegistryOptions } from './client.js'
import { registryImage, wantsDigest, type RegistryImage } from './reference.js'

/**
 * For tests only, never documented for users: the base URL (`http://127.0.0.1:PORT`) of a fake
 * registry that stands in for every registry, so the CLI and the bundled action, which read no test
 * options, can be run end to end against it.
 */
export const TEST_REGISTRY_VARIABLE = 'DOCKERFILE_GUARD_TEST_REGISTRY'

/** The registry options an adapter runs with, from its environment. */
export function registryOptions(env: Readonly<Record<string, string | undefined>>): RegistryOptions {
  const baseUrl = env[TEST_REGISTRY_VARIABLE]
  return baseUrl ? { baseUrl } : {}
}

/**
 * The lint options with the digests of the images in these Dockerfiles, and one warning per image that
 * could not be looked up (the run goes on without its digest). Asking for digests turns pin-image-digest
 * on at its own level unless the configuration sets one; where it is set `off`, nothing is looked up.
 */
export async function withDigests(options: LintOptions, texts: Iterable<string>, registry: RegistryOptions = {}): Promise<{ options: LintOptions; warnings: string[] }> {
  const on: LintOptions = { ...options, levels: { [pinImageDigest.id]: pinImageDigest.severity, ...options.levels } }
  if (levelOf(pinImageDigest, on) === 'off') {
    return { options, warnings: [`no digest was looked up: the configuration turns ${pinImageDigest.id} off`] }
  }
  const { digests, failures } = await resolveDigests([...texts].flatMap(imagesToPin), registry)
  return {
    options: { ...on, settings: { ...options.settings, digests } },
    warnings: failures.map(({ image, reason }) => `could not resolve the digest of ${image.name}: ${reason}`)
  }
}

/** The images pin-image-digest would ask to pin in one Dockerfile; none in one that lint reports as `parse-error`. */
function imagesToPin(text: string): RegistryImage[] {
  try {
    refuseUnsafe(text)
    return parseDockerfile(text).images.flatMap((use) => (wantsDigest(use) && registryImage(use.image)) || [])
  } catch {
    return []
  }
}
