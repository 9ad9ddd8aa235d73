// Smaller images for the same release: the slim and Alpine variants official images publish beside
// their full-size tags (`python:3.12` → `python:3.12-slim`), and for an SDK image the runtime image
// that runs what it builds (`mcr.microsoft.com/dotnet/sdk:8.0` → `…/aspnet:8.0`, a JDK → its JRE).
// Tags are read with the release names ./eol-products.ts knows (Debian and Ubuntu codenames, Node.js's
// LTS names); only the tag forms listed here are judged, and sizes are given only where they are known
// (approximate, unpacked, for amd64).
import { isPinnable, officialName } from '../../dockerfile/image.js'
import type { ImageRef } from '../../dockerfile/model.js'
import { table } from '../../lookup.js'
import type { Command } from '../../shell/types.js'
import { codenameWord, PRODUCTS, releases } from './eol-products.js'

/** An image to try instead, and what it is, for the message. */
export interface Alternative {
  ref: string
  /** After the reference: what it is and what it saves (`the same Python on Debian's slim image (about 150 MB): fewer packages and fewer vulnerabilities to patch`). */
  is: string
}

/** What is known of a full-size base image: what it is, and the smaller images of the same release. */
export interface Smaller {
  /** After the image's name: `the full Debian image, with compilers and headers (about 1 GB)`. */
  is: string
  /** Variants of the same image and release, slim first. */
  slim?: Alternative
  /** The Alpine variant: smaller still, but with musl libc and apk. */
  alpine?: Alternative
  /** For an SDK image (a toolchain, a JDK): what running what it built needs instead. */
  sdk?: Sdk
  /**
   * An operating system's image, judged only where the image starts a program of its own: one that
   * does not is a base for other images, a dev container or a CI shell, where the documentation has its uses.
   */
  os?: true
}

export interface Sdk {
  /** `the Go toolchain`, for the message. */
  label: string
  /** True for a command that needs the SDK itself (`go`, `javac`, `mvn`, `dotnet publish`) rather than its runtime. */
  uses(command: Command): boolean
  /** A runtime image with a shell and package manager, where one runs the same build (a JRE, ASP.NET Core). */
  runtime?: Alternative
  /** A runtime image with no shell at all (distroless, Ubuntu Chiseled), for an image that runs no RUN and no shell. */
  shellless?: Alternative
}

/** Debian's codenames, as official images' tags name the Debian release they are built on (`3.12-bookworm`). */
const DEBIAN = codenames('debian')
/** Ubuntu's codenames, as Eclipse Temurin's tags name them (`21-jdk-noble`). */
const UBUNTU = codenames('ubuntu')
/** Node.js's LTS names, which its tags use as versions (`node:iron`). */
const NODE_NAMES = PRODUCTS.find((product) => product.id === 'nodejs')?.aliases ?? {}

const VERSION = /^\d+(?:\.\d+)*$/
const DATE = /^\d{8}$/
const FULL_DEBIAN = 'the full Debian image, with compilers and headers'

/** A version, then optionally a word of `kinds` and a Debian codename: `3.12`, `22-bookworm`, `8.3-fpm-bullseye`. */
interface DebianTag {
  version: string
  kind?: string
  codename?: string
}

function debianTag(tag: string, kinds: readonly string[] = [], names: Readonly<Record<string, string>> = {}): DebianTag | undefined {
  const words = tag.split('-')
  const version = words[0]
  if (!VERSION.test(version) && !Object.hasOwn(names, version)) return undefined
  let next = 1
  const kind = words[next] !== undefined && kinds.includes(words[next]) ? words[next++] : undefined
  const codename = words[next] !== undefined && DEBIAN.has(words[next]) ? words[next++] : undefined
  return next < words.length ? undefined : { version, kind, codename }
}

/** `3.12-slim`, `3.12-slim-bookworm` (Python, Ruby, Perl, Rust) or `22-slim`, `22-bookworm-slim` (Node.js). */
function slimTag({ version, codename }: DebianTag, after: boolean): string {
  if (!codename) return `${version}-slim`
  return after ? `${version}-${codename}-slim` : `${version}-slim-${codename}`
}

/** `3.12-alpine`, `8.3-fpm-alpine`: the release on the Alpine Linux the image's maintainers currently use. */
function alpineTag({ version, kind }: DebianTag): string {
  return kind ? `${version}-${kind}-alpine` : `${version}-alpine`
}

/** A language image built on buildpack-deps (compilers, headers), with a slim variant and maybe an Alpine one. */
function language(label: string, sizes: { full?: string; slim?: string }, options: { slimAfter?: boolean; alpine?: boolean; names?: Record<string, string>; sdk?: Sdk } = {}) {
  return (image: ImageRef, tag: string): Smaller | undefined => {
    const parsed = debianTag(tag, [], options.names)
    if (!parsed) return undefined
    return {
      is: sizes.full ? `${FULL_DEBIAN} (${sizes.full})` : FULL_DEBIAN,
      slim: {
        ref: retag(image, slimTag(parsed, options.slimAfter === true)),
        is: `the same ${label} on Debian's slim image${sizes.slim ? ` (${sizes.slim})` : ''}: fewer packages and fewer vulnerabilities to patch`
      },
      alpine: options.alpine ? { ref: retag(image, alpineTag(parsed)), is: `the same ${label} on Alpine Linux` } : undefined,
      sdk: options.sdk
    }
  }
}

