// What a build toolchain looks like in a Dockerfile: the packages that install one, the images that
// are one, the commands that build with one, and the removals that take the packages out again.
import type { ImageRef } from '../../dockerfile/model.js'
import { positionals, runsAfter, subcommand } from '../../shell/helpers.js'
import { hasOption, installedPackages, isVerb, packageCommand } from '../../shell/package-managers.js'
import type { Command, Word } from '../../shell/types.js'
import { table } from '../../lookup.js'

/** Compilers, build tools and headers (`*-dev`, `*-devel`): what a runtime image does not need. */
const TOOLCHAIN_PACKAGE =
  /^(build-essential|build-base|alpine-sdk|gcc|gcc-c\+\+|g\+\+|clang|make|cmake|golang|golang-go|golang-[\d.]+(-go)?|go|maven|gradle|cargo|rustc|rust|(gcc|g\+\+|clang)-\d+(\.\d+)?|.+-dev|.+-devel)$/

/** Official images that are a toolchain, not a runtime. */
const TOOLCHAIN_IMAGES = new Set(['golang', 'rust', 'maven', 'gradle', 'gcc', 'buildpack-deps'])

/** The package name of an install argument: `gcc=4:12.2.0-3` → `gcc`, `libc6-dev:amd64` → `libc6-dev`. */
export function packageName(word: string): string {
  return word.split(/[=<>~]/)[0].replace(/:[a-z0-9]+$/, '')
}

/** The toolchain packages a command installs. */
export function toolchainPackages(command: Command): string[] {
  return toolchains(installedPackages(command))
}

/** The toolchain packages among those an install names (see `installs`), by package name. */
export function toolchains(packages: readonly Word[]): string[] {
  return packages.map((w) => packageName(w.value)).filter((name) => TOOLCHAIN_PACKAGE.test(name))
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

/** `go build`, `cargo build`, `mvn package`, `./gradlew build`, `make`, `npm run build`, `gcc …`: the name of the step, or undefined. */
export function buildStep(command: Command): string | undefined {
  const verbs = BUILDS[command.program]
  if (verbs === true) return command.program
  const verb = verbs ? subcommand(command) : undefined // most commands build nothing: no positionals to read
  if (verbs && verb && verbs.includes(verb)) return `${command.program} ${verb}`
  const script = ['npm', 'yarn', 'pnpm'].includes(command.program) ? positionals(command).map((w) => w.value) : []
  if (script[0] === 'build' || (script[0] === 'run' && script[1] === 'build')) return `${command.program} ${script.join(' ')}`
  return undefined
}

/**
 * True when a later command of the same RUN removes the package again: by name, through the
 * `apk add --virtual` group it was installed in, or with apt's `apt-mark auto … && apt-get purge
 * --auto-remove` idiom (official images use these to build without keeping the toolchain).
 */
export function removedLater(pkg: string, install: Command, run: readonly Command[]): boolean {
  const installing = install.program === 'apk' ? packageCommand(install) : undefined
  const group = installing?.options.find((o) => o.name === '--virtual' || o.name === '-t')?.value?.value
  let marked = false
  for (const command of run) {
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
