import rule from '../../src/rules/no-apt.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM ubuntu:24.04\n'

testRule(rule, {
  valid: [
    { name: 'apt-get', code: FROM + 'RUN apt-get update && apt-get install -y curl\n' },
    { name: 'apt-cache', code: FROM + 'RUN apt-cache policy curl\n' },
    { name: 'apt as an argument', code: FROM + 'RUN rm -rf /var/lib/apt/lists/* && echo apt\n' },
    { name: 'apt-key and apt-mark are other tools', code: FROM + 'RUN apt-mark hold curl && apt-key list\n' }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3027Spec.hs (also as an ONBUILD trigger)
    { name: 'DL3027: apt install python', code: 'FROM ubuntu\nRUN apt install python\n', lines: [2], messages: ['`apt install`: `apt` is made for people at a terminal and its command line may change between releases. Use `apt-get install` in a Dockerfile.'], fix: 'apt-get' },
    { name: 'DL3027: apt install python (onbuild)', code: 'FROM ubuntu\nONBUILD RUN apt install python\n', lines: [2] },
    // beyond hadolint
    { name: 'each apt command', code: FROM + 'RUN apt update && apt -y install curl\n', lines: [2, 2], fix: 'apt-get' },
    { name: 'queries become apt-cache', code: FROM + 'RUN apt policy curl\n', lines: [2], messages: ['Use `apt-cache policy`'], fix: 'apt-cache' },
    { name: 'apt upgrade has no same-behaving rename', code: FROM + 'RUN apt upgrade -y\n', lines: [2], messages: ['Use `apt-get` (or `apt-cache` to query packages)'] },
    { name: 'a path', code: FROM + 'RUN /usr/bin/apt install -y curl\n', lines: [2], fix: '/usr/bin/apt-get' },
    { name: 'sudo', code: FROM + 'RUN sudo apt install -y curl\n', lines: [2], fix: 'apt-get' },
    { name: 'inside sh -c', code: FROM + `RUN sh -c 'apt install -y curl'\n`, lines: [2], fix: 'apt-get' },
    { name: 'inside a heredoc', code: FROM + 'RUN <<EOF\napt update\nEOF\n', lines: [3] },
    { name: 'exec form', code: FROM + 'RUN ["apt", "install", "-y", "curl"]\n', lines: [2], fix: '"apt-get"' }
  ]
})
