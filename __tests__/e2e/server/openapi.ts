// GitHub's REST API description (@octokit/openapi) as a router and request validator.
// The plain api.github.com.json (13 MB) is parsed once per test file, and only the schemas an
// operation needs are resolved and compiled, on its first request. The dereferenced variant was
// measured at 5x the parse time and 5x the memory for the same answers.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'

export const DESCRIPTION_FILE = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json')

type Schema = Record<string, unknown>
interface Parameter { name: string; in: string; required?: boolean; schema: Schema; 'x-multi-segment'?: boolean }
interface Operation {
  operationId: string
  parameters?: (Parameter | { $ref: string })[]
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> }
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: Schema }> }>
  externalDocs?: { url: string }
}
interface Description { paths: Record<string, Record<string, Operation>>; components: Record<string, Record<string, unknown>> }

export interface Route {
  method: string
  template: string
  operationId: string
  /** The documentation URL GitHub puts in this operation's error bodies. */
  docs: string
  operation: Operation
  pattern: RegExp
  names: string[]
  score: number
}

export interface Validation {
  /** What GitHub would reject, in GitHub's words where known; empty when the request is valid. */
  problems: string[]
  /** 404 for a path parameter that cannot be right, 400 for unparsable JSON, else 422. */
  status: number
}

interface Loaded { description: Description; routes: Route[]; /** How long reading, parsing and routing took. */ milliseconds: number }

let loaded: Loaded | undefined
const validators = new Map<string, ValidateFunction>()
const ajv = new Ajv({ strict: false, allErrors: true, verbose: true, logger: false })
addFormats.default(ajv)

/** Loads the description once per module registry, i.e. once per jest test file. */
export function loadDescription(): Loaded {
  if (loaded) return loaded
  const started = performance.now()
  const description = JSON.parse(readFileSync(DESCRIPTION_FILE, 'utf8')) as Description
  const routes = Object.entries(description.paths).flatMap(([template, item]) =>
    Object.entries(item).filter(([, operation]) => operation.operationId).map(([method, operation]) => route(description, method.toUpperCase(), template, operation))
  )
  return (loaded = { description, routes, milliseconds: performance.now() - started })
}

function route(description: Description, method: string, template: string, operation: Operation): Route {
  const names: string[] = []
  let score = 0
  const pattern = template.split('/').map((segment) => {
    const name = /^\{(\w+)\}$/.exec(segment)?.[1]
    if (!name) {
      score += 2
      return segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    }
    names.push(name)
    // A multi-segment parameter (a file path, `main...feature/x`) may swallow slashes, so it
    // loses against any template that explains those slashes with literal segments.
    if (!parameters(operation, description).find((p) => p.name === name)?.['x-multi-segment']) return '([^/]+)'
    score -= 1
    return '(.+)'
  })
  const docs = operation.externalDocs?.url ?? 'https://docs.github.com/rest'
  return { method, template, operationId: operation.operationId, docs, operation, pattern: new RegExp(`^${pattern.join('/')}$`), names, score }
}

/** The operation a request is for, or undefined when GitHub's description has no such route. */
export function matchRoute(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
  let best: { route: Route; params: Record<string, string> } | undefined
  for (const candidate of loadDescription().routes) {
    if (candidate.method !== method || (best && best.route.score >= candidate.score)) continue
    const match = candidate.pattern.exec(path)
    if (match) best = { route: candidate, params: Object.fromEntries(candidate.names.map((name, i) => [name, decodeURIComponent(match[i + 1])])) }
  }
  return best
}

/** Checks path and query parameters and the JSON body against the operation's schemas. */
export function validateRequest(route: Route, params: Record<string, string>, query: Record<string, string>, body: unknown): Validation {
  const declared = parameters(route.operation)
  const path = checkParameters(route, declared.filter((p) => p.in === 'path'), params)
  if (path.length) return { problems: path, status: 404 }
  const problems = checkParameters(route, declared.filter((p) => p.in === 'query'), query)
  const content = route.operation.requestBody?.content['application/json']
  if (content && (body !== undefined || route.operation.requestBody?.required)) {
    const validate = compiled(`${route.operationId} body`, content.schema)
    if (!validate(body ?? {})) problems.push(...(validate.errors ?? []).map(githubWording))
  }
  return { problems, status: 422 }
}

