import rule from '../../src/rules/trusted-syntax-frontend.js'
import { testRule } from '../helpers/test-rule.js'

const body = 'FROM alpine:3.20\n'

testRule(rule, {
  valid: [
    `# syntax=docker/dockerfile:1\n${body}`,
    { name: 'no directive', code: body },
    { name: 'Docker Hub spelled out, with labs and a digest', code: `# syntax=docker.io/docker/dockerfile:1.7-labs@sha256:dbbd5e059e8a07ff7ea6233b213b36aa516b4c53c645f1817a4dd18b83cbea56\n${body}` },
    { name: 'the upstream builds', code: `#syntax = docker/dockerfile-upstream:master\n${body}` },
    { name: 'upper-case directive name', code: `# SYNTAX=docker/dockerfile:1.4\n${body}` },
    { name: 'next to other directives', code: `# escape=\`\n# syntax=docker/dockerfile:1\n${body}` },
    { name: 'a comment after the first instruction is not a directive', code: `${body}# syntax=example/frontend\n` },
    { name: 'a comment line before it makes it a comment', code: `# build me with buildx\n# syntax=example/frontend\n${body}` },
    { name: 'Docker\'s frontend after a #! line', code: `#!/usr/bin/env -S docker build -f\n# syntax=docker/dockerfile:1\n${body}` }
  ],
  invalid: [
    { code: `# syntax=ghcr.io/example/frontend:1\n${body}`, lines: [1], messages: ['`# syntax=ghcr.io/example/frontend:1`'] },
    { name: 'another Docker Hub namespace', code: `# syntax=tonistiigi/dockerfile:runmount20180618\n${body}`, lines: [1] },
    { name: 'a look-alike repository', code: `# syntax=docker/dockerfile-frontend:1\n${body}`, lines: [1] },
    { name: 'a look-alike namespace', code: `# syntax=dockerr/dockerfile:1\n${body}`, lines: [1] },
    { name: 'docker/dockerfile on another registry', code: `# syntax=registry.example.com/docker/dockerfile:1\n${body}`, lines: [1] },
    { name: 'the second directive', code: `# check=error=true\n# syntax=example/frontend\n${body}`, lines: [2] },
    { name: 'frontend arguments after the image', code: `# syntax=example/frontend:1 --debug\n${body}`, lines: [1], messages: ['run `example/frontend:1`'] },
    { name: 'after a #! line (BuildKit skips it to find the frontend)', code: `#!/usr/bin/env -S docker build -f\n# syntax=example/frontend\n${body}`, lines: [2] }
  ]
})
