import rule from '../../src/rules/dnf-yes.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM fedora:40\n'

// KICS assets/queries/dockerfile/missing_flag_from_dnf_install/test (positive5, negative5: in lower case)
const KICS_POSITIVE =
  'FROM fedora:27\nRUN set -uex && \\\n    dnf config-manager --set-enabled docker-ce-test && \\\n    dnf install docker-ce && \\\n    dnf clean all\n\nFROM fedora:28\nRUN set -uex\nRUN dnf config-manager --set-enabled docker-ce-test\nRUN dnf in docker-ce\nRUN dnf clean all'
const KICS_NEGATIVE = 'FROM fedora:27\nRUN set -uex && \\\n    dnf config-manager --set-enabled docker-ce-test && \\\n    dnf install -y docker-ce && \\\n    dnf clean all'
const AZURE_CLI =
  'ARG BASE_CONTAINER_REGISTRY\n\n# Base the installer on the Azure CLI image as we require the tool\n# to download the psa-check from the UniversalPackage feed.\n# Additionally, the script to retrieve the Kubernetes schemas\n# requires Python (yaml & requests) which are included by\n# default in the Azure CLI image.\n# hadolint ignore=DL3006\nFROM ${BASE_CONTAINER_REGISTRY:-mcr.microsoft.com}/azure-cli AS installer\n\nARG AZP_URL\nARG AZP_TOKEN\n\nARG DCP_INSTALLATION=infra-test\n\nARG HADOLINT_VERSION=2.12.0\nARG KUSTOMIZE_VERSION=5.5.0\nARG KUBECONFORM_VERSION=0.6.7\nARG FLYWAY_VERSION=11.1.0\n\nRUN tdnf install '
