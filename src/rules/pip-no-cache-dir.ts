import { insertFlag } from '../dockerfile/helpers.js'
import { hasOption, isVerb } from '../shell/package-managers.js'
import { fillers, leftInLayer, variable } from './data/caches.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'pip-no-cache-dir',
  title: 'Install Python packages with `pip install --no-cache-dir`',
  severity: 'note',
  defaults:
    'On, as a note: it only costs image size, but pip\'s cache holds a second copy of every package installed, hundreds of megabytes for scientific or machine-learning stacks. Build stages whose files the final image only copies from are not checked.',
  tags: ['image-size'],
  precision: 'high',
  // hadolint's DL3042 spec cases are all in the test file; those with a PIP_NO_CACHE_DIR of `0`,
  // `off`, `no` or `false` pass here (see differences). Beyond them this rule also takes
  // `python3 -m pip`, `env PIP_NO_CACHE_DIR=…`, a cache mount at a moved cache (`--cache-dir`,
  // PIP_CACHE_DIR), `pip cache purge` or an `rm` of the cache later in the RUN, and checks a stage only
  // when the final image is built FROM it. KICS's f2f903fb samples are in the test file too: it also
  // reports a stage the final image does not use.
  related: { hadolint: ['DL3042'], kics: ['f2f903fb'] },
  differences:
    'hadolint reports `pip install` when `PIP_NO_CACHE_DIR` is `0`, `off`, `no` or `false`. pip turns its cache off for *any* value it accepts there, false ones included (kept for backward compatibility, as its source says), so those images hold no cache and this rule does not report them. It also checks only the stages the final image is built from, and accepts a cleanup later in the same RUN.\n\nKICS\'s f2f903fb reports a `pip install` in any stage, one the final image never uses included (its own sample), and asks for `--no-cache-dir` even where `PIP_NO_CACHE_DIR`, a cache mount or a later `pip cache purge` keeps the cache out of the layer.',
  rationale:
    '`pip` keeps a copy of every package it downloads or builds in ~/.cache/pip, so that the next install on the same machine is faster. In an image there is no next install: the cache only doubles the space the packages take, often hundreds of megabytes.',
  fix: 'Add `--no-cache-dir` to `pip install`, or set `ENV PIP_NO_CACHE_DIR=1` once for the stage. With BuildKit you can instead keep the cache in a mount, which also speeds up rebuilds: `RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt`.',
  examples: {
    bad: 'FROM python:3.12-slim\nWORKDIR /app\nRUN pip install flask==3.0.3\nUSER 10001\nCMD ["flask", "run"]\n',
    good: 'FROM python:3.12-slim\nWORKDIR /app\nRUN pip install --no-cache-dir flask==3.0.3\nUSER 10001\nCMD ["flask", "run"]\n'
  },
  fixable: true,
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const { command, pc, run } of fillers(dockerfile, (pc) => pc.program === 'pip' && isVerb(pc, 'install') && !hasOption(pc, '--no-cache-dir'))) {
      // Any value pip accepts turns the cache off, `false` too; an unknown one may.
      const off = variable(dockerfile, run, command, 'PIP_NO_CACHE_DIR')
      if ((off !== 'unset' && off !== '') || !leftInLayer(dockerfile, run, command, 'pip')) continue
      problems.push({
        at: { start: command.start, end: command.end },
        message: '`pip install` keeps a copy of every package it downloads in ~/.cache/pip, where it stays in the image: add `--no-cache-dir`.',
        fix: insertFlag(dockerfile, run, pc.verb!, '--no-cache-dir')
      })
    }
    return problems
  }
} satisfies Rule
