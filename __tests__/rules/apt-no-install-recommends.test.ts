import rule from '../../src/rules/apt-no-install-recommends.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM debian:bookworm-slim\n'

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3015Spec.hs (each also as an ONBUILD trigger)
    { name: 'DL3015: with the flag', code: FROM + 'RUN apt-get install --no-install-recommends python\n' },
    { name: 'DL3015: with the flag (onbuild)', code: FROM + 'ONBUILD RUN apt-get install --no-install-recommends python\n' },
    { name: 'DL3015: via -o APT::Install-Recommends=false', code: FROM + 'RUN apt-get -o APT::Install-Recommends=false install python\n' },
    { name: 'DL3015: via -o APT::Install-Recommends=false (onbuild)', code: FROM + 'ONBUILD RUN apt-get -o APT::Install-Recommends=false install python\n' },
    // Trivy checks/docker/apt_get_missing_no_install_recommends_test.rego
    { name: 'DS029: test_allowed', code: 'FROM node:12\nRUN apt-get -fmy install --no-install-recommends apt-utils\n' },
    { name: 'DS029: test_with_flag_behind_allowed', code: 'FROM node:12\nRUN apt-get --no-install-recommends install -fmy apt-utils\n' },
    { name: 'DS029: test_json_array_long_flag_allowed', code: 'FROM node:12\nRUN ["apt-get", "--yes", "-q", "--no-install-recommends", "install", "apt-utils"]\n' },
    { name: 'DS029: test_chained_allowed', code: 'FROM node:12\nRUN apt-get update && apt-get --no-install-recommends -y install apt-utils\n' },
    { name: 'DS029: test_flags_after_pkgs_allowed', code: 'FROM debian:11-slim\nRUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata postgresql-10 --no-install-recommends && rm -rf /var/lib/apt/lists/*\n' },
    // KICS assets/queries/dockerfile/apt_get_not_avoiding_additional_packages/test (only negative2 is in the stored
    // copy; its exec form has no `-o`, so apt-get takes the setting for its verb and installs nothing)
    { name: 'kics 7384dfb2: negative2', code: 'from node:12\nrun apt-get --no-install-recommends install apt-utils\nrun ["apt-get", "apt::install-recommends=false", "install", "apt-utils"]\n\n' },
    // beyond hadolint
    { name: 'flag after the packages', code: FROM + 'RUN apt-get install -y curl --no-install-recommends\n' },
    { name: 'not an install', code: FROM + 'RUN apt-get update && apt-get purge -y curl && apt-get -y autoremove\n' },
    { name: 'install as a package name is not the verb', code: FROM + 'RUN apt-get download install\n' },
    { name: 'configured in apt.conf.d earlier in the stage', code: FROM + `RUN echo 'APT::Install-Recommends "0";' > /etc/apt/apt.conf.d/99norecommends\nRUN apt-get update && apt-get install -y curl\n` },
    { name: 'configured in the stage it is built FROM', code: FROM.replace('\n', ' AS base\n') + `RUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/90\nFROM base\nRUN apt-get install -y curl\n` },
    { name: 'other package managers', code: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n' }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3015Spec.hs
    { name: 'DL3015: apt-get install python', code: FROM + 'RUN apt-get install python\n', lines: [2], messages: ['`apt-get install` without `--no-install-recommends`'], fix: 'install --no-install-recommends' },
    { name: 'DL3015: onbuild', code: FROM + 'ONBUILD RUN apt-get install python\n', lines: [2] },
    { name: 'DL3015: apt-get -y install python', code: FROM + 'RUN apt-get -y install python\n', lines: [2] },
    { name: 'DL3015: apt-get -y install python (onbuild)', code: FROM + 'ONBUILD RUN apt-get -y install python\n', lines: [2] },
    // Trivy checks/docker/apt_get_missing_no_install_recommends_test.rego
    { name: 'DS029: test_denied', code: 'FROM node:12\nRUN apt-get install -y python=2.7\n', lines: [2] },
    { name: 'DS029: test_json_array_denied', code: 'FROM node:12\nRUN ["apt-get", "install", "-y", "apt-utils"]\n', lines: [2] },
    // KICS assets/queries/dockerfile/apt_get_not_avoiding_additional_packages/test (positive is positive2 in upper case)
    { name: 'kics 7384dfb2: positive2', code: 'from node:12\nrun apt-get install apt-utils\nrun ["apt-get", "install", "apt-utils"]', lines: [2, 3] },
    // beyond hadolint
    { name: 'apt install', code: FROM + 'RUN apt install -y curl\n', lines: [2], messages: ['`apt install`'] },
    { name: 'sudo and env wrappers', code: FROM + 'RUN sudo -E env DEBIAN_FRONTEND=noninteractive apt-get install -qqy curl\n', lines: [2] },
    { name: 'an option value is not the verb', code: FROM + 'RUN apt-get -t bookworm-backports install -y curl\n', lines: [2], fix: 'install --no-install-recommends' },
    { name: 'inside sh -c', code: FROM + `RUN sh -c 'apt-get update && apt-get install -y curl'\n`, lines: [2], fix: 'install --no-install-recommends' },
    { name: 'inside a heredoc', code: FROM + 'RUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n', lines: [4] },
    { name: 'line continuation with a comment line', code: FROM + 'RUN apt-get update \\\n# tools\n  && apt-get install -y \\\n    curl git\n', lines: [4] },
    { name: 'exec form', code: FROM + 'RUN ["apt-get", "install", "-y", "curl"]\n', lines: [2], fix: '"install", "--no-install-recommends"' },
    { name: 'configured only in a later RUN', code: FROM + `RUN apt-get install -y curl\nRUN echo 'APT::Install-Recommends "0";' > /etc/apt/apt.conf.d/99\n`, lines: [2] },
    { name: 'in every stage', code: FROM + 'RUN apt-get install -y gcc\nFROM debian:bookworm-slim\nRUN apt-get install -y curl\n', lines: [2, 4] }
  ]
})
