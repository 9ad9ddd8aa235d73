import { instructionsOf, isAbsolutePath, seenBy, workdirText } from '../dockerfile/helpers.js'
import type { Dockerfile, Instruction } from '../dockerfile/model.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'absolute-workdir',
  title: '`WORKDIR` should be an absolute path',
  severity: 'warning',
  defaults:
    'A warning: a relative WORKDIR lands wherever the base image happened to leave the working directory, and writing the full path costs nothing.',
  tags: ['correctness'],
  precision: 'very-high',
  // hadolint's DL3000 spec cases and BuildKit's WorkdirRelativePath test cases are all in the test file,
  // and so are the test cases of Trivy's DS009, Checkov's CKV_DOCKER_10 and KICS's 6b376af8: each of
  // their positive cases is a relative WORKDIR after an absolute one, which differs (see `differences`).
  equivalents: { hadolint: ['DL3000'], buildkit: ['WorkdirRelativePath'] },
  related: { trivy: ['DS009'], checkov: ['CKV_DOCKER_10'], kics: ['6b376af8'] },
  differences:
    "Beyond hadolint's cases, known ARG and ENV values are expanded (`WORKDIR $APP` with `ARG APP=app` is relative) and a value that is not known is not judged. Like BuildKit's check, a relative `WORKDIR` passes once an absolute one is set earlier in the stage or in the stages it is built `FROM`, since where it lands is then known. `ONBUILD WORKDIR` triggers are checked too. BuildKit's WorkdirRelativePath reports only the first `WORKDIR` of a stage and the stages it is built `FROM`, so after `WORKDIR app` a second relative one (`WORKDIR src`) is reported here but not there.\n\nTrivy's DS009, Checkov's CKV_DOCKER_10 and KICS's 6b376af8 report every `WORKDIR` that does not start with `/`, a drive letter or a variable, even one that follows an absolute `WORKDIR` of the same stage (`WORKDIR /app` then `WORKDIR src`, the very case their tests report); this rule passes it, as BuildKit does, since where it lands is known. They also pass any value that starts with a variable, where this rule expands the ARG and ENV values it knows.",
  rationale:
    'A relative `WORKDIR` is resolved against the working directory before it, which comes from the base image when the stage has not set one. The same Dockerfile then puts files in different places on different bases, and a reader cannot tell where commands run.',
  fix: 'Write the full path, e.g. `WORKDIR /app` instead of `WORKDIR app`. Later WORKDIRs may then be relative to it (`WORKDIR src` after `WORKDIR /app` is `/app/src`).',
  examples: {
    bad: 'FROM alpine:3.22\nWORKDIR app\nCOPY run.sh ./\nUSER 10001\nCMD ["sh", "run.sh"]\n',
    good: 'FROM alpine:3.22\nWORKDIR /app\nCOPY run.sh ./\nUSER 10001\nCMD ["sh", "run.sh"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const workdir of instructionsOf(dockerfile, 'WORKDIR')) {
      const path = pathOf(workdir)
      if (path === undefined || path === '' || isAbsolutePath(path) || setBefore(dockerfile, workdir)) continue
      const written = workdir.text.trim()
      const value = workdirText(workdir) === path ? '' : ` (\`${path}\`)`
      const example = path.startsWith('..') ? '/app' : `/${path.replace(/^\.\//, '')}`
      problems.push({
        at: { start: workdir.args[0].start, end: workdir.args[workdir.args.length - 1].end },
        message: `\`WORKDIR ${written}\`${value} is a relative path, resolved against whatever working directory the base image left: write the absolute path, e.g. \`${example}\`.`
      })
    }
    return problems
  }
} satisfies Rule

/** The path a WORKDIR sets, ARG/ENV values expanded; undefined when a value is unknown. */
function pathOf(workdir: Instruction): string | undefined {
  return workdir.resolve(workdirText(workdir))
}

/**
 * True when an absolute WORKDIR is set where `workdir` runs (an ONBUILD one of its stage only for a
 * trigger). One set from a value this rule cannot know (`WORKDIR $APP_HOME`) is most likely absolute.
 */
function setBefore(dockerfile: Dockerfile, workdir: Instruction): boolean {
  for (const earlier of seenBy(dockerfile, workdir)) {
    if (earlier.keyword !== 'WORKDIR') continue
    const path = pathOf(earlier)
    if (path === undefined || isAbsolutePath(path)) return true
  }
  return false
}
