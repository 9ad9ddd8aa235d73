import { downloads, lastFillers, leftInLayer } from './data/caches.js'
import type { Problem, Rule } from './types.js'

const DNF = new Set(['dnf', 'dnf5', 'microdnf', 'tdnf'])

export default {
  id: 'dnf-clean-all',
  title: 'Run `dnf clean all` in the RUN that installs with dnf',
  severity: 'note',
  defaults:
    'On, as a note: it only costs image size, but dnf\'s metadata cache is often a hundred megabytes or more, and official images clean it. Build stages whose files the final image only copies from are not checked.',
  tags: ['image-size'],
  precision: 'high',
  // The cases of hadolint's DL3040 spec, Trivy's DS019 and DS027 tests and KICS's 295acb63 samples are in
  // the test file. KICS also takes a `dnf clean` in a later RUN, which none of its samples has.
  equivalents: { hadolint: ['DL3040'], trivy: ['DS019', 'DS027'], kics: ['295acb63'] },
  differences:
    "Beyond hadolint's cases, `dnf5` and `tdnf` are checked too, and so are upgrades and group installs. The clean must be the same program's `clean all`, after the last install of the RUN (hadolint accepts any word `clean` or `all`), and an `rm` must delete the cache directory (hadolint accepts any `rm -rf`); a cache or tmpfs mount on it passes. Only the stages the final image is built from are checked.",
  rationale:
    '`dnf` and `microdnf` keep the repository metadata they download, and with `keepcache` the packages too, under /var/cache (dnf, libdnf5 or yum). Nothing needs them once the packages are installed, and cleaning in a later RUN saves nothing: the layer that downloaded them keeps them.',
  fix: 'End the RUN that installs with `&& dnf clean all` (`microdnf clean all` for microdnf). With BuildKit you can instead keep the cache in a mount: `RUN --mount=type=cache,target=/var/cache/dnf dnf install -y …`.',
  examples: {
    bad: 'FROM fedora:44\nRUN dnf install -y --setopt=install_weak_deps=False httpd-2.4.62\nUSER 10001\nCMD ["httpd", "-DFOREGROUND"]\n',
    good: 'FROM fedora:44\nRUN dnf install -y --setopt=install_weak_deps=False httpd-2.4.62 && dnf clean all\nUSER 10001\nCMD ["httpd", "-DFOREGROUND"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const { command, pc, run } of lastFillers(dockerfile, (pc) => DNF.has(pc.program) && downloads(pc))) {
      if (!leftInLayer(dockerfile, run, command, pc.program)) continue
      problems.push({
        at: { start: command.start, end: command.end },
        message: `\`${pc.program} ${pc.verb!.value}\` leaves the repository metadata it downloads in /var/cache, and no \`${pc.program} clean all\` follows in this RUN, so it stays in the image: end the RUN with \`&& ${pc.program} clean all\`.`
      })
    }
    return problems
  }
} satisfies Rule
