import { feedsImage, instructionsOf, isRootUser } from '../dockerfile/helpers.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'no-copy-chown',
  title: "Do not give copied files to the app's user with `--chown`",
  severity: 'note',
  enabledByDefault: false,
  defaults:
    'Off by default: `COPY --chown` to the user the app runs as is the common, documented way to let it write its files, and many apps must write next to their code. Turn it on where policy is that application files are owned by root and read-only to the app, with only its data directories writable.',
  tags: ['security', 'least-privilege', 'CWE-732'],
  securitySeverity: 3.0,
  precision: 'high',
  // KICS's aa93e17f test cases (positive and negative, in upper and lower case) are all in the test file.
  equivalents: { kics: ['aa93e17f'] },
  differences:
    "KICS reports every `--chown`. Here `--chown` to root (`root`, `0`, `0:0`, `root:app`) is not reported, since root-owned files are what the rule asks for, nor is one in a build stage whose files cannot reach the image (no stage of the image is built `FROM` it or copies from it, directly or through other stages: `COPY --from` keeps the owner of what it copies), nor one whose user comes from an ARG or ENV whose value is not known, nor one in a Windows image, where file ownership works differently.",
  rationale:
    'Files copied with `--chown=app` belong to `app`, so any process running as that user can rewrite or delete them, even when their mode is read-only, since an owner can change the mode. If the app is compromised, the attacker can then change its code or configuration and have it run at the next start. Files owned by root stay readable (and executable) by the app but out of its reach.',
  fix: 'Drop `--chown` so the files belong to root (add `--chmod=755` if they are not readable by others), and give the app\'s user only the directories it must write:\n\n```dockerfile\nCOPY . /app/\nRUN mkdir -p /app/data && chown 10001 /app/data\nUSER 10001\n```',
  examples: {
    bad: 'FROM node:22-alpine\nWORKDIR /app\nCOPY --chown=10001:10001 . .\nUSER 10001\nCMD ["node", "server.js"]\n',
    good: 'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nUSER 10001\nCMD ["node", "server.js"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const copy of instructionsOf(dockerfile, 'COPY', 'ADD')) {
      const flag = copy.flags.find((f) => f.name === 'chown')
      const owner = flag?.value && copy.resolve(flag.value)
      if (!flag || !owner || isRootUser(owner) || copy.stage?.windows || !feedsImage(dockerfile, copy)) continue
      const user = owner.split(':')[0]
      problems.push({
        at: flag,
        message: `\`--chown=${flag.value}\` makes \`${user}\` the owner of the copied files, so a process running as \`${user}\` can rewrite them, and whoever takes it over can change the app's code. Leave them owned by root (drop \`--chown\`) and give \`${user}\` only the directories it writes, e.g. \`RUN mkdir -p /app/data && chown ${user} /app/data\`.`
      })
    }
    return problems
  }
} satisfies Rule
