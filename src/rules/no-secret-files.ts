import type { Dockerfile, Stage } from '../dockerfile/model.js'
import { lineOf } from '../dockerfile/helpers.js'
import { effective } from '../shell/helpers.js'
import type { Command } from '../shell/types.js'
import type { Problem, Rule } from './types.js'
import { addedNames, copiesOf, mayPlace, type Copy } from './secrets/copies.js'
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
  // DS031 flags a credential-file variable (GOOGLE_APPLICATION_CREDENTIALS, …) pointing under a COPY
  // destination of the final stage; this rule does too, in every stage, with more variables, and adds
  // copied key files, deleted-later token files and secret mounts copied out.
  related: { trivy: ['DS031'] },
  cis: ['4.10'],
  rationale:
    'Every COPY, ADD and RUN makes a layer, and each layer ships with the image. A private key, `.env` file or token copied in can be read by anyone who pulls the image (`docker save` unpacks every layer), even when a later step deletes it: deleting only hides the file in the layers above.',
  fix: 'Keep secrets out of the build context (list them in `.dockerignore`) and out of COPY. For a build step, mount them just for that RUN: `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`, or `RUN --mount=type=ssh git clone …` for SSH keys. At run time, mount credential files from your orchestrator\'s secret store.',
  examples: {
    bad: 'FROM alpine:3.20\nRUN apk add --no-cache git openssh-client\nCOPY id_ed25519 /root/.ssh/id_ed25519\nRUN git clone git@github.com:acme/app.git /app\nUSER 10001\nCMD ["/app/run"]\n',
    good: 'FROM alpine:3.20\nRUN apk add --no-cache git openssh-client\nRUN --mount=type=ssh git clone git@github.com:acme/app.git /app\nUSER 10001\nCMD ["/app/run"]\n'
  },
  check: function* (dockerfile) {
    for (const stage of dockerfile.stages) {
      const copies = copiesOf(stage)
      yield* copiedSecrets(dockerfile, stage, copies)
      yield* credentialFileVars(dockerfile, stage)
      for (const run of stage.instructions) {
        for (const { secret, target } of secretCopies(run)) {
          yield { at: target, message: `The secret \`${secret.value}\` is written to \`${target.value}\`, which stays in this layer: read it from the mount where it is needed instead.` }
        }
      }
    }
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

/** `ENV GOOGLE_APPLICATION_CREDENTIALS=/app/sa.json` where a COPY of this stage (or one it is built on) puts files. */
function* credentialFileVars(dockerfile: Dockerfile, stage: Stage): Generator<Problem> {
  const vars = stage.instructions.filter((i) => i.keyword === 'ENV' && !i.onbuild && i.properties.some((p) => CREDENTIAL_FILE_VARS.has(p.name)))
  const copies: Copy[] = []
  for (let s: Stage | undefined = vars.length ? stage : undefined; s; s = s.image.stage) copies.push(...copiesOf(s))
  for (const env of vars) {
    for (const p of env.properties) {
      const path = p.value === undefined ? undefined : env.resolve(p.value)
      if (!CREDENTIAL_FILE_VARS.has(p.name) || !path?.startsWith('/') || /^\/(var\/)?run\/secrets\//.test(path)) continue
      const copy = copies.find((c) => mayPlace(c, path.replace(/\/+$/, '')))
      if (!copy) continue
      const line = lineOf(dockerfile, copy.instruction.start)
      yield { at: p, message: `\`${p.name}\` points at \`${path}\`, which the ${copy.instruction.keyword} on line ${line} puts into the image: the credential file would ship with it. Mount it at run time instead.` }
    }
  }
}
