import rule from '../../src/rules/no-apt.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM ubuntu:24.04\n'

testRule(rule, {
  valid: [
    // Checkov tests/dockerfile/checks/example_RunUsingAPT
    { name: 'CKV_DOCKER_9: success', code: 'FROM busybox:1.0\nRUN apt-get install curl\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1' },
    { name: 'CKV_DOCKER_9: success2', code: 'FROM ubuntu\n\nRUN apt-get update && \\\n    apt-get install --yes --no-install-recommends \\\n        git && \\\n    apt-get clean autoclean && \\\n    apt-get autoremove --yes && \\\n    cd /var/lib && \\\n    rm -rf apt dpkg cache log' },
    {
      name: 'CKV_DOCKER_9: success3',
      code: 'FROM cypress/included:13.6.1\nRUN apt-get update -qq && apt-get install -y gnupg curl && \\\n    echo "deb [signed-by=/usr/share/keyrings/cloud.google.gpg] https://packages.cloud.google.com/apt cloud-sdk main" | tee -a /etc/apt/sources.list.d/google-cloud-sdk.list && \\\n    curl -sf https://packages.cloud.google.com/apt/doc/apt-key.gpg | apt-key --keyring /usr/share/keyrings/cloud.google.gpg add - && \\\n    apt-get update && apt-get install -y google-cloud-sdk kubectl google-cloud-sdk-gke-gcloud-auth-plugin && apt-get clean'
    },
    // KICS assets/queries/dockerfile/run_using_apt/test
    { name: 'kics b84a0b47: negative1', code: 'FROM busybox:1.0\nRUN apt-get install curl\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1 \n' },
    { name: 'kics b84a0b47: negative2', code: 'from busybox:1.0\nrun apt-get install curl\nhealthcheck CMD curl --fail http://localhost:3000 || exit 1 \n' },
    // beyond them
    { name: 'apt-get', code: FROM + 'RUN apt-get update && apt-get install -y curl\n' },
    { name: 'apt-cache', code: FROM + 'RUN apt-cache policy curl\n' },
    { name: 'apt as an argument', code: FROM + 'RUN rm -rf /var/lib/apt/lists/* && echo apt\n' },
    { name: 'apt-key and apt-mark are other tools', code: FROM + 'RUN apt-mark hold curl && apt-key list\n' }
  ],
  invalid: [
    // Checkov tests/dockerfile/checks/example_RunUsingAPT
    { name: 'CKV_DOCKER_9: failure', code: 'FROM busybox:1.0\nRUN apt install curl\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\n', lines: [2] },
    { name: 'CKV_DOCKER_9: failure2', code: 'FROM ubuntu\n\nRUN apt install curl\nRUN apt-get update && \\\n    apt-get install --yes --no-install-recommends \\\n        git && \\\n    apt-get clean autoclean && \\\n    apt-get autoremove --yes && \\\n    cd /var/lib && \\\n    rm -rf apt dpkg cache log', lines: [3] },
    { name: 'CKV_DOCKER_9: failure3', code: 'FROM ubuntu\n\nRUN apt update && \\\n    apt-get install --yes --no-install-recommends \\\n        git && \\\n    apt-get clean autoclean && \\\n    apt-get autoremove --yes && \\\n    cd /var/lib && \\\n    rm -rf apt dpkg cache log', lines: [3], messages: ['`apt update`'] },
    // KICS assets/queries/dockerfile/run_using_apt/test
    { name: 'kics b84a0b47: positive', code: 'FROM busybox:1.0\nRUN apt install curl\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1 \n', lines: [2] },
    { name: 'kics b84a0b47: positive2', code: 'from busybox:1.0\nrun apt install curl\nhealthcheck CMD curl --fail http://localhost:3000 || exit 1 \n', lines: [2] },
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
