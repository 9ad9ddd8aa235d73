import type { Dockerfile, Instruction, Span } from '../dockerfile/model.js'
import { writtenTexts, type WrittenText } from './data/written-text.js'
import { destinationWord } from './secrets/copies.js'
import { credentialUses, referenced } from './secrets/credential-uses.js'
import { isCredentialStore } from './secrets/files.js'
import type { Word } from '../shell/types.js'
import type { Problem, Rule } from './types.js'

/** The text RUNs write into credential stores (`~/.npmrc`, `~/.netrc`, …), by the RUN that writes it. */
function writtenInto(dockerfile: Dockerfile): Map<Instruction, WrittenText[]> {
  const byRun = new Map<Instruction, WrittenText[]>()
  let runs: Instruction[] | undefined // listed only when some text goes to a credential store: most files have none
  for (const w of writtenTexts(dockerfile)) {
    if (!w.files.some(isCredentialStore)) continue
    runs ??= dockerfile.instructions.filter((i) => i.shell)
    // The last RUN that starts before the text is the one it is in (an ONBUILD RUN comes after its ONBUILD).
    const run = runs.findLast((r) => r.start <= w.at.start && w.at.end <= r.end)
    if (run) byRun.set(run, [...(byRun.get(run) ?? []), w])
  }
  return byRun
}

/** The files a `COPY <<EOF dest` writes, as written-text.ts describes them, when BuildKit expands them (unquoted delimiter). */
function heredocFiles(dockerfile: Dockerfile, copy: Instruction): WrittenText[] {
  const destination = destinationWord(copy)
  return copy.heredocs
    .filter((h) => destination && !/['"]/.test(dockerfile.text.slice(h.start, h.end)))
    .map((h) => ({ text: h.body, at: { start: h.bodyStart, end: h.bodyStart + h.body.length }, exact: true, files: [destination!] }))
}

const expands = (word: Word) => word.value.includes('$')

const message = (arg: string, how: string) =>
  `Build arg \`${arg}\` is used as a credential ${how}: build-arg values are recorded in the image history and build provenance. Use a secret mount.`

export default {
  id: 'no-build-arg-credentials',
  title: 'Build args should not carry credentials',
  severity: 'error',
  defaults:
    'On, as an error: a build arg used as a password or token is published with the image history, whatever it is called. It fires only where a build arg is used as a credential (a `curl -u`, an `Authorization` header, a URL with credentials, a write to `~/.npmrc`), not on names.',
  tags: ['security', 'secrets', 'CWE-522'],
  securitySeverity: 7.5,
  precision: 'high',
  // Trivy DS031's tests of build args are in the test file: DS031 flags them by name, whatever their use.
  related: { hadolint: ['DL3064'], buildkit: ['SecretsUsedInArgOrEnv'], trivy: ['DS031'] },
  differences:
    "hadolint's DL3064, BuildKit's check and Trivy's DS031 judge an `ARG` or `ENV` by its name (no-secrets-in-arg-env does that here). This rule looks at how a build arg is used instead, whatever it is called: as a credential in a command (`curl -u user:$PASS`, an `Authorization` header, `https://user:$TOKEN@host`, `--password $PASS`, `_authToken=$TOKEN`) or in text written to a credential file (`~/.npmrc`, `~/.netrc`), also through a `COPY <<EOF` heredoc that BuildKit expands.",
  cis: ['4.10'],
  rationale:
    'A value passed with `--build-arg` is written into the image history (`docker history` shows it next to every RUN after the `ARG`) and into build provenance, whatever the arg is called. Using one as a password or token therefore publishes that credential to everyone who can pull the image or read the build records.',
  fix: 'Pass the credential as a secret mount and read it only in the RUN that needs it: `RUN --mount=type=secret,id=gh_token,env=GH_TOKEN curl -fsSL -H "Authorization: Bearer $GH_TOKEN" …`, built with `docker build --secret id=gh_token,env=GH_TOKEN .`. Then remove the `ARG`.',
  examples: {
    bad: 'FROM alpine:3.22\nARG GH_PAT\nRUN apk add --no-cache git \\\n && git clone https://x-access-token:${GH_PAT}@github.com/acme/app.git /app\nUSER 10001\nCMD ["/app/run"]\n',
    good: 'FROM alpine:3.22\nRUN apk add --no-cache git\nRUN --mount=type=secret,id=git_netrc,target=/root/.netrc git clone https://github.com/acme/app.git /app\nUSER 10001\nCMD ["/app/run"]\n'
  },
  check: (dockerfile) => {
    const written = writtenInto(dockerfile)
    const problems: (Problem & { arg: string })[] = []
    for (const stage of dockerfile.stages) {
      // The build args declared so far in the stage; ONBUILD triggers see only the ARGs of other triggers.
      const declared = { now: new Set<string>(), onbuild: new Set<string>() }
      for (const instruction of stage.instructions) {
        const args = instruction.onbuild ? declared.onbuild : declared.now
        if (instruction.keyword === 'ARG') for (const p of instruction.properties) args.add(p.name)
        if (!args.size) continue
        for (const command of instruction.shell?.commands ?? []) {
          // A use is part of a word, and it names a build arg only with `$`: most commands have none.
          if (!command.args.some(expands) && !command.assignments.some(expands)) continue
          for (const use of credentialUses(command)) {
            for (const arg of referenced(use.text, args)) problems.push({ arg, at: use.word, message: message(arg, use.how) })
          }
        }
        // `echo "…$X…" > ~/.npmrc`, `cat > ~/.netrc <<EOF`, and `COPY <<EOF /root/.npmrc`, which BuildKit
        // expands unless the delimiter is quoted.
        const copyHeredoc = (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') && instruction.heredocs.length > 0
        for (const w of copyHeredoc ? heredocFiles(dockerfile, instruction) : (written.get(instruction) ?? [])) {
          const store = w.files.find(isCredentialStore)
          for (const arg of referenced(w.text, args)) problems.push({ arg, at: w.at, message: message(arg, `in a file written to \`${store}\``) })
        }
      }
    }
    // One finding per use: `sh -c '… $X …'` is seen as the shell's string and as the command inside it.
    const inside = (a: Span, b: Span) => b.start <= a.start && a.end <= b.end && (a.start !== b.start || a.end !== b.end)
    const seen = new Set<string>()
    const reported: Problem[] = []
    for (const p of problems) {
      const key = `${p.arg}@${p.at.start}-${p.at.end}`
      if (seen.has(key) || problems.some((q) => q.arg === p.arg && inside(q.at, p.at))) continue
      seen.add(key)
      reported.push(p)
    }
    return reported
  }
} satisfies Rule
