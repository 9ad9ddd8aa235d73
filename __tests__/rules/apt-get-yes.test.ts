import rule from '../../src/rules/apt-get-yes.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM debian:bookworm-slim\n'

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3014Spec.hs (each also as an ONBUILD trigger)
    { name: 'DL3014: apt-get install -yq python', code: FROM + 'RUN apt-get install -yq python\n' },
    { name: 'DL3014: apt-get install -yq python (onbuild)', code: FROM + 'ONBUILD RUN apt-get install -yq python\n' },
    { name: 'DL3014: quiet level 2 implies -y', code: FROM + 'RUN apt-get install -qq python\n' },
    { name: 'DL3014: quiet level 2 implies -y (onbuild)', code: FROM + 'ONBUILD RUN apt-get install -qq python\n' },
    { name: 'DL3014: apt-get install -y python', code: FROM + 'RUN apt-get install -y python\n' },
    { name: 'DL3014: apt-get install -y python (onbuild)', code: FROM + 'ONBUILD RUN apt-get install -y python\n' },
    { name: 'DL3014: apt-get -y install python', code: FROM + 'RUN apt-get -y install python\n' },
    { name: 'DL3014: apt-get -y install python (onbuild)', code: FROM + 'ONBUILD RUN apt-get -y install python\n' },
    { name: 'DL3014: apt-get --yes install python', code: FROM + 'RUN apt-get --yes install python\n' },
    { name: 'DL3014: apt-get --yes install python (onbuild)', code: FROM + 'ONBUILD RUN apt-get --yes install python\n' },
    { name: 'DL3014: apt-get --assume-yes install python', code: FROM + 'RUN apt-get --assume-yes install python\n' },
    { name: 'DL3014: apt-get --assume-yes install python (onbuild)', code: FROM + 'ONBUILD RUN apt-get --assume-yes install python\n' },
    // Trivy checks/docker/apt_get_missing_yes_flag_to_avoid_manual_input_test.rego
    { name: 'DS021: test_allowed', code: 'FROM node:12\nRUN apt-get -fmy install apt-utils\n' },
    { name: 'DS021: test_with_short_flags_behind_allowed', code: 'FROM node:12\nRUN apt-get install -fmy apt-utils\n' },
    { name: 'DS021: test_with_long_flags_behind_allowed', code: 'FROM node:12\nRUN apt-get install --assume-yes apt-utils\n' },
    { name: 'DS021: test_json_array_short_flag_allowed', code: 'FROM node:12\nRUN ["apt-get", "-fmy", "install", "apt-utils"]\n' },
    { name: 'DS021: test_json_array_long_flag_allowed', code: 'FROM node:12\nRUN ["apt-get", "--yes", "-q", "install", "apt-utils"]\n' },
    { name: 'DS021: test_chained_allowed', code: 'FROM node:12\nRUN apt-get update && apt-get -y install apt-utils\n' },
    { name: 'DS021: test_flags_after_pkgs_allowed', code: 'FROM debian:11-slim\nRUN apt-get update && apt-get install tzdata postgresql-10 -y && rm -rf /var/lib/apt/lists/*\n' },
    // KICS assets/queries/dockerfile/apt_get_missing_flags_to_avoid_manual_input/test (negative9 is negative1 in lower case)
    { name: 'kics 77783205: negative1', code: 'FROM node:12\nRUN apt-get -y install apt-utils\nRUN apt-get -qy install git gcc\nRUN ["apt-get", "-y", "install", "apt-utils"]\nRUN ["pwsh.exe", "-NoLogo", "-Command", "vcpkg integrate install"]\n' },
    { name: 'kics 77783205: negative3', code: 'FROM node:12\nRUN apt-get --yes install apt-utils\nRUN ["sudo", "apt-get", "--yes" ,"install", "apt-utils"]\n' },
    { name: 'kics 77783205: negative4', code: 'FROM node:12\nRUN sudo apt-get -qq install apt-utils\nRUN ["apt-get", "-qq", "install", "apt-utils"] \n' },
    { name: 'kics 77783205: negative5', code: 'FROM node:12\nRUN apt-get --assume-yes install apt-utils\nRUN ["sudo", "apt-get", "--assume-yes", "install", "apt-utils"] \n' },
    { name: 'kics 77783205: negative6', code: 'FROM node:12\nRUN sudo apt-get -q=2 install apt-utils\nRUN ["apt-get", "-q=2", "install", "apt-utils"]' },
    { name: 'kics 77783205: negative7', code: 'FROM node:12\nRUN apt-get --quiet --quiet install sl\nRUN ["apt-get", "--quiet", "--quiet" ,"install", "apt-utils"] \n' },
    { name: 'kics 77783205: negative8', code: 'FROM node:12\nRUN apt-get -q -q install sl\nRUN ["apt-get", "-q", "-q", "apt-utils"]\n' },
    { name: 'kics 77783205: negative9', code: 'from node:12\nrun apt-get -y install apt-utils\nrun apt-get -qy install git gcc\nrun ["apt-get", "-y", "install", "apt-utils"]\n' },
    // beyond hadolint
    { name: '-q -q', code: FROM + 'RUN apt-get -q -q install python\n' },
    { name: '--quiet --quiet', code: FROM + 'RUN apt-get --quiet --quiet install python\n' },
    { name: '-q=2', code: FROM + 'RUN apt-get -q=2 install python\n' },
    { name: '--quiet=2', code: FROM + 'RUN apt-get install --quiet=2 python\n' },
    { name: 'clustered with other flags', code: FROM + 'RUN apt-get install -qqy --no-install-recommends python\n' },
    { name: 'flag after the packages', code: FROM + 'RUN apt-get install python -y\n' },
    { name: 'assume-yes through -o', code: FROM + 'RUN apt-get -o APT::Get::Assume-Yes=true install python\n' },
    { name: 'assume-yes written to apt.conf.d earlier', code: FROM + `RUN echo 'APT::Get::Assume-Yes "true";' > /etc/apt/apt.conf.d/90yes\nRUN apt-get install python\n` },
    { name: 'answers piped in', code: FROM + 'RUN yes | apt-get install python\n' },
    { name: 'answers piped into sudo', code: FROM + 'RUN yes | sudo apt-get install python\n' },
    { name: 'answers from a here-string', code: FROM + 'RUN apt-get install python <<< y\n' },
    { name: 'options in an unknown variable', code: FROM + 'RUN apt-get install $APT_OPTIONS python\n' },
    { name: 'options in a known variable', code: FROM + 'ARG APT_OPTIONS="-y --no-install-recommends"\nRUN apt-get install $APT_OPTIONS python\n' },
    { name: 'verbs that do not ask', code: FROM + 'RUN apt-get update && apt-get clean && apt-get download python && apt-cache policy python\n' },
    { name: 'install as a package name is not the verb', code: FROM + 'RUN apt-get download install\n' },
    { name: 'other package managers', code: 'FROM alpine:3.20\nRUN apk add curl\n' }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3014Spec.hs
    {
      name: 'DL3014: apt-get install python',
      code: FROM + 'RUN apt-get install python\n',
      lines: [2],
      messages: ['`apt-get install` without `-y` asks for confirmation'],
      fix: 'install -y'
    },
    { name: 'DL3014: apt-get install python (onbuild)', code: FROM + 'ONBUILD RUN apt-get install python\n', lines: [2] },
    // Trivy checks/docker/apt_get_missing_yes_flag_to_avoid_manual_input_test.rego
    { name: 'DS021: test_denied', code: 'FROM node:12\nRUN apt-get install python=2.7\n', lines: [2] },
    { name: 'DS021: test_json_array_denied', code: 'FROM node:12\nRUN ["apt-get", "install", "apt-utils"]\n', lines: [2] },
    // KICS assets/queries/dockerfile/apt_get_missing_flags_to_avoid_manual_input/test (positive1-3 are not in the stored copy)
    { name: 'kics 77783205: positive4', code: 'FROM node:12\nRUN ["sudo", "apt-get", "-q" ,"install", "apt-utils"]\nRUN sudo apt-get -q install apt-utils\n', lines: [2, 3] },
    { name: 'kics 77783205: positive5', code: 'FROM node:12\nRUN ["sudo", "apt-get", "--quiet", "install", "apt-utils"] \nRUN sudo apt-get --quiet install apt-utils', lines: [2, 3] },
    { name: 'kics 77783205: positive6', code: 'FROM node:12\nRUN sudo apt-get --quiet install sl\nRUN ["apt-get", "--quiet" ,"install", "apt-utils"] ', lines: [2, 3] },
    { name: 'kics 77783205: positive7', code: 'FROM node:12\nRUN sudo apt-get -q install sl\nRUN ["apt-get", "-q", "install", "apt-utils"] ', lines: [2, 3] },
    { name: 'kics 77783205: positive8', code: 'from node:12\nrun apt-get install python=2.7\nrun apt-get install apt-utils\nrun ["apt-get", "install", "apt-utils"]\n', lines: [2, 3, 4] },
    // beyond hadolint
    { name: 'a single -q does not answer', code: FROM + 'RUN apt-get -q install python\n', lines: [2] },
    { name: 'quiet level 1', code: FROM + 'RUN apt-get -q=1 install python\n', lines: [2] },
    { name: 'apt install', code: FROM + 'RUN apt install python\n', lines: [2], messages: ['`apt install` without `-y`'] },
    { name: 'the other verbs that ask', code: FROM + 'RUN apt-get dist-upgrade && apt-get purge curl && apt-get autoremove && apt-get build-dep python3\n', lines: [2, 2, 2, 2], messages: ['`apt-get dist-upgrade`', '`apt-get purge`', '`apt-get autoremove`', '`apt-get build-dep`'] },
    { name: 'DEBIAN_FRONTEND does not answer', code: FROM + 'RUN DEBIAN_FRONTEND=noninteractive apt-get install python\n', lines: [2] },
    { name: 'an option value is not the verb', code: FROM + 'RUN apt-get -t bookworm-backports install python\n', lines: [2], fix: 'install -y' },
    { name: 'sudo and env wrappers', code: FROM + 'RUN sudo env DEBIAN_FRONTEND=noninteractive apt-get install python\n', lines: [2] },
    { name: 'xargs gives no answers', code: FROM + 'RUN cat packages.txt | xargs apt-get install\n', lines: [2] },
    { name: 'inside sh -c', code: FROM + `RUN sh -c 'apt-get update && apt-get install curl'\n`, lines: [2], fix: 'install -y' },
    { name: 'inside a heredoc', code: FROM + 'RUN <<EOF\napt-get update\napt-get install curl\nEOF\n', lines: [4] },
    { name: 'line continuation', code: FROM + 'RUN apt-get update \\\n  && apt-get install \\\n    curl\n', lines: [3] },
    { name: 'exec form', code: FROM + 'RUN ["apt-get", "install", "curl"]\n', lines: [2], fix: '"install", "-y"' },
    { name: 'known variable holds packages only', code: FROM + 'ENV PACKAGES="curl git"\nRUN apt-get install $PACKAGES\n', lines: [3] },
    { name: 'assume-yes written only later', code: FROM + `RUN apt-get install python\nRUN echo 'APT::Get::Assume-Yes "true";' > /etc/apt/apt.conf.d/90yes\n`, lines: [2] },
    { name: 'assume-yes set to false', code: FROM + 'RUN apt-get -o APT::Get::Assume-Yes=false install python\n', lines: [2] },
    { name: 'in every stage', code: FROM + 'RUN apt-get install gcc\nFROM debian:bookworm-slim\nRUN apt-get install curl\n', lines: [2, 4] }
  ]
})
