import { hasOption } from '../shell/package-managers.js'
import { downloads, lastFillers, leftInLayer } from './data/caches.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'zypper-clean',
  title: 'Run `zypper clean` in the RUN that installs with zypper',
  severity: 'note',
  defaults:
    'On, as a note: it only costs image size, but zypper\'s metadata cache is often tens of megabytes, and official openSUSE based images clean it. Build stages whose files the final image only copies from are not checked.',
  tags: ['image-size'],
  precision: 'high',
  // The cases of hadolint's DL3036 spec, Trivy's DS020 tests and KICS's 38300d1a samples are in the test
  // file; DS020 also asks for a clean after `zypper remove` (see differences).
  equivalents: { hadolint: ['DL3036'], kics: ['38300d1a'] },
  related: { trivy: ['DS020'] },
  differences:
    "Beyond hadolint's cases, upgrades (`zypper update`, `patch`, `dist-upgrade`) are checked too, and an `rm -rf /var/cache/zypp` or a cache or tmpfs mount there passes. An install with `--no-refresh` passes: it downloads no metadata, so its layer holds nothing to clean. Only the stages the final image is built from are checked.\n\nTrivy's DS020 also asks for a clean after `zypper remove` (two of its tests), which downloads nothing, and takes no `rm` or cache mount for a clean.",
  rationale:
    '`zypper` keeps the repository metadata it downloads, and the packages of repositories set to keep them, in /var/cache/zypp. Nothing needs them once the packages are installed, and cleaning in a later RUN saves nothing: the layer that downloaded them keeps them.',
  fix: 'End the RUN that installs with `&& zypper clean --all` (`-a` cleans the metadata as well as the packages). With BuildKit you can instead keep the cache in a mount: `RUN --mount=type=cache,target=/var/cache/zypp zypper install -y …`.',
  examples: {
    bad: 'FROM opensuse/leap:15.6\nRUN zypper install -y apache2=2.4.58\nUSER 10001\nCMD ["httpd", "-DFOREGROUND"]\n',
    good: 'FROM opensuse/leap:15.6\nRUN zypper install -y apache2=2.4.58 && zypper clean --all\nUSER 10001\nCMD ["httpd", "-DFOREGROUND"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    // `--no-refresh` reuses the metadata an earlier layer downloaded, and installed packages are not
    // kept unless a repository asks to: such an install adds nothing to clean.
    for (const { command, pc, run } of lastFillers(dockerfile, (pc) => pc.program === 'zypper' && downloads(pc) && !hasOption(pc, '--no-refresh'))) {
      if (!leftInLayer(dockerfile, run, command, 'zypper')) continue
      problems.push({
        at: { start: command.start, end: command.end },
        message: `\`zypper ${pc.verb!.value}\` leaves the repository metadata it downloads in /var/cache/zypp, and nothing in this RUN cleans it, so it stays in the image: end the RUN with \`&& zypper clean --all\`.`
      })
    }
    return problems
  }
} satisfies Rule
