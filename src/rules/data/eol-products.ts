// End-of-life base images: which images ship which product, how their tags name its releases, and
// which of those releases still get security fixes. The dates are generated into ./eol.ts from
// endoflife.date by scripts/refresh-eol.ts, which reads PRODUCTS below for what to fetch.
import { isPinnable, officialName } from '../../dockerfile/image.js'
import { perFile } from '../../dockerfile/helpers.js'
import type { Dockerfile, ImageRef, ImageUse } from '../../dockerfile/model.js'
import { table } from '../../lookup.js'
import { EOL } from './eol.js'

/** One release cycle of a product, as ./eol.ts records it, newest first. */
export interface Release {
  /** endoflife.date's name for the cycle: `3.12`, `22`, `12`, `24.04`, `2018.03`. */
  cycle: string
  /** The end of security support (YYYY-MM-DD); `true` when it ended on a date nobody recorded, `false` when no end is set. */
  eol: string | boolean
  /** A long-term-support release, where the project marks them. */
  lts?: true
  /** Debian's and Ubuntu's name for it (`Bookworm`, `Jammy Jellyfish`), which their tags use. */
  codename?: string
}

/** What ./eol.ts holds: when the dates were read, and per product where from and its releases. */
export interface EolData {
  /** The date the data was read (YYYY-MM-DD). */
  read: string
  products: Readonly<Record<string, { source: string; releases: readonly Release[] }>>
}

export interface Product {
  /** endoflife.date's id: the page https://endoflife.date/<id> and the API's `/api/v1/products/<id>`. */
  id: string
  /** As people write it: `Node.js`, `.NET`. */
  label: string
  /** The repositories that ship it: Docker Hub official images by their short name, others as registry/path. */
  images: readonly string[]
  /**
   * Which of endoflife.date's dates ends security support: `eol`, or `eoes` for Debian, whose LTS team
   * takes over from the security team for two more years, free and through the same archive.
   */
  end?: 'eol' | 'eoes'
  /** Its tags name releases by codename (`debian:bookworm`), and other official images use them as a variant (`python:3.12-slim-bookworm`). */
  codenames?: true
  /** How another official image's tag names a release of this OS as one of its words: group 1 is the cycle (`alpine3.19`, `al2023`). */
  variant?: RegExp
  /** Written before the version in the product's own tags (`centos:centos7`). */
  prefix?: string
  /** Other tag words for a release (Node.js's LTS codenames). */
  aliases?: Readonly<Record<string, string>>
  /** What to move to when no release is supported any more. */
  successor?: string
}

