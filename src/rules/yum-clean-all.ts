import { downloads, lastFillers, leftInLayer } from './data/caches.js'
import type { Rule } from './types.js'

export default {
  id: 'yum-clean-all',
  title: 'Run `yum clean all` in the RUN that installs with yum',
  severity: 'note',
  defaults:
    'On, as a note: it only costs image size, but yum\'s metadata cache is often a hundred megabytes or more, and official images clean it. Build stages whose files the final image only copies from are not checked.',
  tags: ['image-size'],
  precision: 'high',
  // hadolint's DL3032 spec cases are all in the test file.
  equivalents: { hadolint: ['DL3032'] },
  related: { trivy: ['DS015'], kics: ['00481784'] },
  differences:
    "Beyond hadolint's cases, upgrades (`yum update`, `yum upgrade`, …) and group installs are checked too. The clean must be `yum clean all`, after the last install of the RUN (hadolint accepts any `yum` word `clean` or `all`), and an `rm` must delete /var/cache/yum (hadolint accepts any `rm -rf`); a cache or tmpfs mount there passes. Only the stages the final image is built from are checked.",
  rationale:
    '`yum` keeps the repository metadata it downloads, and with `keepcache` the packages too, in /var/cache/yum. Nothing needs them once the packages are installed, and cleaning in a later RUN saves nothing: the layer that downloaded them keeps them.',
  fix: 'End the RUN that installs with `&& yum clean all` (or `&& rm -rf /var/cache/yum`). With BuildKit you can instead keep the cache in a mount: `RUN --mount=type=cache,target=/var/cache/yum yum install -y …`.',
  examples: {
    bad: 'FROM centos:7.9.2009\nRUN yum install -y httpd-2.4.6\nUSER 10001\nCMD ["httpd", "-DFOREGROUND"]\n',
    good: 'FROM centos:7.9.2009\nRUN yum install -y httpd-2.4.6 && yum clean all\nUSER 10001\nCMD ["httpd", "-DFOREGROUND"]\n'
  },
  check: function* (dockerfile) {
    for (const { command, pc, run } of lastFillers(dockerfile, (pc) => pc.program === 'yum' && downloads(pc))) {
      if (!leftInLayer(dockerfile, run, command, 'yum')) continue
      yield {
        at: { start: command.start, end: command.end },
        message: `\`yum ${pc.verb!.value}\` leaves the repository metadata it downloads in /var/cache/yum, and nothing in this RUN cleans it, so it stays in the image: end the RUN with \`&& yum clean all\`.`
      }
    }
  }
} satisfies Rule
