import { downloads, lastFillers, leftInLayer } from './data/caches.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'yum-clean-all',
  title: 'Run `yum clean all` in the RUN that installs with yum',
  severity: 'note',
  defaults:
    'On, as a note: it only costs image size, but yum\'s metadata cache is often a hundred megabytes or more, and official images clean it. Build stages whose files the final image only copies from are not checked.',
  tags: ['image-size'],
  precision: 'high',
  // The cases of hadolint's DL3032 spec, Trivy's DS015 tests and KICS's 00481784 samples are in the test
  // file; both also report a stage the final image does not use, and KICS misreads a sample (see differences).
  equivalents: { hadolint: ['DL3032'] },
  related: { trivy: ['DS015'], kics: ['00481784'] },
  differences:
    "Beyond hadolint's cases, upgrades (`yum update`, `yum upgrade`, …) and group installs are checked too. The clean must be `yum clean all`, after the last install of the RUN (hadolint accepts any `yum` word `clean` or `all`), and an `rm` must delete /var/cache/yum (hadolint accepts any `rm -rf`); a cache or tmpfs mount there passes. Only the stages the final image is built from are checked.\n\nTrivy's DS015 reports a `yum install` in any stage, one the final image never uses included (its `test_basic_denied`), and takes no `rm` or cache mount for a clean.\n\nKICS's 00481784 passes `yum install \\` followed by `yum clean all` on the next line (its own sample): with no `&&` between them that is one command, which installs packages named `yum`, `clean` and `all` and cleans nothing, so it is reported here.",
  rationale:
    '`yum` keeps the repository metadata it downloads, and with `keepcache` the packages too, in /var/cache/yum. Nothing needs them once the packages are installed, and cleaning in a later RUN saves nothing: the layer that downloaded them keeps them.',
  fix: 'End the RUN that installs with `&& yum clean all` (or `&& rm -rf /var/cache/yum`). With BuildKit you can instead keep the cache in a mount: `RUN --mount=type=cache,target=/var/cache/yum yum install -y …`.',
  examples: {
    bad: 'FROM rockylinux:9\nRUN yum install -y httpd-2.4.6\nUSER 10001\nCMD ["httpd", "-DFOREGROUND"]\n',
    good: 'FROM rockylinux:9\nRUN yum install -y httpd-2.4.6 && yum clean all\nUSER 10001\nCMD ["httpd", "-DFOREGROUND"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const { command, pc, run } of lastFillers(dockerfile, (pc) => pc.program === 'yum' && downloads(pc))) {
      if (!leftInLayer(dockerfile, run, command, 'yum')) continue
      problems.push({
        at: { start: command.start, end: command.end },
        message: `\`yum ${pc.verb!.value}\` leaves the repository metadata it downloads in /var/cache/yum, and nothing in this RUN cleans it, so it stays in the image: end the RUN with \`&& yum clean all\`.`
      })
    }
    return problems
  }
} satisfies Rule
