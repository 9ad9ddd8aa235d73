import type { Dockerfile, Instruction, Stage } from '../dockerfile/model.js'
import { lineOf } from '../dockerfile/helpers.js'
import { effective } from '../shell/helpers.js'
import type { Command } from '../shell/types.js'
import type { Problem, Rule } from './types.js'
import { absolute, addedNames, copiesOf, mayCopySecret, mayPlace, type Copy } from './secrets/copies.js'
import { TOKEN_CONFIGS, basename, secretDirectory, secretFile } from './secrets/files.js'
import { CREDENTIAL_FILE_VARS } from './secrets/names.js'
import { secretCopies } from './secrets/secret-copies.js'

export default {
  id: 'no-secret-files',
  title: 'Secret files should not be copied into the image',
  severity: 'error',
  defaults:
    'On, as an error: a key or token copied into a layer can be read by everyone who pulls the image, even after a later step deletes it. Public signing keys that the build imports (`.key` files given to `apt-key`, `gpg` or `rpm`) are not reported.',
  tags: ['security', 'secrets', 'CWE-538'],
  securitySeverity: 8.0,
  precision: 'high',
  // Trivy DS031's rego tests about credential files are in the test file (those about names are
  // no-secrets-in-arg-env's, those about logins no-credentials-in-run's); two differ, on purpose.
  related: { trivy: ['DS031'] },
  differences:
    "Trivy's DS031 also judges `ARG` and `ENV` names and login commands, which no-secrets-in-arg-env and no-credentials-in-run do here. For credential files it looks at the final stage only, and reads `./app/key.json` as `/app/key.json` whatever the base image's working directory is; this rule compares a relative path only with a COPY relative to the same working directory (`COPY . .` then `ENV GOOGLE_APPLICATION_CREDENTIALS=./key.json`). It looks at every stage and at more variables (`KUBECONFIG`, `AWS_SHARED_CREDENTIALS_FILE`, …), and also finds copied keys and token files, token files deleted too late, and secret mounts copied out.",
  cis: ['4.10'],
  rationale:
    'Every COPY, ADD and RUN makes a layer, and each layer ships with the image. A private key, `.env` file or token copied in can be read by anyone who pulls the image (`docker save` unpacks every layer), even when a later step deletes it: deleting only hides the file in the layers above.',
  fix: 'Keep secrets out of the build context (list them in `.dockerignore`) and out of COPY. For a build step, mount them just for that RUN: `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`, or `RUN --mount=type=ssh git clone …` for SSH keys. At run time, mount credential files from your orchestrator\'s secret store.',
  examples: {
    bad: 'FROM alpine:3.22\nRUN apk add --no-cache git openssh-client\nCOPY id_ed25519 /root/.ssh/id_ed25519\nRUN git clone git@github.com:acme/app.git /app\nUSER 10001\nCMD ["/app/run"]\n',
    good: 'FROM alpine:3.22\nRUN apk add --no-cache git openssh-client\nRUN --mount=type=ssh git clone git@github.com:acme/app.git /app\nUSER 10001\nCMD ["/app/run"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const stage of dockerfile.stages) {
      // Most stages copy nothing whose name could be a secret: their copies are not resolved.
      if (stage.instructions.some(mayCopySecret)) problems.push(...copiedSecrets(dockerfile, stage, copiesOf(stage)))
      if (stage.instructions.some(isCredentialFileVar)) problems.push(...credentialFileVars(dockerfile, stage))
      for (const run of stage.instructions) {
        for (const { secret, target } of secretCopies(run)) {
          problems.push({ at: target, message: `The secret \`${secret.value}\` is written to \`${target.value}\`, which stays in this layer: read it from the mount where it is needed instead.` })
        }
      }
    }
    return problems
  }
} satisfies Rule

const KEY_IMPORTERS = new Set(['apt-key', 'gpg', 'gpg2', 'rpm', 'rpmkeys'])