/** Ajv's complaints about a response body, against the operation's documented response schema. */
export function responseProblems(operationId: string, status: number, body: unknown): string[] {
  const found = loadDescription().routes.find((r) => r.operationId === operationId)
  if (!found) throw new Error(`No operation ${operationId} in GitHub's description`)
  let response = found.operation.responses[String(status)]
  if (response?.$ref) response = resolve(response.$ref) as typeof response
  const schema = response?.content?.['application/json']?.schema
  if (!schema) return body === undefined || body === '' ? [] : [`${operationId} documents no JSON body for ${status}`]
  const validate = compiled(`${operationId} ${status}`, schema)
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`)
}

function checkParameters(route: Route, declared: Parameter[], values: Record<string, string>): string[] {
  const problems: string[] = []
  for (const parameter of declared) {
    const value = values[parameter.name]
    if (value === undefined) {
      if (parameter.required) problems.push(`"${parameter.name}" wasn't supplied.`)
      continue
    }
    const validate = compiled(`${route.operationId} ${parameter.in} ${parameter.name}`, parameter.schema)
    if (!validate(coerce(value, parameter.schema))) problems.push(`For '${parameter.name}', ${JSON.stringify(value)} ${validate.errors?.[0]?.message ?? 'is invalid'}.`)
  }
  return problems
}

/** Query and path values arrive as text; the schema's scalar type says how GitHub reads them. */
function coerce(value: string, schema: Schema): unknown {
  const type = (schema.$ref ? resolve(schema.$ref as string) as Schema : schema).type
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value)
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true'
  return value
}

/** GitHub's style for a rejected body: `"body" wasn't supplied.`, `For 'properties/line', "x" is not an integer.` */
function githubWording(error: ErrorObject): string {
  if (error.keyword === 'required') return `"${String(error.params.missingProperty)}" wasn't supplied.`
  if (error.keyword === 'additionalProperties') return `"${String(error.params.additionalProperty)}" is not a permitted key.`
  const where = error.instancePath.split('/').filter(Boolean).map((key) => (/^\d+$/.test(key) ? `items/${key}` : `properties/${key}`)).join('/')
  return `For '${where || 'body'}', ${JSON.stringify(error.data)} ${error.message}.`
}

function parameters(operation: Operation, description?: Description): Parameter[] {
  return (operation.parameters ?? []).map((p) => ('$ref' in p ? (resolve(p.$ref, description) as Parameter) : p))
}

function resolve(ref: string, description = loadDescription().description): unknown {
  return ref.replace(/^#\//, '').split('/').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')], description)
}

function compiled(key: string, schema: Schema): ValidateFunction {
  let validate = validators.get(key)
  if (!validate) validators.set(key, (validate = ajv.compile(standalone(schema))))
  return validate
}

/**
 * A copy of `schema` whose `#/components/schemas/X` references point into its own `definitions`,
 * so ajv compiles just what one operation uses. OpenAPI 3.0's `nullable` is made to mean what
 * GitHub means by it: without `type` (which ajv refuses) it becomes `anyOf [schema, null]`, and
 * next to an `enum` it adds null to the values.
 */
function standalone(schema: Schema): Schema {
  const definitions: Record<string, unknown> = {}
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk)
    if (!node || typeof node !== 'object') return node
    const { $ref, nullable, ...rest } = node as Schema
    if (typeof $ref === 'string') {
      const name = $ref.replace('#/components/schemas/', '')
      if (!(name in definitions)) {
        definitions[name] = true // placeholder: breaks cycles of self-referencing schemas
        definitions[name] = walk(resolve($ref))
      }
      return { $ref: `#/definitions/${name}` }
    }
    const copy = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, key === 'properties' ? mapValues(value, walk) : walk(value)]))
    if (nullable !== true) return copy
    if (Array.isArray(copy.enum)) copy.enum = [...copy.enum, null] // GitHub means null is allowed too
    return 'type' in copy ? { ...copy, nullable: true } : { anyOf: [copy, { type: 'null' }] }
  }
  return { ...(walk(schema) as Schema), definitions }
}

function mapValues(value: unknown, f: (v: unknown) => unknown): unknown {
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, v]) => [key, f(v)]))
}
