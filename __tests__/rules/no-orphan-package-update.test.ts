import rule from '../../src/rules/no-orphan-package-update.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM debian:bookworm-slim\n'

/** KICS's samples refresh in one RUN and install in the next, then start nginx. */
const kics = (from: string, update: string, install: string) => `FROM ${from}\nRUN ${update}\nRUN ${install}\n\nCMD ["nginx", "-g", "daemon off;"]`
const MYSQL = 'RUN apt-get install -y --no-install-recommends mysql-client \\\n    && rm -rf /var/lib/apt/lists/*\n'

testRule(rule, {
  valid: [
    // Trivy checks/docker/update_instruction_alone_test.rego
    { name: 'DS017: test_multiple_package_managers', code: 'FROM ubuntu:18.04\nRUN apt-get update -y && apt-get upgrade -y && apt-get install -y curl && apk-update\nENTRYPOINT mysql\n' },
    {
      name: 'DS017: test_allowed',
      code: 'FROM ubuntu:18.04\nRUN apt-get update && apt-get install -y --no-install-recommends mysql-client && rm -rf /var/lib/apt/lists/*\nRUN apk update && apk add --no-cache git ca-certificates\nRUN apk --update add easy-rsa\nRUN /bin/sh /scripts/someScript.sh update\nRUN apt-get install -y nginx\nENTRYPOINT mysql\n'
    },
    { name: 'DS017: test_allowed_cmds_separated_by_semicolon', code: 'FROM ubuntu:18.04\nRUN apt-get update -y ; apt-get install -y curl\nENTRYPOINT mysql\n' },
    { name: 'DS017: test_allowed_multiple_install_cmds', code: 'FROM ubuntu:18.04\nRUN apt-get update -y && apt-get upgrade -y && apt-get install -y curl\nENTRYPOINT mysql\n' },
    { name: 'DS017: test_allow_upgrade', code: 'FROM ubuntu:18.04\nRUN test && apt-get update && apt upgrade --yes\n' },
    { name: 'DS017: test_without_install_cmd_allowed', code: 'FROM alpine:latest\nRUN echo "Test"\n' },
    { name: 'DS017: test_non_package_manager_update_allowed', code: 'FROM maven:alpine\nCOPY build.sbt version.sbt ./\nRUN sbt update \n' },
    { name: 'DS017: test_dnf_update_allowed', code: 'FROM centos:8\nRUN dnf update && dnf install -y dnf-plugins-core\n' },
    { name: 'DS017: test_zypper_update_allowed', code: 'FROM opensuse/tumbleweed\nRUN zypper up -y  && zypper install -y curl wget zip unzip tar git\n' },
    { name: 'DS017: test_yum_update_allowed', code: 'FROM centos:latest\nRUN yum update -y && yum -y install java-11-openjdk\n' },
    { name: 'DS017: test_dnf_update_denied (differs: dnf update is an upgrade, which installs)', code: 'FROM centos:8\nRUN dnf update -y\n' },
    { name: 'DS017: test_zypper_update_denied (differs: zypper up is an upgrade, which installs)', code: 'FROM opensuse/tumbleweed\nRUN zypper up -y\n' },
    { name: 'DS017: test_yum_update_denied (differs: yum update is an upgrade, which installs)', code: 'FROM centos:latest\nRUN yum update -y\n' },
    // Checkov tests/dockerfile/checks/example_UpdateNotAlone
    { name: 'CKV_DOCKER_5: success', code: 'FROM base\n\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends foo \\\n && echo gooo\n\nRUN apk update \\\n && apk add --no-cache suuu looo\n\nRUN apk --update add moo\n' },
    // KICS assets/queries/dockerfile/update_instruction_alone/test (negative12 is negative with two apk RUNs, in lower case)
    { name: 'kics 9bae49be: negative', code: 'FROM ubuntu:18.04\nRUN apt-get update \\\n    && apt-get install -y --no-install-recommends mysql-client \\\n    && rm -rf /var/lib/apt/lists/*\nENTRYPOINT ["mysql"]\n' },
    { name: 'kics 9bae49be: negative2', code: 'FROM ubuntu:18.04\nRUN apt-get update && apt-get install -y netcat \\\n    apt-get update && apt-get install -y supervisor\nENTRYPOINT ["mysql"]\n' },
    { name: 'kics 9bae49be: negative4 (pacman is not read here)', code: 'FROM archlinux:latest\nRUN pacman -Syu && pacman -S nginx\n\nCMD ["nginx", "-g", "daemon off;"]' },
    { name: 'kics 9bae49be: negative10', code: 'FROM alpine:latest\nRUN apk update && apk add nginx\nRUN apk --update-cache add vim\nRUN apk -U add nano\n\nCMD ["nginx", "-g", "daemon off;"]' },
    {
      name: 'kics 9bae49be: negative12',
      code: 'from ubuntu:18.04\nrun apt-get update \\\n    && apt-get install -y --no-install-recommends mysql-client \\\n    && rm -rf /var/lib/apt/lists/*\nrun apk update \\\n    && apk add --no-cache git ca-certificates\nrun apk --update add easy-rsa\nentrypoint ["mysql"]\n'
    },
    { name: 'kics 9bae49be: positive4 (differs: yum update is an upgrade, and yum refreshes expired metadata itself)', code: kics('centos:latest', 'yum update', 'yum install nginx') },
    { name: 'kics 9bae49be: positive5 (differs: dnf update is an upgrade, and dnf refreshes expired metadata itself)', code: kics('fedora:latest', 'dnf update', 'dnf install nginx') },
    { name: 'kics 9bae49be: positive6 (differs: pacman is not read here)', code: kics('archlinux:latest', 'pacman -Syu', 'pacman -S nginx') },
    // beyond them
    FROM + 'RUN apt-get update && apt-get install -y --no-install-recommends curl\n',
    { name: 'joined by ;', code: FROM + 'RUN apt-get update -y ; apt-get install -y curl\n' },
    { name: 'upgrade uses the index', code: FROM + 'RUN apt-get update && apt-get upgrade -y\n' },
    { name: 'apt and apt-get are one family', code: FROM + 'RUN apt-get update && apt install -y curl\n' },
    { name: 'apt-cache reads the index', code: FROM + 'RUN apt-get update && apt-cache policy curl\n' },
    { name: 'option values are not verbs', code: FROM + 'RUN apt-get -o Acquire::Retries=3 update && apt-get -o Dpkg::Options::=--force-confold install -y curl\n' },
    { name: 'install through sudo and xargs', code: FROM + 'RUN sudo apt-get update && xargs -a /pkgs.txt sudo apt-get install -y\n' },
    { name: 'install inside sh -c', code: FROM + `RUN apt-get update && sh -c 'apt-get install -y curl'\n` },
    { name: 'a project script may install', code: FROM + 'RUN apt-get update && ./scripts/install-deps.sh\n' },
    { name: 'a script run by bash may install', code: FROM + 'RUN apt-get update && bash /tmp/setup.sh\n' },
    { name: 'apk update then add', code: 'FROM alpine:3.20\nRUN apk update && apk add git\n' },
    { name: 'apk --update add', code: 'FROM alpine:3.20\nRUN apk --update add easy-rsa\n' },
    { name: 'dnf makecache then install', code: 'FROM fedora:40\nRUN dnf makecache && dnf install -y git\n' },
    { name: 'zypper ref then in', code: 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive ref && zypper -n in curl\n' },
    { name: 'an OS upgrade is not an index refresh', code: 'FROM rockylinux:9.3\nRUN yum update -y\n' },
    { name: 'other programs named update', code: FROM + 'RUN sbt update && /bin/sh /scripts/someScript.sh update\n' },
    { name: 'a heredoc RUN', code: FROM + 'RUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n' }
  ],
  invalid: [
    // Trivy checks/docker/update_instruction_alone_test.rego
    { name: 'DS017: test_denied', code: 'FROM ubuntu:18.04\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends mysql-client && rm -rf /var/lib/apt/lists/*\nENTRYPOINT mysql\n', lines: [2] },
    { name: 'DS017: test_json_array_denied', code: 'FROM ubuntu:18.04\nRUN ["apt-get", "update"]\nENTRYPOINT mysql\n', lines: [2] },
    { name: 'DS017: test_chained_denied', code: 'FROM ubuntu:18.04\nRUN apt-get update && adduser mike\nRUN apt-get install -y --no-install-recommends mysql-client && rm -rf /var/lib/apt/lists/*\nENTRYPOINT mysql\n', lines: [2] },
    // Checkov tests/dockerfile/checks/example_UpdateNotAlone
    { name: 'CKV_DOCKER_5: failure', code: 'FROM base\n\nRUN apk update\n', lines: [3], messages: ['`apk update`'] },
    { name: 'CKV_DOCKER_5: failure (Dockerfile.simple)', code: 'FROM base\n\nRUN apk update', lines: [3] },
    // KICS assets/queries/dockerfile/update_instruction_alone/test: reported at the refresh, where KICS reports the install of the next RUN (line 3)
    { name: 'kics 9bae49be: positive (differs: the line)', code: 'FROM ubuntu:18.04\nRUN apt-get update\n' + MYSQL + 'ENTRYPOINT ["mysql"]\n', lines: [2] },
    { name: 'kics 9bae49be: positive1 (differs: the line)', code: kics('alpine:latest', 'apk update', 'apk add nginx'), lines: [2] },
    { name: 'kics 9bae49be: positive2 (differs: the line)', code: kics('opensuse:latest', 'zypper refresh', 'zypper install nginx'), lines: [2] },
    { name: 'kics 9bae49be: positive3 (differs: the line)', code: kics('debian:latest', 'apt update', 'apt install nginx'), lines: [2] },
    { name: 'kics 9bae49be: positive7 (differs: the lines, and the apk update nothing installs from is reported too)', code: 'FROM ubuntu:18.04\nRUN apt-get update\n' + MYSQL + 'RUN apk update\nENTRYPOINT ["mysql"]', lines: [2, 5] },
    { name: 'kics 9bae49be: positive8 (differs: the line)', code: kics('alpine:latest', 'apk update', 'apk add nginx').replace(/^(FROM|RUN|CMD) /gm, (k) => k.toLowerCase()), lines: [2] },
    { name: 'kics 9bae49be: negative5 (differs: an apk update nothing installs from)', code: 'FROM ubuntu:18.04\nRUN apt-get update && apt-get install -y --no-install-recommends mysql-client \\\n    && rm -rf /var/lib/apt/lists/*\nRUN apk update\nENTRYPOINT ["mysql"]\n', lines: [4] },
    { name: 'kics 9bae49be: negative7 (differs: `install` copies files, it installs no package)', code: 'FROM debian:latest\nRUN apt update && install nginx\n\nCMD ["nginx", "-g", "daemon off;"]', lines: [2] },
    // beyond them
    { code: FROM + 'RUN apt-get update\nRUN apt-get install -y curl\n', lines: [2], messages: ['`apt-get update` is not followed by an install in this RUN'] },
    { name: 'chained with something else', code: FROM + 'RUN apt-get update && adduser mike\n', lines: [2] },
    { name: 'install before the update', code: FROM + 'RUN apt-get install -y curl && apt-get update\n', lines: [2] },
    { name: 'cleaning is no install', code: FROM + 'RUN apt-get update && apt-get clean\n', lines: [2] },
    { name: 'another package manager installs', code: FROM + 'RUN apt-get update && pip install requests\n', lines: [2] },
    { name: 'apk update alone', code: 'FROM alpine:3.20\nRUN apk update\n', lines: [2], messages: ['`apk update`'] },
    { name: 'dnf makecache alone', code: 'FROM fedora:40\nRUN dnf -y makecache\n', lines: [2], messages: ['`dnf makecache`'] },
    { name: 'zypper refresh alone', code: 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive refresh\n', lines: [2] },
    { name: 'sudo', code: FROM + 'RUN sudo apt-get update\n', lines: [2] },
    { name: 'inside sh -c', code: FROM + `RUN sh -c 'apt-get update'\n`, lines: [2] },
    { name: 'exec form', code: FROM + 'RUN ["apt-get", "update"]\n', lines: [2] },
    { name: 'ONBUILD trigger', code: FROM + 'ONBUILD RUN apt-get update\n', lines: [2] },
    { name: 'line continuation with a comment line', code: FROM + 'RUN echo start \\\n# refresh\n  && apt-get update\n', lines: [4] },
    { name: 'multi-stage', code: FROM + 'RUN apt-get update && apt-get install -y gcc\nFROM debian:bookworm-slim\nRUN apt-get update\n', lines: [4] }
  ]
})
