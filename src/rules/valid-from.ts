import { editDistance } from '../closest.js'
import { isValidReference } from '../dockerfile/image.js'
import type { Arg, Stage } from '../dockerfile/model.js'
import type { Problem, Rule } from './types.js'

/** BuildKit's stage name pattern (instructions/parse.go `validStageName`), checked on the lower-cased name. */
const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/
/** A tag as the reference grammar has it. */
const TAG = /^\w[\w.-]{0,127}$/
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/
const QUOTED = /^(["'])([^"']*)\1$/
/** What a FROM image is not judged with: a variable, an escape or quotes inside it. */
const UNJUDGED = /[$"'\\`]/
/** A first part of the name that Docker takes as a registry host (`localhost` aside). */
const REGISTRY = /[.:A-Z]/
const REJECTED = 'BuildKit rejects it ("invalid reference format")'

export default {
  id: 'valid-from',
  title: '`FROM` should name a valid image and stage',
  severity: 'error',
  defaults: 'An error: BuildKit refuses such a `FROM`, and the build stops before it starts.',
  tags: ['correctness'],
  precision: 'very-high',
  // No linter of the five checks this: BuildKit itself fails the build. An image written with build args
  // (`FROM $BASE`) is valid-default-arg-in-from's to judge, and a wrong word count instruction-arguments'.
  rationale:
    'BuildKit reads `FROM image [AS name]` strictly: the image must be a valid reference (`[registry/]name[:tag][@digest]`, the name in lower case) and a stage name starts with a letter, followed by letters, digits, `-`, `_` or `.`. Anything else, often a typo (`FROM Ubuntu:22.04`, `FROM golang:1.26 builder`), stops the build before its first step.',
  fix: 'Write the image in lower case with one `:` before the tag (`FROM ubuntu:22.04`), and name a stage with `AS` and a name that starts with a letter: `FROM golang:1.26 AS build`.',
  examples: {
    bad: 'FROM golang:1.26-bookworm builder\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=builder /app /app\nUSER 10001\nCMD ["/app"]\n',
    good: 'FROM golang:1.26-bookworm AS builder\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=builder /app /app\nUSER 10001\nCMD ["/app"]\n'
  },
  fixable: true,
  check: ({ stages }) => {
    const problems: Problem[] = []
    for (const { from } of stages) {
      const [image, keyword, name] = from.args
      if (!image) continue // `FROM` alone: instruction-arguments reports it
      const problem = imageProblem(image.value, stages)
      if (problem) problems.push({ at: image, message: `\`${image.value}\` ${problem}` })
      if (keyword && keyword.value.toUpperCase() !== 'AS') problems.push(notAs(image, keyword, name))
      else if (name && from.args.length === 3 && !STAGE_NAME.test(name.value.toLowerCase())) {
        const expanded = name.value.includes('$') ? ' Stage names are taken as written: BuildKit does not expand variables in them.' : ''
        problems.push({
          at: name,
          message: `BuildKit rejects the stage name \`${name.value}\` ("invalid name for build stage"): a stage name starts with a letter, followed by letters, digits, \`-\`, \`_\` or \`.\`.${expanded}`
        })
      }
    }
    return problems
  }
} satisfies Rule

/** What is wrong with a FROM image written without variables, as the rest of a sentence; undefined when BuildKit takes it. */
function imageProblem(written: string, stages: readonly Stage[]): string | undefined {
  const value = unquoted(written)
  if (value === undefined || value === 'scratch' || isValidReference(value) || isStageName(value, stages)) return undefined
  if (value.toLowerCase() === 'scratch') return 'is not the empty image: BuildKit knows it only as `scratch`, in lower case, and rejects this reference. Write `FROM scratch`.'
  if (value.includes('::')) return `has \`::\`: ${REJECTED}. Write one \`:\` between the image and its tag.`
  const at = value.indexOf('@')
  const digest = at < 0 ? undefined : value.slice(at + 1)
  const rest = at < 0 ? value : value.slice(0, at)
  const colon = rest.lastIndexOf(':')
  const tag = colon > rest.lastIndexOf('/') ? rest.slice(colon + 1) : undefined
  const name = tag === undefined ? rest : rest.slice(0, colon)
  // Docker takes the first part as a registry when it has a `.` or `:`, is `localhost` or has upper case.
  const slash = name.indexOf('/')
  const first = slash < 0 ? '' : name.slice(0, slash)
  const path = REGISTRY.test(first) || first === 'localhost' ? name.slice(slash + 1) : name
  if (path !== path.toLowerCase()) {
    const lower = name.slice(0, name.length - path.length) + path.toLowerCase() + value.slice(name.length)
    return `has upper case in its name: ${REJECTED}, "repository name must be lowercase". Write \`${lower}\`.`
  }
  if (tag !== undefined && !TAG.test(tag)) {
    const why = tag === '' ? 'is empty' : tag.length > 128 ? 'is longer than 128 characters' : 'may only have letters, digits, `_`, `.` and `-`, and not start with `.` or `-`'
    return `has a tag that ${why}: ${REJECTED}.`
  }
  if (digest !== undefined && !DIGEST.test(digest)) return `has a digest that is not \`sha256:\` followed by 64 hexadecimal digits: ${REJECTED}.`
  return `is not a valid image reference: ${REJECTED}. Write \`[registry/]name[:tag][@digest]\`, the name in lower case letters, digits and \`.\`, \`_\`, \`-\` separators.`
}

/** The image BuildKit reads, quotes removed; undefined when variables, escapes or other quoting leave it unjudged here. */
function unquoted(written: string): string | undefined {
  if (!UNJUDGED.test(written)) return written // no quotes either: most images
  const value = QUOTED.exec(written)?.[2] ?? written
  return UNJUDGED.test(value) ? undefined : value
}

/** BuildKit looks a FROM up among all the stage names, later ones too, before it reads it as an image. */
function isStageName(value: string, stages: readonly Stage[]): boolean {
  const lower = value.toLowerCase()
  return stages.some((s) => s.name === lower)
}

/** `FROM image word …` where the word is not `AS`. */
function notAs(image: Arg, word: Arg, name: Arg | undefined): Problem {
  const rejected = 'BuildKit rejects it ("FROM requires either one or three arguments")'
  // `FROM golang:1.26 builder`: the word is a stage name, `AS` left out. `FROM alpine:3.22 ASS builder`: a typo.
  if (!name && STAGE_NAME.test(word.value.toLowerCase())) {
    return { at: word, message: `\`${word.value}\` follows the image without \`AS\`: ${rejected}. Name the stage with \`AS ${word.value}\`.`, fix: { at: { start: word.start, end: word.start }, text: 'AS ' } }
  }
  if (name && editDistance(word.value.toUpperCase(), 'AS') <= 1) {
    return { at: word, message: `\`${word.value}\` stands where \`AS\` belongs: ${rejected}. Write \`AS ${name.value}\`.`, fix: { at: word, text: 'AS' } }
  }
  const tag = !name && !image.value.includes(':') && TAG.test(word.value) ? ` To give the image a tag, write \`${image.value}:${word.value}\`.` : ''
  return { at: word, message: `\`${word.value}\` is not \`AS\`: ${rejected}. \`FROM\` takes an image, then optionally \`AS\` and a stage name.${tag}` }
}