/** The products whose images are judged: the one list the rules and scripts/refresh-eol.ts read. */
export const PRODUCTS: readonly Product[] = [
  { id: 'debian', label: 'Debian', images: ['debian'], end: 'eoes', codenames: true },
  { id: 'ubuntu', label: 'Ubuntu', images: ['ubuntu'], codenames: true },
  { id: 'alpine-linux', label: 'Alpine Linux', images: ['alpine'], variant: /^alpine(\d+\.\d+)(?:\.\d+)?$/ },
  {
    id: 'centos',
    label: 'CentOS Linux',
    images: ['centos'],
    prefix: 'centos',
    variant: /^centos(\d+)$/,
    successor: 'AlmaLinux or Rocky Linux, which rebuild Red Hat Enterprise Linux as CentOS Linux did'
  },
  { id: 'rocky-linux', label: 'Rocky Linux', images: ['rockylinux/rockylinux', 'quay.io/rockylinux/rockylinux'] },
  { id: 'almalinux', label: 'AlmaLinux', images: ['almalinux'] },
  { id: 'fedora', label: 'Fedora Linux', images: ['fedora', 'registry.fedoraproject.org/fedora', 'quay.io/fedora/fedora'] },
  { id: 'amazon-linux', label: 'Amazon Linux', images: ['amazonlinux', 'public.ecr.aws/amazonlinux/amazonlinux'], variant: /^al(\d+)$/ },
  {
    id: 'nodejs',
    label: 'Node.js',
    images: ['node'],
    aliases: { argon: '4', boron: '6', carbon: '8', dubnium: '10', erbium: '12', fermium: '14', gallium: '16', hydrogen: '18', iron: '20', jod: '22', krypton: '24' }
  },
  { id: 'python', label: 'Python', images: ['python'] },
  { id: 'ruby', label: 'Ruby', images: ['ruby'] },
  { id: 'go', label: 'Go', images: ['golang'] },
  { id: 'php', label: 'PHP', images: ['php'] },
  { id: 'eclipse-temurin', label: 'Eclipse Temurin', images: ['eclipse-temurin'] },
  { id: 'amazon-corretto', label: 'Amazon Corretto', images: ['amazoncorretto', 'public.ecr.aws/amazoncorretto/amazoncorretto'] },
  {
    id: 'dotnet',
    label: '.NET',
    images: ['sdk', 'aspnet', 'runtime', 'runtime-deps'].flatMap((name) => [`mcr.microsoft.com/dotnet/${name}`, `mcr.microsoft.com/dotnet/core/${name}`])
  },
  { id: 'nginx', label: 'nginx', images: ['nginx', 'nginxinc/nginx-unprivileged'] },
  { id: 'apache-http-server', label: 'Apache HTTP Server', images: ['httpd'] },
  { id: 'postgresql', label: 'PostgreSQL', images: ['postgres'] },
  { id: 'mysql', label: 'MySQL', images: ['mysql'] },
  { id: 'mariadb', label: 'MariaDB', images: ['mariadb'] },
  { id: 'redis', label: 'Redis', images: ['redis'] },
  { id: 'mongodb', label: 'MongoDB', images: ['mongo'] },
  { id: 'elasticsearch', label: 'Elasticsearch', images: ['elasticsearch', 'docker.elastic.co/elasticsearch/elasticsearch'] }
]

/**
 * Docker Hub's `openjdk` image: deprecated, and only its early-access tags (`26-ea-jdk`) were updated
 * after July 2022 (https://hub.docker.com/_/openjdk). Its release tags are judged against Temurin's
 * cycles, the replacement the message names.
 */
const OPENJDK = {
  image: 'openjdk',
  replacement: 'eclipse-temurin',
  preRelease: /^(ea|rc)$/,
  what: "Docker Hub's deprecated `openjdk` image, whose release tags have had no updates since July 2022"
} as const

/** A release an image's tag names. */
export interface Found {
  product: Product
  release: Release
  /**
   * For the deprecated `openjdk` image, what it is instead of a release; `product` and `release` are
   * then Temurin and the Java version, which the finding names to move to.
   */
  deprecated?: string
}

const BY_IMAGE = table(Object.fromEntries(PRODUCTS.flatMap((product) => product.images.map((image) => [image, product]))))
const BY_ID = table(Object.fromEntries(PRODUCTS.map((product) => [product.id, product])))
/** The operating systems other images' tags name with a version (`-alpine3.19`, `-al2023`, `-centos7`). */
const VARIANTS = PRODUCTS.filter((product) => product.variant)
const VERSION = /^\d+(?:\.\d+)*/

/** A product's releases, indexed once: by each word its tags write for one (cycle, codename, alias). */
interface Index {
  releases: readonly Release[]
  words: ReadonlyMap<string, Release>
  /** The highest major version (the first part of a cycle). */
  newestMajor: number
}

const INDEX = new Map(
  PRODUCTS.map((product): [Product, Index] => {
    const all = EOL.products[product.id]?.releases ?? []
    const words = new Map<string, Release>()
    for (const release of all) {
      words.set(release.cycle, release)
      const codename = codenameWord(release)
      if (product.codenames && codename) words.set(codename, release)
    }
    for (const [alias, cycle] of Object.entries(product.aliases ?? {})) {
      const release = words.get(cycle)
      if (release) words.set(alias, release)
    }
    return [product, { releases: all, words, newestMajor: Math.max(...all.map((release) => parseInt(release.cycle, 10))) }]
  })
)