const GO_PROGRAMS = new Set(['go', 'gofmt'])
const GO: Sdk = {
  label: 'the Go toolchain',
  uses: (command) => GO_PROGRAMS.has(command.program),
  shellless: {
    ref: 'gcr.io/distroless/static-debian12',
    is: `a distroless image with no shell or package manager, for a binary built with \`CGO_ENABLED=0\` (\`gcr.io/distroless/base-debian12\` for one linked against glibc)`
  }
}

const RUST_PROGRAMS = new Set(['cargo', 'rustc', 'rustup'])
const RUST: Sdk = {
  label: 'the Rust toolchain',
  uses: (command) => RUST_PROGRAMS.has(command.program),
  shellless: {
    ref: 'gcr.io/distroless/cc-debian12',
    is: 'a distroless image with the C runtime a Rust binary links against and no shell or package manager (`gcr.io/distroless/static-debian12` for a static musl build)'
  }
}

/** The JDK's own tools and the build tools that need them: the JRE has `java` and `keytool`, not these. */
const JDK_PROGRAMS = new Set(['javac', 'jar', 'jarsigner', 'javadoc', 'jlink', 'jpackage', 'jshell', 'jdeps', 'jcmd', 'jstack', 'jmap', 'jdb', 'jhsdb', 'mvn', 'mvnw', 'gradle', 'gradlew'])
/** The Java releases with both a Temurin JRE image and a distroless Java image. */
const DISTROLESS_JAVA = new Set(['17', '21'])
/** The Java releases Temurin publishes JRE images of, which Docker Hub's `openjdk` also had. */
const TEMURIN_JRE = new Set(['8', '11', '17', '21'])
const JAVA_VERSION = /^(\d+)(?:[._u]\d+)*$/

function jdk(jre: string, major: string, runtime = `the same Java ${major} runtime`): Sdk {
  return {
    label: 'a JDK',
    uses: (command) => JDK_PROGRAMS.has(command.program),
    runtime: { ref: jre, is: `${runtime} without the compiler and the JDK's tools` },
    shellless: DISTROLESS_JAVA.has(major) ? { ref: `gcr.io/distroless/java${major}-debian12`, is: 'a distroless Java runtime with no shell or package manager' } : undefined
  }
}

/**
 * `eclipse-temurin:21`, `21-jdk`, `21.0.5_11-jdk-noble`, `21-alpine`: the JDK, whose JRE is published
 * with every JDK tag (`jdk` becomes `jre`, or `jre` goes after the version).
 */
function temurin(image: ImageRef, tag: string): Smaller | undefined {
  const words = tag.split('-')
  const major = JAVA_VERSION.exec(words[0])?.[1]
  if (!major) return undefined
  const at = words.indexOf('jdk')
  if (at < 0 && (words.length > 2 || (words.length === 2 && words[1] !== 'alpine' && !UBUNTU.has(words[1])))) return undefined
  const jre = at < 0 ? [words[0], 'jre', ...words.slice(1)] : words.map((word, i) => (i === at ? 'jre' : word))
  return { is: 'a JDK', sdk: jdk(retag(image, jre.join('-')), major) }
}

/**
 * Docker Hub's deprecated `openjdk` (`17`, `11-jdk`, `17-jdk-slim-bullseye`, `8-jdk-alpine`, `17-oraclelinux8`):
 * a JDK, whose runtime is now Eclipse Temurin's JRE. Its JRE, early-access and Windows tags are left alone.
 */
const OPENJDK_WORDS = new Set(['jdk', 'slim', 'alpine', 'oracle', 'oraclelinux7', 'oraclelinux8', ...DEBIAN])

function openjdk(_: ImageRef, tag: string): Smaller | undefined {
  const [version, ...words] = tag.split('-')
  const major = JAVA_VERSION.exec(version)?.[1]
  if (!major || !TEMURIN_JRE.has(major) || !words.every((word) => OPENJDK_WORDS.has(word))) return undefined
  const jre = `eclipse-temurin:${major}-jre${words.includes('alpine') ? '-alpine' : ''}`
  return { is: "a JDK from Docker Hub's deprecated `openjdk` image", sdk: jdk(jre, major, `a maintained Java ${major} runtime`) }
}

/**
 * `mcr.microsoft.com/dotnet/sdk:8.0`, `8.0-jammy`, `8.0-alpine`: the SDK images are built on the ASP.NET
 * Core image of the same tag, so that tag exists; a patch version (`8.0.404`) is the SDK's own, not the runtime's.
 */
