// What a build toolchain looks like in a Dockerfile: the packages that install one, the images that
// are one, the commands that build with one, and the removals that take the packages out again.
import type { ImageRef } from '../../dockerfile/model.js'
import { positionals, runsAfter, subcommand } from '../../shell/helpers.js'
import { hasOption, isVerb, packageCommand, type PackageCommandAt } from '../../shell/package-managers.js'
import type { Command, Word } from '../../shell/types.js'
import { table } from '../../lookup.js'

/** Compilers, build tools and headers (`*-dev`, `*-devel`): what a runtime image does not need. */
const TOOLCHAIN_PACKAGE =
  /^(build-essential|build-base|alpine-sdk|gcc|gcc-c\+\+|g\+\+|clang|make|cmake|golang|golang-go|golang-[\d.]+(-go)?|go|maven|gradle|cargo|rustc|rust|(gcc|g\+\+|clang)-\d+(\.\d+)?|.+-dev|.+-devel)$/

/** Official images that are a toolchain, not a runtime. */
const TOOLCHAIN_IMAGES = new Set(['golang', 'rust', 'maven', 'gradle', 'gcc', 'buildpack-deps'])

/** The package name of an install argument: `gcc=4:12.2.0-3` → `gcc`, `libc6-dev:amd64` → `libc6-dev`. */
export function packageName(word: string): string {
  const version = word.search(VERSION_START)
  const name = version < 0 ? word : word.slice(0, version)
  return name.includes(':') ? name.replace(ARCH, '') : name
}

/** Where a version or a range starts in an install argument. */
const VERSION_START = /[=<>~]/
/** An architecture after the name (`:amd64`). */
const ARCH = /:[a-z0-9]+$/

/** The toolchain packages among those an install names (see `installs`), by package name. */
export function toolchains(packages: readonly Word[]): string[] {
  const found: string[] = []
  for (const word of packages) {
    const name = packageName(word.value)
    if (TOOLCHAIN_PACKAGE.test(name)) found.push(name)
  }
  return found
}

export function isToolchainImage(image: ImageRef): boolean {
  const name = image.repository?.replace(/^library\//, '')
  return name !== undefined && !image.registry && TOOLCHAIN_IMAGES.has(name)
}

const BUILDS = table<readonly string[] | true>({
  go: ['build', 'install'],
  cargo: ['build', 'install'],
  mvn: ['package', 'install', 'verify', 'compile'],
  mvnw: ['package', 'install', 'verify', 'compile'],
  gradle: ['build', 'assemble', 'jar', 'bootJar', 'installDist'],
  gradlew: ['build', 'assemble', 'jar', 'bootJar', 'installDist'],
  make: true,
  cmake: true,
  gcc: true,
  'g++': true,
  cc: true,
  clang: true,
  rustc: true
})

/** The JavaScript package managers, whose `run build` script is a build step. */
export const JS_PACKAGE_MANAGERS: ReadonlySet<string> = new Set(['npm', 'yarn', 'pnpm'])

/** `go build`, `cargo build`, `mvn package`, `./gradlew build`, `make`, `npm run build`, `gcc …`: the name of the step, or undefined. */
export function buildStep(command: Command): string | undefined {
  const verbs = BUILDS[command.program]
  if (verbs === true) return command.program
  const verb = verbs ? subcommand(command) : undefined // most commands build nothing: no positionals to read
  if (verbs && verb && verbs.includes(verb)) return `${command.program} ${verb}`
  const script = JS_PACKAGE_MANAGERS.has(command.program) ? positionals(command).map((w) => w.value) : []
  if (script[0] === 'build' || (script[0] === 'run' && script[1] === 'build')) return `${command.program} ${script.join(' ')}`
  return undefined
}

/**
 * True when a later command of the install's RUN removes the package again: by name, through the
 * `apk add --virtual` group it was installed in, or with apt's `apt-mark auto … && apt-get purge
 * --auto-remove` idiom (official images use these to build without keeping the toolchain).
 */
export function removedLater(pkg: string, { command: install, instruction, pc: installing }: PackageCommandAt): boolean {
  const group = installing.program === 'apk' ? installing.options.find((o) => o.name === '--virtual' || o.name === '-t')?.value?.value : undefined
  let marked = false
  for (const command of instruction.shell!.commands) {
    if (!runsAfter(command, install)) continue
    if (command.program === 'apt-mark' && subcommand(command) === 'auto') marked = true
    const pc = packageCommand(command)
    if (!pc || !isVerb(pc, 'remove')) continue
    const names = pc.operands.map((w) => packageName(w.value))
    if (names.includes(pkg) || (group && names.includes(group))) return true
    if (marked && (pc.verb!.value === 'autoremove' || hasOption(pc, '--auto-remove', '--autoremove'))) return true
  }
  return false
}