const PACKAGES = '\\\n    jq \\\n    tar \\\n    libicu \\\n    python3-requests \\\n    python3-yaml\n'
const MICRODNF = 'FROM fedora:27\nRUN microdnf install OPTION\\\n    openssl-libs-1:1.1.1k-6.el8_5.x86_64 \\\n    zlib-1.2.11-18.el8_5.x86_64 \\\n && microdnf clean all\n'
const lower = (file: string) => file.replace(/^(FROM|RUN) /gm, (keyword) => keyword.toLowerCase())

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3038Spec.hs (each also as an ONBUILD trigger)
    { name: 'DL3038: dnf install -y', code: FROM + 'RUN dnf install -y httpd-2.4.24 && dnf clean all\n' },
    { name: 'DL3038: dnf install -y (onbuild)', code: FROM + 'ONBUILD RUN dnf install -y httpd-2.4.24 && dnf clean all\n' },
    { name: 'DL3038: notdnf', code: FROM + 'RUN notdnf install httpd\n' },
    { name: 'DL3038: notdnf (onbuild)', code: FROM + 'ONBUILD RUN notdnf install httpd\n' },
    // KICS 7ebd323c
    { name: 'kics 7ebd323c: negative', code: KICS_NEGATIVE },
    { name: 'kics 7ebd323c: negative2', code: KICS_NEGATIVE.replace(/ &&/g, ';') + '\n' },
    { name: 'kics 7ebd323c: negative3', code: MICRODNF.replace('OPTION', '-y ') },
    { name: 'kics 7ebd323c: negative4', code: AZURE_CLI + '-y ' + PACKAGES },
    { name: 'kics 7ebd323c: negative5', code: lower(KICS_NEGATIVE) },
    // beyond hadolint
    { name: 'the microdnf of EL8 assumed yes', code: 'FROM registry.access.redhat.com/ubi8/ubi-minimal:8.10\nRUN microdnf install httpd && microdnf clean all\n' },
    { name: 'oraclelinux:8-slim, through a stage', code: 'FROM oraclelinux:8-slim AS base\nFROM base\nRUN microdnf install gzip tar && microdnf clean all\n' },
    { name: '--assumeyes', code: FROM + 'RUN dnf --assumeyes install httpd\n' },
    { name: 'flag after the packages', code: FROM + 'RUN dnf install httpd -y\n' },
    { name: 'assumeyes through --setopt', code: FROM + 'RUN dnf install --setopt assumeyes=True httpd\n' },
    { name: 'assumeyes written to dnf.conf earlier', code: FROM + "RUN echo 'assumeyes=True' >> /etc/dnf/dnf.conf\nRUN dnf install httpd\n" },
    { name: 'answers piped in', code: FROM + 'RUN yes | dnf install httpd\n' },
    { name: 'options in an unknown variable', code: FROM + 'RUN dnf ${DNF_OPTS} install httpd\n' },
    { name: 'verbs that do not ask', code: FROM + 'RUN dnf makecache && dnf clean all && dnf module list && dnf repoquery httpd\n' },
    { name: 'yum is another rule', code: FROM + 'RUN yum install httpd\n' }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3038Spec.hs
    {
      name: 'DL3038: dnf install without -y',
      code: FROM + 'RUN dnf install httpd-2.4.24 && dnf clean all\n',
      lines: [2],
      messages: ['`dnf install` without `-y` asks for confirmation'],
      fix: 'install -y'
    },
    { name: 'DL3038: dnf install without -y (onbuild)', code: FROM + 'ONBUILD RUN dnf install httpd-2.4.24 && dnf clean all\n', lines: [2] },
    // KICS 7ebd323c (reported at the RUN there, at the command here)
    { name: 'kics 7ebd323c: positive1', code: KICS_POSITIVE, lines: [4, 10] },
    { name: 'kics 7ebd323c: positive2', code: KICS_POSITIVE.replace(/ &&/g, ';') + '\n', lines: [4, 10] },
    { name: 'kics 7ebd323c: positive3: microdnf asks on UBI 9', code: MICRODNF.replace('OPTION', ''), lines: [2], messages: ['`microdnf install` without `-y`'], fix: 'install -y' },
    { name: 'kics 7ebd323c: positive4', code: AZURE_CLI + PACKAGES, lines: [21] },
    { name: 'kics 7ebd323c: positive5', code: lower(KICS_POSITIVE), lines: [4, 10] },
    // beyond hadolint
    { name: 'microdnf on UBI 9', code: 'FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4\nRUN microdnf install httpd && microdnf clean all\n', lines: [2] },
    { name: 'microdnf on an image whose release is not known', code: 'ARG BASE\nFROM $BASE\nRUN microdnf install httpd\n', lines: [3] },
    { name: 'dnf on EL8 asks', code: 'FROM rockylinux:8.9\nRUN dnf install httpd\n', lines: [2] },
    { name: 'groupinstall, localinstall and group install', code: FROM + 'RUN dnf groupinstall "C Development Tools" && dnf localinstall /tmp/x.rpm && dnf group install x\n', lines: [2, 2, 2] },
    { name: 'dnf module install', code: FROM + 'RUN dnf module install nodejs:20\n', lines: [2], messages: ['`dnf module install`'], fix: 'install -y' },
    { name: 'upgrade and remove ask too', code: FROM + 'RUN dnf upgrade && dnf remove vim-minimal && dnf autoremove\n', lines: [2, 2, 2] },
    { name: 'dnf5 and tdnf', code: FROM + 'RUN dnf5 install httpd && tdnf install httpd\n', lines: [2, 2], messages: ['`dnf5 install`', '`tdnf install`'] },
    { name: 'in sh -c', code: FROM + `RUN sh -c "dnf install httpd"\n`, lines: [2], fix: 'install -y' },
    { name: 'exec form', code: FROM + 'RUN ["dnf", "install", "httpd"]\n', lines: [2], fix: '"install", "-y"' },
    { name: 'line continuation', code: FROM + 'RUN dnf install \\\n  httpd \\\n  && dnf clean all\n', lines: [2] }
  ]
})
