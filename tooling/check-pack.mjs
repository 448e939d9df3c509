// Fails when `npm pack` would put test code into the tarball of the package it runs in: tests,
// stories, benchmarks, fixtures, test helpers or the hardening harness and its payloads.
import { execFileSync } from 'node:child_process'

const TEST_CODE = [
  /\.(test|spec|stories|bench)\.[cm]?[jt]sx?(\.map)?$/,
  /(^|\/)test-[^/]*$/,
  /(^|\/)(test-support|test-fixtures|fixtures|hardening|__tests__)\//,
]

const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
})
const [pack] = JSON.parse(output)
const found = pack.files.map((file) => file.path).filter((path) => TEST_CODE.some((rule) => rule.test(path)))
if (found.length > 0) {
  console.error(`${pack.name}: the tarball would hold test code:\n  ${found.join('\n  ')}`)
  process.exit(1)
}
console.log(`${pack.name}: ${pack.files.length} files, no test code`)
