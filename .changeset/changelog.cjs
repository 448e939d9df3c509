// Changelog entries as changesets writes them, without "Updated dependencies": the four packages are
// released together at one version, so that line would only repeat the version beside it.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- changesets loads this file with require()
const { default: standard } = require('@changesets/cli/changelog')

module.exports = {
  getReleaseLine: standard.getReleaseLine,
  getDependencyReleaseLine: async () => '',
}
