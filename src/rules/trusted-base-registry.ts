import { describeUse, isDockerHub, isPinnable, mayBeBuildContext, registryOf } from '../dockerfile/image.js'
import type { ImageRef } from '../dockerfile/model.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'trusted-base-registry',
  title: 'Images should come only from the registries in `trusted-registries`',
  severity: 'error',
  defaults:
    'An error, as in hadolint, but it only runs once a team has listed its `trusted-registries`: without that list there is no policy to check.',
  tags: ['security', 'supply-chain'],
  securitySeverity: 5.0,
  precision: 'very-high',
  // hadolint's DL3026 spec cases are all in the test file (its COPY/RUN fragments behind a `FROM
  // scratch` line, as a Dockerfile must start with FROM).
  equivalents: { hadolint: ['DL3026'] },
  differences:
    "Beyond hadolint's cases, an entry with a path (`ghcr.io/acme`) allows only that part of a registry, `docker.io/…` and `index.docker.io/…` are Docker Hub like an unqualified name, and case is ignored. For precision, an image whose name depends on an ARG with no known value, `COPY --from=0` and a bare `COPY --from=name` (which may be a build context) are not reported, where hadolint checks them as Docker Hub images.",
  cis: ['4.2'],
  rationale:
    'Whoever runs a registry decides what an image name means there. An image from a registry your team has not vetted skips the scanning, signing and mirroring your own registries give you, and one typo in a host name (`ghcr.io` → `gcr.io`, `docker.io` → `docker.com`) can pull an attacker\'s image into your build. An allow-list makes every new source of images a reviewed decision.',
  fix: 'Mirror the image into a registry you trust (`docker buildx imagetools create --tag ghcr.io/acme/mirror/app:1.4 quay.io/vendor/app:1.4`) and use that name, or, if the new registry is one the team has reviewed, add it to `trusted-registries` in `.dockerfile-guard.yml`. An entry is a registry host (`docker.io`, `registry.example.com:5000`), `*.example.com` for its subdomains, `prefix*`, `*` for any, or a host with a path (`ghcr.io/acme`) to allow only that organisation. Until the list has an entry, the rule checks nothing.',
  examples: {
    bad: 'FROM quay.io/vendor/app:1.4\nUSER 10001\nCMD ["app"]\n',
    good: 'FROM ghcr.io/acme/mirror/app:1.4\nUSER 10001\nCMD ["app"]\n',
    settings: { trustedRegistries: ['docker.io', 'ghcr.io/acme'] }
  },
  check: ({ images }, { trustedRegistries = [] }) => {
    // Without an allow-list there is no policy to check (hadolint's DL3026 works the same way).
    const entries = trustedRegistries.map(parseEntry).filter((entry) => entry.registry !== '')
    if (entries.length === 0) return []
    const list = trustedRegistries.join(', ')
    const problems: Problem[] = []
    for (const use of images) {
      const { image } = use
      // Stages, `scratch` and references with an unknown ARG have no registry to judge.
      if (!isPinnable(image) || mayBeBuildContext(use)) continue
      const names = registryNames(image)
      const sameRegistry = entries.filter((entry) => names.some((name) => matchRegistry(entry.registry, name)))
      const path = repositoryPath(image)
      if (sameRegistry.some((entry) => entry.path === undefined || matchPath(entry.path, path))) continue
      const registry = registryOf(image)
      const [where, todo] = sameRegistry.length
        ? [`where trusted-registries (${list}) allows only ${sameRegistry.map((entry) => entry.text).join(', ')}`, 'use an image from an allowed path, or a copy of this one there']
        : [`which is not in trusted-registries (${list})`, `use a copy of it in a trusted registry, or have the team add ${registry} to trusted-registries`]
      problems.push({ at: image, message: `${describeUse(use)} comes from ${registry}, ${where}: ${todo}.` })
    }
    return problems
  }
} satisfies Rule

interface Entry {
  /** As written, for messages. */
  text: string
  /** Lower-case registry pattern: a host, `*`, `*suffix` or `prefix*`. */
  registry: string
  /** Lower-case repository path the entry limits the registry to (`ghcr.io/acme` → `acme`). */
  path?: string
}

function parseEntry(text: string): Entry {
  const value = text.trim().toLowerCase().replace(/\/+$/, '')
  const slash = value.indexOf('/')
  if (slash < 0) return { text, registry: value }
  return { text, registry: value.slice(0, slash), path: value.slice(slash + 1) }
}

/**
 * The names an entry may give the image's registry. hadolint lets `docker.io` or `hub.docker.com`
 * allow an unqualified image; an explicit Docker Hub host is the same registry, so it gets them too.
 */
function registryNames(image: ImageRef): string[] {
  const registry = image.registry?.toLowerCase() ?? 'docker.io'
  return isDockerHub(image) ? [...new Set([registry, 'docker.io', 'hub.docker.com'])] : [registry]
}

/** hadolint's matching: `*` allows all, `*.example.com` a suffix, `registry*` a prefix, else equality. */
function matchRegistry(pattern: string, registry: string): boolean {
  if (pattern === '*') return true
  if (pattern.startsWith('*')) return registry.endsWith(pattern.slice(1))
  if (pattern.endsWith('*')) return registry.startsWith(pattern.slice(0, -1))
  return registry === pattern
}

/** `acme` allows `acme/app` and `acme/tools/x` but not `acme-evil/app`; `acme*` is a plain prefix. */
function matchPath(pattern: string, path: string): boolean {
  if (pattern.endsWith('*')) return path.startsWith(pattern.slice(0, -1))
  return path === pattern || path.startsWith(`${pattern}/`)
}

/** The repository path as the registry sees it: Docker Hub's official images live under `library/`. */
function repositoryPath(image: ImageRef): string {
  const path = (image.repository ?? '').toLowerCase()
  return isDockerHub(image) && !path.includes('/') ? `library/${path}` : path
}
