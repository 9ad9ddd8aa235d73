import rule from '../../src/rules/valid-from.js'
import { testRule } from '../helpers/test-rule.js'

// BuildKit: instructions/parse.go parseBuildStageName (`^[a-z][a-z0-9-_.]*$` on the lower-cased name, "FROM
// requires either one or three arguments") and dockerfile2llb's reference.ParseNormalizedNamed of the image.
testRule(rule, {
  valid: [
    { name: 'an image with a tag', code: 'FROM alpine:3.20\n' },
    { name: 'a registry with a port, a path and a digest', code: `FROM registry.example.com:5000/team/app:1.2.3@sha256:${'a'.repeat(64)}\n` },
    { name: 'localhost and an IPv6 registry', code: 'FROM localhost/app:dev\nFROM [::1]:5000/app\n' },
    { name: 'a registry in upper case (Docker takes it as a host name)', code: 'FROM MyRegistry/app:1\n' },
    { name: 'separators in the path', code: 'FROM my_org/my-app.web__x:v1.0_rc-1\n' },
    { name: 'a 128-character tag', code: `FROM alpine:${'a'.repeat(128)}\n` },
    { name: 'scratch', code: 'FROM scratch\n' },
    { name: 'a stage name, in any case', code: 'FROM golang:1.22 AS Build\nFROM BUILD\n' },
    { name: 'quoted (BuildKit removes the quotes)', code: 'FROM "alpine:3.20"\n' },
    { name: 'variables are valid-default-arg-in-from\'s', code: 'ARG BASE=Alpine\nFROM $BASE\nFROM ${REGISTRY}/App:1\n' },
    { name: 'stage names', code: 'FROM alpine:3.20 AS build\nFROM alpine:3.20 as build-2.x_y\nFROM alpine:3.20 AS Builder\n' },
    { name: 'a platform flag', code: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n' },
    { name: 'word counts are instruction-arguments\'', code: 'FROM\nFROM alpine:3.20 AS\nFROM alpine:3.20 AS a b\n' },
    { name: 'Windows', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022 AS base\n' },
    { name: 'an ONBUILD FROM is valid-onbuild-trigger\'s', code: 'FROM alpine:3.20\nONBUILD FROM Alpine builder\n' },
    { name: 'CRLF line ends', code: 'FROM alpine:3.20 AS build\r\nFROM build\r\n' }
  ],
  invalid: [
    { name: 'upper case in the name', code: 'FROM Ubuntu:22.04\n', lines: [1], messages: ['`Ubuntu:22.04` has upper case in its name: BuildKit rejects it ("invalid reference format"), "repository name must be lowercase". Write `ubuntu:22.04`.'] },
    { name: 'upper case after a registry', code: 'FROM ghcr.io/Acme/App:1\n', lines: [1], messages: ['Write `ghcr.io/acme/app:1`.'] },
    { name: 'a placeholder', code: 'FROM BASEIMAGE\n', lines: [1], messages: ['has upper case in its name'] },
    { name: 'scratch in upper case', code: 'FROM SCRATCH\n', lines: [1], messages: ['BuildKit knows it only as `scratch`'] },
    { name: 'two colons', code: 'FROM alpine::3.20\n', lines: [1], messages: ['has `::`'] },
    { name: 'an empty tag', code: 'FROM alpine:\n', lines: [1], messages: ['has a tag that is empty'] },
    { name: 'a tag with a character tags cannot have', code: 'FROM node:22+alpine\n', lines: [1], messages: ['has a tag that may only have letters, digits'] },
    { name: 'a tag starting with a dot', code: 'FROM node:.22\n', lines: [1], messages: ['has a tag that may only have'] },
    { name: 'a tag longer than 128 characters', code: `FROM alpine:${'a'.repeat(129)}\n`, lines: [1], messages: ['is longer than 128 characters'] },
    { name: 'a short digest', code: 'FROM alpine@sha256:abc\n', lines: [1], messages: ['has a digest that is not `sha256:` followed by 64 hexadecimal digits'] },
    { name: 'an empty path component', code: 'FROM library//alpine:3.20\n', lines: [1], messages: ['is not a valid image reference'] },
    { name: 'a trailing separator', code: 'FROM alpine-:3.20\n', lines: [1], messages: ['is not a valid image reference'] },
    { name: 'the stage name left out of AS', code: 'FROM golang:1.22 builder\n', lines: [1], messages: ['`builder` follows the image without `AS`: BuildKit rejects it ("FROM requires either one or three arguments"). Name the stage with `AS builder`.'], fix: 'AS ' },
    { name: 'a typo of AS', code: 'FROM golang:1.22 ASS builder\n', lines: [1], messages: ['`ASS` stands where `AS` belongs'], fix: 'AS' },
    { name: 'a tag written after a space', code: 'FROM alpine 3.20\n', lines: [1], messages: ['To give the image a tag, write `alpine:3.20`.'] },
    { name: 'another word', code: 'FROM alpine:3.20 with tools\n', lines: [1], messages: ['`with` is not `AS`'] },
    { name: 'a stage name starting with a digit', code: 'FROM alpine:3.20 AS 1st\n', lines: [1], messages: ['BuildKit rejects the stage name `1st` ("invalid name for build stage"): a stage name starts with a letter'] },
    { name: 'a stage name with a symbol', code: 'FROM alpine:3.20 AS build:dev\n', lines: [1], messages: ['the stage name `build:dev`'] },
    { name: 'a stage name from a variable', code: 'ARG NAME=build\nFROM alpine:3.20 AS ${NAME}\n', lines: [2], messages: ['BuildKit does not expand variables in them'] },
    { name: 'both the image and the stage name', code: 'FROM Alpine AS 2nd\n', lines: [1, 1] },
    { name: 'CRLF line ends', code: 'FROM alpine:3.20 build\r\n', lines: [1], fix: 'AS ' },
    { name: 'each stage, over a continuation', code: 'FROM alpine:3.20 AS a\nFROM \\\n  Alpine:3.20\n', lines: [3] }
  ]
})
