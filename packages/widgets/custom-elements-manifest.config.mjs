// The custom-elements manifest that Storybook's docs pages and editors' tooling read.
const TAGS = {
  VsOrgChart: 'vs-org-chart',
  VsTimeline: 'vs-timeline',
  VsPrincipleCards: 'vs-principle-cards',
  VsSupportAreas: 'vs-support-areas',
  VsGovernance: 'vs-governance',
}

/**
 * Widgets register through a guarded `defineElement`, which the analyzer cannot follow, so tag names
 * are set here; internal state (protected fields declared with `state: true`) is not an attribute, and
 * the name of `emit`'s parameter is not an event.
 */
function kitConventions() {
  return {
    name: 'kth-vs-conventions',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue
          if (TAGS[declaration.name]) declaration.tagName = TAGS[declaration.name]
          const hidden = new Set(
            (declaration.members ?? [])
              .filter((member) => member.privacy === 'protected' || member.privacy === 'private')
              .map((member) => member.name),
          )
          declaration.members = (declaration.members ?? []).filter((member) => !hidden.has(member.name))
          declaration.attributes = (declaration.attributes ?? []).filter(
            (attribute) => !hidden.has(attribute.fieldName),
          )
          declaration.events = (declaration.events ?? []).filter((event) => event.name.startsWith('vs-'))
        }
      }
    },
  }
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/test-support/**', 'src/hardening/**'],
  outdir: '.',
  litelement: true,
  plugins: [kitConventions()],
}