/** The codenames of the operating systems whose tags use them (`bookworm`, `jammy`), which other official images append as a variant. */
const CODENAMES = new Map(
  PRODUCTS.filter((product) => product.codenames).flatMap((product) =>
    releases(product).flatMap((release): [string, Found][] => {
      const codename = codenameWord(release)
      return codename ? [[codename, { product, release }]] : []
    })
  )
)

/**
 * The releases the tag of `image` names: its own product's (`python:3.7` → Python 3.7) and, for
 * official images, the operating system a tag word names (`python:3.7-alpine3.15` → Alpine Linux
 * 3.15 too; `node:lts-buster` → Debian 10 alone). Empty for a stage, `scratch`, a reference with an
 * unknown ARG, no tag, a moving tag (`3`, `lts`, `latest`) and images that are not listed here.
 */
export function releasesOf(image: ImageRef): Found[] {
  if (!image.tag || !isPinnable(image)) return []
  const name = officialName(image)
  const product = BY_IMAGE[name]
  if (!product && name.includes('/')) return []
  const words = image.tag.toLowerCase().split('-')
  const found: Found[] = []
  const own = product && releaseNamed(product, words[0])
  if (own) found.push({ product, release: own })
  if (name === OPENJDK.image) found.push(...openjdk(words))
  for (const word of words) {
    const system = variantOf(word)
    if (system && system.product !== product) found.push(system)
  }
  return found
}

/** The base images of a file with the releases their tags name, for the end-of-life rules: worked out once per file. */
export function baseImageReleases(dockerfile: Dockerfile): readonly { use: ImageUse; found: readonly Found[] }[] {
  return perFile(dockerfile, findBaseImageReleases)
}

function findBaseImageReleases({ images }: Dockerfile): { use: ImageUse; found: readonly Found[] }[] {
  const bases: { use: ImageUse; found: readonly Found[] }[] = []
  for (const use of images) {
    const found = use.kind === 'from' ? releasesOf(use.image) : []
    if (found.length) bases.push({ use, found })
  }
  return bases
}

/** The releases of a product, newest first (none when ./eol.ts has no entry for it). */
export function releases(product: Product): readonly Release[] {
  return INDEX.get(product)?.releases ?? []
}

/** True once the release's security support has ended on `today` (YYYY-MM-DD). */
export function hasEnded(release: Release, today: string): boolean {
  return release.eol === true || (typeof release.eol === 'string' && release.eol <= today)
}

/**
 * The release to move to: the newest one still supported after `horizon` (YYYY-MM-DD), among the
 * LTS releases where the project marks them; `same` first when it is supported (Java on Temurin).
 * The newest gives the longest time before the next move; the nearest would often be the next to end.
 */
export function successorOf(product: Product, horizon: string, same?: string): Release | undefined {
  let lts: Release | undefined
  let newest: Release | undefined
  for (const release of releases(product)) {
    if (hasEnded(release, horizon)) continue
    if (release.cycle === same) return release
    if (release.lts) lts ??= release
    newest ??= release
  }
  return lts ?? newest
}

/** `Python 3.7`, `Debian 10 (Buster)`. */
export function releaseLabel(product: Product, release: Release): string {
  return `${product.label} ${release.cycle}${release.codename ? ` (${release.codename})` : ''}`
}

/** The release a product's own tag names with its first word: a version (`3.7.12`), a codename (`bookworm`) or an alias (`hydrogen`). */
function releaseNamed(product: Product, word: string): Release | undefined {
  const index = INDEX.get(product)
  const bare = product.prefix && word.startsWith(product.prefix) ? word.slice(product.prefix.length) : word
  const version = VERSION.exec(bare)?.[0]
  return version === undefined ? index?.words.get(bare) : index && releaseOfVersion(index, version)
}