const DOTNET_SDK = /^(\d+)\.\d+$/
/** The Ubuntu releases .NET publishes Chiseled images on: 22.04 for .NET 6 to 8, 24.04 for .NET 8 to 10 (the tag of those names none). */
const CHISELED_ON = new Set(['jammy', 'noble'])

function dotnetSdk(image: ImageRef, tag: string): Smaller | undefined {
  const [version, ...words] = tag.split('-')
  const major = Number(DOTNET_SDK.exec(version)?.[1])
  if (!major) return undefined
  const sibling = (name: string, siblingTag = tag): string => retag({ ...image, repository: image.repository!.replace(/sdk$/, name) }, siblingTag)
  const ubuntu = words.length ? (words.length === 1 && CHISELED_ON.has(words[0]) ? words[0] : undefined) : major >= 8 && major <= 10 ? 'noble' : undefined
  return {
    is: 'the .NET SDK (over 700 MB)',
    sdk: {
      label: 'the .NET SDK',
      uses: runsDotnetSdk,
      runtime: { ref: sibling('aspnet'), is: `the same .NET ${version} runtime with ASP.NET Core (\`${sibling('runtime')}\` for an app without it)` },
      shellless: ubuntu ? { ref: sibling('aspnet', `${version}-${ubuntu}-chiseled`), is: 'an Ubuntu Chiseled image with no shell or package manager' } : undefined
    }
  }
}

/** `dotnet build`, `dotnet ef`: any `dotnet` command but the host running an app (`dotnet app.dll`, `dotnet exec app.dll`, a bare `dotnet` given the app by CMD). */
function runsDotnetSdk(command: Command): boolean {
  if (command.program !== 'dotnet') return false
  const [first, second] = command.args
  const app = first?.value === 'exec' ? second : first
  return app !== undefined && !(app.literal && app.value.endsWith('.dll'))
}

/** `debian:bookworm`, `debian:12`, `debian:12.8`, `debian:bookworm-20241111`: each has a `-slim` twin. */
function debian(image: ImageRef, tag: string): Smaller | undefined {
  const [release, date, ...rest] = tag.split('-')
  if (rest.length || (date !== undefined && !DATE.test(date)) || (!VERSION.test(release) && !DEBIAN.has(release))) return undefined
  return {
    os: true,
    is: 'the full Debian image (about 120 MB)',
    slim: { ref: retag(image, `${tag}-slim`), is: 'the same packages without their documentation, man pages and translations (about 75 MB)' }
  }
}

/** `php:8.3`, `8.3-cli`, `8.3-fpm-bookworm`: PHP's Debian images keep compilers and headers for building extensions. The Apache variant has no Alpine twin. */
function php(image: ImageRef, tag: string): Smaller | undefined {
  const parsed = debianTag(tag, ['cli', 'fpm', 'zts'])
  if (!parsed) return undefined
  return { is: 'the Debian image, which keeps compilers and headers installed for building extensions', alpine: { ref: retag(image, alpineTag(parsed)), is: 'the same PHP on Alpine Linux' } }
}

/** Official images by the name they are pulled by (`python`, `mcr.microsoft.com/dotnet/sdk`). */
const IMAGES = table<(image: ImageRef, tag: string) => Smaller | undefined>({
  python: language('Python', { full: 'about 1 GB', slim: 'about 150 MB' }, { alpine: true }),
  node: language('Node.js', { full: 'about 1 GB' }, { slimAfter: true, alpine: true, names: NODE_NAMES }),
  ruby: language('Ruby', { full: 'about 1 GB' }, { alpine: true }),
  perl: language('Perl', {}),
  rust: language('Rust', { full: 'well over 1 GB' }, { sdk: RUST }),
  golang: (image, tag) => {
    const parsed = debianTag(tag)
    if (!parsed) return undefined
    return { is: 'the full Debian image with the Go toolchain (over 700 MB)', alpine: { ref: retag(image, alpineTag(parsed)), is: 'the same Go on Alpine Linux' }, sdk: GO }
  },
  php,
  debian,
  'eclipse-temurin': temurin,
  openjdk,
  'mcr.microsoft.com/dotnet/sdk': dotnetSdk,
  'mcr.microsoft.com/dotnet/core/sdk': dotnetSdk
})

/** The smaller images of the same release as `image`; undefined for images and tags not listed here, and unknown ARGs. */
export function smallerImages(image: ImageRef): Smaller | undefined {
  if (!isPinnable(image) || !image.tag) return undefined
  return IMAGES[officialName(image)]?.(image, image.tag)
}

/** The image with another tag, as written (registry and path kept, the digest dropped: it belongs to the old tag). */
function retag(image: ImageRef, tag: string): string {
  return `${image.registry ? `${image.registry}/` : ''}${image.repository}:${tag}`
}

/** The first words of a product's codenames, as tags write them (`Bookworm` → `bookworm`). */
function codenames(id: string): Set<string> {
  const product = PRODUCTS.find((p) => p.id === id)
  return new Set(product ? releases(product).flatMap((release) => codenameWord(release) || []) : [])
}
