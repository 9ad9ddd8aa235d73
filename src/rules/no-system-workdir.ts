import { instructionsOf, workingDirectory } from '../dockerfile/helpers.js'
import type { Problem, Rule } from './types.js'

/** The directories every container runtime mounts the kernel's filesystems over, with what it mounts. */
const MOUNTED: Readonly<Record<string, string>> = {
  proc: "the kernel's process filesystem (procfs)",
  sys: "the kernel's sysfs",
  dev: 'a filesystem of device nodes'
}
const SYSTEM_DIR = /^\/(proc|sys|dev)(\/|$)/
/** A WORKDIR argument written as an absolute path, quotes aside. */
const WRITTEN_ABSOLUTE = /^\s*["']*\//
/** What a WORKDIR argument needs to lead into a system directory: its name, or a variable whose value may hold it. */
const MAY_BE_SYSTEM_DIR = /proc|sys|dev|\$/
/** A process's file descriptors: `/proc/self/fd/7`, `/proc/1/fd/8`, `/proc/thread-self/fd/5`. */
const FILE_DESCRIPTOR = /^\/proc\/(self|thread-self|\d+)\/(task\/\d+\/)?fd(\/|$)/

export default {
  id: 'no-system-workdir',
  title: '`WORKDIR` should not be in `/proc`, `/sys` or `/dev`',
  severity: 'error',
  defaults:
    'An error: no build needs its working directory where the runtime mounts the kernel\'s filesystems, and `WORKDIR /proc/self/fd/…` is a known container-escape exploit.',
  tags: ['security', 'container-escape', 'CWE-403'],
  securitySeverity: 7.5,
  precision: 'very-high',
  // Trivy's DS030 test cases are all in the test file.
  equivalents: { trivy: ['DS030'] },
  differences:
    "Trivy's DS030 also reports `/boot`, `/initrd` and `/lost+found`, which containers do not mount over: a working directory there is odd but harms nothing, and bootable-container images use `/boot`, so they are not reported here. Beyond Trivy's cases, `/sys` is reported too, as are `/proc`, `/sys` and `/dev` themselves (Trivy needs a path below them), relative paths that lead there (`WORKDIR /proc` then `WORKDIR self/fd/7`, or `/app/../proc/…`) and known ARG and ENV values; a value that is not known is not judged.",
  rationale:
    '`/proc`, `/sys` and `/dev` are not directories of the image: in every RUN step and every container the runtime mounts the kernel\'s own filesystems over them, so files put there are hidden and a working directory there is never what a build needs. Setting it to a file descriptor, `WORKDIR /proc/self/fd/7`, is the exploit of CVE-2024-21626 ("Leaky Vessels"): with runc before 1.1.12 it gave a build step or a container the host\'s filesystem to escape into.',
  fix: 'Work in an ordinary directory of the image, e.g. `WORKDIR /app`. A `WORKDIR /proc/self/fd/…` that came with a change nobody meant to make is an attack: remove it, and make sure build hosts run runc 1.1.12 or later (Docker Engine 25.0.2, 24.0.9 or later).',
  examples: {
    bad: 'FROM alpine:3.22\nWORKDIR /proc/self/fd/7\nCOPY run.sh ./\nUSER 10001\nCMD ["sh", "run.sh"]\n',
    good: 'FROM alpine:3.22\nWORKDIR /app\nCOPY run.sh ./\nUSER 10001\nCMD ["sh", "run.sh"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const workdir of instructionsOf(dockerfile, 'WORKDIR')) {
      if (workdir.stage?.windows || !workdir.args.length) continue
      // Most WORKDIRs are absolute paths that name no system directory: without a variable, only one that names it can lead there (`/app/../proc`).
      if (WRITTEN_ABSOLUTE.test(workdir.text) && !MAY_BE_SYSTEM_DIR.test(workdir.text)) continue
      const path = workingDirectory(dockerfile, workdir)
      const dir = path && SYSTEM_DIR.exec(path)?.[1]
      if (!path || !dir) continue
      const written = workdir.text.trim()
      const where = `\`WORKDIR ${written}\`${written.replace(/^["']|["']$/g, '') === path ? '' : ` (\`${path}\`)`}`
      problems.push({
        at: { start: workdir.args[0].start, end: workdir.args[workdir.args.length - 1].end },
        message: FILE_DESCRIPTOR.test(path)
          ? `${where} makes the working directory a file descriptor: that is the exploit of runc's CVE-2024-21626 ("Leaky Vessels"), which reaches the host's filesystem on runc before 1.1.12. Remove it and work in an ordinary directory such as \`/app\`.`
          : `${where} puts the working directory in \`/${dir}\`, where the container runtime mounts ${MOUNTED[dir]} over the image's files: what is put there is hidden in RUN steps and in the container. Use an ordinary directory such as \`/app\`.`
      })
    }
    return problems
  }
} satisfies Rule