/**
 * The cycle a version belongs to: the longest cycle whose parts begin the version (`3.7.12` → `3.7`,
 * `14.21.3` → `14`, `2.0.20231218.0` → `2`). A version shorter than the cycles is a tag that moves
 * with the line's releases (`python:3`, `mariadb:12`), judged only once a newer major line exists
 * (`python:2`, `php:7`, `postgres:9`), so that no release can be added to it: by the cycle of the
 * line that is supported longest.
 */
function releaseOfVersion(index: Index, version: string): Release | undefined {
  for (let end = version.length; end > 0; end = version.lastIndexOf('.', end - 1)) {
    const release = index.words.get(version.slice(0, end))
    if (release) return release
  }
  if (!(index.newestMajor > parseInt(version, 10))) return undefined
  const prefix = `${version}.`
  return index.releases.filter((release) => release.cycle.startsWith(prefix)).reduce<Release | undefined>((last, release) => (!last || endsAfter(release, last) ? release : last), undefined)
}

/** True when `a`'s support lasts longer than `b`'s (no end set lasts longest, an unrecorded end least). */
function endsAfter(a: Release, b: Release): boolean {
  const rank = (release: Release) => (release.eol === false ? '~' : release.eol === true ? '' : release.eol)
  return rank(a) > rank(b)
}

/** How tags write a codename: its first word in lower case (`Jammy Jellyfish` → `jammy`). */
export function codenameWord(release: Release): string | undefined {
  return release.codename?.split(' ')[0].toLowerCase()
}

/** The release of an operating system one word of an official image's tag names (`bookworm`, `alpine3.19`, `al2023`). */
function variantOf(word: string): Found | undefined {
  const named = CODENAMES.get(word)
  if (named) return named
  for (const product of VARIANTS) {
    const cycle = product.variant?.exec(word)?.[1]
    const release = cycle === undefined ? undefined : INDEX.get(product)?.words.get(cycle)
    if (release) return { product, release }
  }
  return undefined
}

/**
 * `openjdk:11-jre-slim` names a Java release whose tags stopped getting updates in July 2022, when
 * the image was deprecated: any Java version Temurin has released (`8`, `11`, `17`, `21`; earlier
 * ones too). Early-access tags (`26-ea-jdk`), which are still updated, and later versions are left alone.
 */
function openjdk(words: readonly string[]): Found[] {
  const major = /^\d+/.exec(words[0])?.[0]
  const temurin = BY_ID[OPENJDK.replacement]
  const newest = Number(releases(temurin)[0]?.cycle)
  if (!major || words.some((word) => OPENJDK.preRelease.test(word)) || !(Number(major) <= newest)) return []
  return [{ product: temurin, release: { cycle: major, eol: true }, deprecated: OPENJDK.what }]
}

/** How far ahead a release's end is announced as near (base-image-nearing-eol), and a successor must reach. */
export const SOON_DAYS = 90

/** The date `days` after `date` (both YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  // Every file of a run asks for the same day's horizon: the last answer is kept, as the Date round trip costs more than the rules' own work.
  if (lastAdded?.date !== date || lastAdded.days !== days) lastAdded = { date, days, result: new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10) }
  return lastAdded.result
}

let lastAdded: { date: string; days: number; result: string } | undefined

/** The days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY)
}

const DAY = 86_400_000

/**
 * What to move to instead of the found releases, for a message: `Python 3.14, supported until
 * 2030-10-31; and to Alpine Linux 3.22, …`, for `openjdk` the Temurin image (`eclipse-temurin:17`),
 * only releases still supported after `horizon`.
 */
export function successorsText(found: readonly Found[], horizon: string): string {
  return found.map(({ product, release, deprecated }) => {
    const next = successorOf(product, horizon, deprecated ? release.cycle : undefined)
    if (!next) return product.successor ?? `a supported ${product.label} release`
    const name = deprecated ? `\`${product.images[0]}:${next.cycle}\`` : releaseLabel(product, next)
    return typeof next.eol === 'string' ? `${name}, supported until ${next.eol}` : name
  }).join('; and to ')
}