/** Key and token files a COPY adds, and token files a later RUN deletes (which does not remove them). */
function* copiedSecrets(dockerfile: Dockerfile, stage: Stage, copies: Copy[]): Generator<Problem> {
  if (!copies.length) return
  // The stage's commands are only read when a copied name asks (most copies are no secret): no list of them up front.
  const commands = () => stage.instructions.flatMap((i) => i.shell?.commands ?? [])
  let removals: Command[] | undefined
  // A `.key` that apt-key, gpg or rpm imports (also through `cat x.key | gpg --dearmor`) is a public signing key.
  let imported: Set<string> | undefined // only looked for when a `.key` is copied
  const isImported = (name: string) =>
    (imported ??= new Set(
      commands().filter((c) => c.pipeline.commands.some((p) => KEY_IMPORTERS.has(effective(p).program))).flatMap((c) => c.args.map((a) => basename(a.value)))
    )).has(name)
  for (const copy of copies) {
    const removedLater = (name: string) =>
      (removals ??= commands().filter((c) => c.program === 'rm' || c.program === 'shred')).find((c) => c.start > copy.instruction.end && c.args.some((a) => basename(a.value) === name))
    for (const source of copy.sources) {
      const kind = secretFile(source.value, copy.destination) ?? secretDirectory(source.value) ?? (copy.intoDirectory ? undefined : secretFile(copy.destination ?? '', copy.destination))
      const variable = kind ? undefined : credentialFileTarget(copy)
      if (variable) {
        yield { at: source, message: `\`${source.value}\` is copied to \`${copy.written}\`, the credentials file that \`${variable}\` names: anyone who pulls the image can read it. Mount it at run time instead.` }
      }
      if (!kind || (/\.key$/i.test(source.value) && isImported(basename(source.value)))) continue
      const deleted = removedLater(basename(source.value)) ? ' Deleting it in a later step does not remove it from this layer.' : ''
      yield { at: source, message: `\`${source.value}\` looks like ${kind}: copied into the image, anyone who pulls the image can read it.${deleted}` }
    }
    for (const name of addedNames(copy)) {
      const removal = TOKEN_CONFIGS.test(name) && !secretFile(name) ? removedLater(name) : undefined
      const word = removal?.args.find((a) => basename(a.value) === name)
      if (word) {
        yield { at: word, message: `\`${name}\` was added by the ${copy.instruction.keyword} on line ${lineOf(dockerfile, copy.instruction.start)}: deleting it here does not remove it from that layer, so the token in it ships with the image.` }
      }
    }
  }
}

/**
 * `COPY ./config $AWS_CONFIG_FILE`, when the variable's value is not known here: whatever it is, the
 * file lands where the tool reads its credentials. (With a known value, the ENV or ARG is reported.)
 */
function credentialFileTarget(copy: Copy): string | undefined {
  const name = copy.destination === undefined ? /^\$\{?([A-Za-z_]\w*)\}?$/.exec(copy.written ?? '')?.[1] : undefined
  return name !== undefined && CREDENTIAL_FILE_VARS.has(name) ? name : undefined
}

/** An ENV or ARG (not an ONBUILD trigger) that sets a variable naming a credentials file. */
function isCredentialFileVar(i: Instruction): boolean {
  return i.properties.length > 0 && (i.keyword === 'ENV' || i.keyword === 'ARG') && !i.onbuild && i.properties.some((p) => CREDENTIAL_FILE_VARS.has(p.name))
}

/** Stands for the base image's working directory, which is not known here. */
const BASE_WORKDIR = '/<workdir>'

/**
 * `ENV GOOGLE_APPLICATION_CREDENTIALS=/app/sa.json` (or an ARG) where a COPY of this stage (or one it
 * is built on) puts files.
 */
function* credentialFileVars(dockerfile: Dockerfile, stage: Stage): Generator<Problem> {
  const vars = stage.instructions.filter(isCredentialFileVar)
  if (!vars.length) return
  const stages: Stage[] = []
  for (let s: Stage | undefined = stage; s; s = s.image.stage) stages.push(s)
  // With no WORKDIR in these stages, a relative path is relative to the base image's working directory:
  // not known here, but the same for `COPY . .` and `ENV GOOGLE_APPLICATION_CREDENTIALS=./sa.json`.
  const base = stages.some((s) => s.instructions.some((i) => i.keyword === 'WORKDIR')) ? undefined : stages[stages.length - 1].image.scratch ? '/' : BASE_WORKDIR
  const copies = stages.flatMap((s) => copiesOf(s, base))
  for (const variable of vars) {
    for (const p of variable.properties) {
      const value = CREDENTIAL_FILE_VARS.has(p.name) ? p.value : undefined
      const resolved = value === undefined ? undefined : variable.resolve(value.replace(/^(["'])(.*)\1$/, '$2'))
      const path = resolved === undefined ? undefined : absolute(resolved, base)
      if (!path || /^\/(var\/)?run\/secrets\//.test(path)) continue
      const copy = copies.find((c) => mayPlace(c, path.replace(/\/+$/, '')))
      if (!copy) continue
      const line = lineOf(dockerfile, copy.instruction.start)
      yield { at: p, message: `\`${p.name}\` points at \`${resolved}\`, which the ${copy.instruction.keyword} on line ${line} puts into the image: the credential file would ship with it. Mount it at run time instead.` }
    }
  }
}
