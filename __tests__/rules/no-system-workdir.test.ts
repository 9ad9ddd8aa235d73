import rule from '../../src/rules/no-system-workdir.js'
import { testRule } from '../helpers/test-rule.js'

// Trivy's checks/docker/prevent_sys_workdir_mounts_test.rego, case by case.
const trivy = (workdir?: string) => `FROM alpine:3.3\nRUN apk --no-cache add nginx\n${workdir ? `WORKDIR ${workdir}\n` : ''}`

testRule(rule, {
  valid: [
    { name: 'DS030: no WORKDIR', code: trivy() },
    { name: 'DS030: an ordinary directory', code: trivy('/path/to/workdir') },
    { name: 'DS030: a name that starts like a system directory', code: trivy('/development') },
    { name: 'DS030: an ordinary directory in quotes', code: trivy('"/path/to/workdir"') },
    // beyond Trivy
    { name: 'the root directory', code: 'FROM alpine:3.20\nWORKDIR /\n' },
    { name: 'system configuration is an ordinary directory of the image', code: 'FROM nginx:1.27\nWORKDIR /etc/nginx\nCOPY nginx.conf .\n' },
    { name: 'names that start like a system directory', code: 'FROM alpine:3.20\nWORKDIR /devel\nWORKDIR /system\nWORKDIR /usr/src/proc\nWORKDIR /app/dev\n' },
    { name: '/boot is not mounted over (Trivy reports it)', code: 'FROM fedora:40\nWORKDIR /boot/efi\n' },
    { name: 'a relative path after an ordinary directory', code: 'FROM alpine:3.20\nWORKDIR /app\nWORKDIR proc\n' },
    { name: 'a relative path with no WORKDIR before it is not guessed at', code: 'FROM alpine:3.20\nWORKDIR proc/self\n' },
    { name: 'an unknown value is not guessed at', code: 'FROM alpine:3.20\nARG DIR\nWORKDIR $DIR/fd\n' },
    { name: '.. that leaves a system directory', code: 'FROM alpine:3.20\nWORKDIR /dev/../app\n' },
    { name: 'a Windows image', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR /dev\n' }
  ],
  invalid: [
    {
      name: 'DS030: a file descriptor',
      code: 'FROM alpine:3.5\nRUN apk add --update py2-pip\nWORKDIR /proc/self/fd/1\n',
      lines: [3],
      messages: ['`WORKDIR /proc/self/fd/1` makes the working directory a file descriptor: that is the exploit of runc\'s CVE-2024-21626']
    },
    { name: 'DS030: a file descriptor in quotes', code: trivy('"/proc/self/fd/1"'), lines: [3], messages: ['`WORKDIR "/proc/self/fd/1"` makes the working directory a file descriptor'] },
    // beyond Trivy
    { name: 'another process\'s file descriptor', code: 'FROM alpine:3.20\nWORKDIR /proc/1/fd/8\n', lines: [2], messages: ['a file descriptor'] },
    { name: 'sysfs', code: 'FROM alpine:3.20\nWORKDIR /sys/fs/cgroup\n', lines: [2], messages: ["puts the working directory in `/sys`, where the container runtime mounts the kernel's sysfs"] },
    { name: 'a directory in /dev', code: 'FROM alpine:3.20\nWORKDIR /dev/shm/app\nCOPY . .\n', lines: [2], messages: ['in `/dev`, where the container runtime mounts a filesystem of device nodes'] },
    { name: 'the system directory itself, with a trailing slash', code: 'FROM alpine:3.20\nWORKDIR /proc/\n', lines: [2], messages: ['`WORKDIR /proc/` (`/proc`) puts the working directory in `/proc`'] },
    { name: 'relative steps into a file descriptor', code: 'FROM alpine:3.20\nWORKDIR /proc/self\nWORKDIR fd/7\n', lines: [2, 3], messages: ['in `/proc`', '`WORKDIR fd/7` (`/proc/self/fd/7`) makes the working directory a file descriptor'] },
    { name: 'relative from the root', code: 'FROM alpine:3.20\nWORKDIR /\nWORKDIR proc/self/fd/8\n', lines: [3], messages: ['(`/proc/self/fd/8`)'] },
    { name: '.. into a system directory', code: 'FROM alpine:3.20\nWORKDIR /app/../proc/self/fd/7\n', lines: [2], messages: ['(`/proc/self/fd/7`) makes the working directory a file descriptor'] },
    { name: 'a value from an ARG', code: 'FROM alpine:3.20\nARG FD=7\nWORKDIR /proc/self/fd/${FD}\n', lines: [3], messages: ['(`/proc/self/fd/7`)'] },
    { name: 'a relative path after the WORKDIR of the stage built FROM', code: 'FROM alpine:3.20 AS base\nWORKDIR /proc/self\nFROM base\nWORKDIR fd/7\n', lines: [2, 4] },
    { name: 'an ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD WORKDIR /proc/self/fd/7\n', lines: [2] },
    { name: 'in a build stage (RUN steps run there too)', code: 'FROM alpine:3.20 AS build\nWORKDIR /proc/self/fd/7\nRUN true\nFROM alpine:3.20\n', lines: [2] },
    { name: 'on a continuation line, CRLF', code: 'FROM alpine:3.20\r\nWORKDIR \\\r\n  /proc/self/fd/7\r\n', lines: [3] }
  ]
})
