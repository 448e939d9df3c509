// The custom-elements manifest that Storybook's docs pages, editors' tooling and the generated
// framework typings (scripts/write-editor-data.mjs) read.
import { posix } from 'node:path'

/** What each module imports, by name: `{ path: { VsOrgChart: 'src/org-chart/org-chart.ts' } }`. */
const importsByModule = new Map()

/** Records the named imports of every module, so re-exports and definitions name their real module. */
function collectImports() {
  return {
    name: 'kth-vs-collect-imports',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isSourceFile(node)) return
      const imports = {}
      for (const statement of node.statements) {
        const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined
        if (!bindings || !ts.isNamedImports(bindings)) continue
        const from = posix.join(posix.dirname(moduleDoc.path), statement.moduleSpecifier.text)
        for (const binding of bindings.elements) imports[binding.name.text] = from.replace(/\.js$/, '.ts')
      }
      importsByModule.set(moduleDoc.path, imports)
    },
  }
}

/**
 * Widgets register through a guarded `defineElement('vs-…', Class)`, which the analyzer does not
 * know: this records each call as the custom-element definition of the module that makes it, so the
 * class gets its tag and is marked as a custom element.
 */
function defineElementCalls() {
  return {
    name: 'kth-vs-define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return
      if (node.expression.text !== 'defineElement') return
      const [tag, element] = node.arguments
      if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return
      const module = importsByModule.get(moduleDoc.path)?.[element.text] ?? moduleDoc.path
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text, module } },
      ]
    },
  }
}

/** `src/a/b.ts`, `/src/a/b.js` or `./b.js` (from `src/a/`) as the published `dist/a/b.js`. */
function publishedPath(path, fromModule) {
  const fromRoot = path.startsWith('.')
    ? posix.join(posix.dirname(fromModule), path)
    : path.replace(/^\//, '')
  return fromRoot.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js')
}

/** Rewrites every `module` reference inside a manifest node to the published path. */
function publishReferences(value, fromModule) {
  if (Array.isArray(value)) {
    for (const item of value) publishReferences(item, fromModule)
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'module' && typeof item === 'string' && !value.package)
        value[key] = publishedPath(item, fromModule)
      else publishReferences(item, fromModule)
    }
  }
}

/**
 * Only the public API: internal state (protected fields declared with `state: true`) is not an
 * attribute, and the name of `emit`'s parameter is not an event. Paths are those of the published
 * package (`dist/…/*.js`), not of the sources. Every event of an element must say its type, so the
 * generated typings can give listeners their detail.
 */
function publicApi() {
  return {
    name: 'kth-vs-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        // `defineElement` itself calls `customElements.define(tag, element)`: not a definition.
        module.exports = (module.exports ?? []).filter(
          (entry) =>
            entry.kind !== 'custom-element-definition' || !module.path.endsWith('/define-element.ts'),
        )
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue
          const hidden = new Set(
            (declaration.members ?? [])
              .filter((member) => member.privacy === 'protected' || member.privacy === 'private')
              .map((member) => member.name),
          )
          declaration.members = (declaration.members ?? []).filter((member) => !hidden.has(member.name))
          declaration.attributes = (declaration.attributes ?? []).filter(
            (attribute) => !hidden.has(attribute.fieldName),
          )
          // The base announces `vs-select` untyped for the widgets that fire it; one that never does
          // (such as the programme overview) does not list it.
          declaration.events = (declaration.events ?? []).filter(
            (event) => event.name.startsWith('vs-') && !(event.inheritedFrom && !event.type?.text),
          )
          const untyped = declaration.tagName && declaration.events.filter((event) => !event.type?.text)
          if (untyped?.length) {
            throw new Error(
              `${declaration.name} (${module.path}): give ${untyped.map((event) => event.name).join(', ')} a type, ` +
                'as in `@fires {CustomEvent<Detail>} vs-select - …`',
            )
          }
        }
      }
      for (const module of customElementsManifest.modules) {
        // `import { X } from './x.js'; export { X }` is declared in ./x, not here.
        const declared = new Set((module.declarations ?? []).map((declaration) => declaration.name))
        for (const entry of module.exports ?? []) {
          const imported = importsByModule.get(module.path)?.[entry.declaration?.name]
          if (
            entry.declaration?.module === module.path &&
            !declared.has(entry.declaration.name) &&
            imported
          ) {
            entry.declaration.module = imported
          }
        }
        publishReferences(module.declarations, module.path)
        publishReferences(module.exports, module.path)
        module.path = publishedPath(module.path, module.path)
      }
    },
  }
}

export default {
  globs: ['src/**/*.ts'],
  // What the npm build leaves out (tsconfig.build.json) is not in the manifest either.
  exclude: [
    'src/**/*.test.ts',
    'src/**/test-*.ts',
    'src/**/*.stories.ts',
    'src/test-support/**',
    'src/hardening/**',
    'src/cdn/**',
  ],
  outdir: '.',
  litelement: true,
  plugins: [collectImports(), defineElementCalls(), publicApi()],
}
