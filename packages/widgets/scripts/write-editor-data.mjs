// Generates, from custom-elements.json, what editors and frameworks read about the elements:
// VS Code's HTML custom data, JetBrains' web-types, React 19 JSX types and Vue's GlobalComponents.
// The built declarations (dist/index.d.ts) supply what the manifest only names: the values of an
// attribute whose type is a union of strings, and the names the typings import.
import { readFileSync, writeFileSync } from 'node:fs'
import ts from 'typescript'

const root = new URL('../', import.meta.url)
const read = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'))
const write = (path, text) => writeFileSync(new URL(path, root), text)

const pkg = read('package.json')
const manifest = read('custom-elements.json')

/** The elements: every class the manifest gives a tag, with the entry point that exports it. */
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? [])
    .filter((declaration) => declaration.kind === 'class' && declaration.customElement && declaration.tagName)
    .map((declaration) => ({
      ...declaration,
      // dist/org-chart/org-chart.js is exported as @kth-vs/widgets/org-chart.
      entry: `${pkg.name}/${module.path.split('/')[1]}`,
      properties: (declaration.members ?? []).filter(
        (member) =>
          member.kind === 'field' && !member.static && !member.readonly && member.privacy !== 'private',
      ),
    })),
)
if (elements.length === 0) throw new Error('custom-elements.json describes no element')

// What the built declarations say about the names the manifest uses.
const program = ts.createProgram([new URL('dist/index.d.ts', root).pathname], {
  noEmit: true,
  skipLibCheck: true,
})
const checker = program.getTypeChecker()
const indexSymbol = checker.getSymbolAtLocation(
  program.getSourceFile(new URL('dist/index.d.ts', root).pathname),
)
const exported = new Map(checker.getExportsOfModule(indexSymbol).map((symbol) => [symbol.name, symbol]))

/** The string values a field accepts, when its type is a union of string literals (`'chart' | 'list'`). */
function stringValues(element, fieldName) {
  const klass = exported.get(element.name)
  if (!klass) throw new Error(`${element.name} is not exported from dist/index.js`)
  const instance = checker.getDeclaredTypeOfSymbol(checker.getAliasedSymbol(klass))
  const field = instance.getProperty(fieldName)
  if (!field) throw new Error(`${element.name} has no field ${fieldName}`)
  const type = checker.getNonNullableType(checker.getTypeOfSymbol(field))
  const members = type.isUnion() ? type.types : [type]
  return members.every((member) => member.isStringLiteral())
    ? members.map((member) => member.value)
    : undefined
}

const isBoolean = (attribute) => attribute.type?.text === 'boolean'
const markdown = (value) => ({ kind: 'markdown', value })
const docsUrl = pkg.homepage

const vscodeData = {
  $schema:
    'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: markdown(
      [
        element.summary ?? element.description,
        element.events.length
          ? `Events: ${element.events.map((event) => `\`${event.name}\` (${event.type.text})`).join(', ')}.`
          : '',
        element.cssParts?.length
          ? `Parts: ${element.cssParts.map((part) => `\`${part.name}\``).join(', ')}.`
          : '',
      ]
        .filter(Boolean)
        .join('\n\n'),
    ),
    attributes: (element.attributes ?? []).map((attribute) => {
      const values = stringValues(element, attribute.fieldName)
      return {
        name: attribute.name,
        description: markdown(attribute.description ?? ''),
        ...(isBoolean(attribute) ? { valueSet: 'v' } : {}),
        ...(values ? { values: values.map((name) => ({ name })) } : {}),
      }
    }),
    references: [{ name: `${pkg.name} README`, url: docsUrl }],
  })),
}

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: element.description,
        'doc-url': docsUrl,
        source: { module: element.entry, symbol: element.name },
        attributes: (element.attributes ?? []).map((attribute) => {
          const values = stringValues(element, attribute.fieldName)
          return {
            name: attribute.name,
            description: attribute.description,
            ...(attribute.default ? { default: attribute.default } : {}),
            value: isBoolean(attribute)
              ? { kind: 'no-value', type: 'boolean' }
              : {
                  kind: 'plain',
                  type: values ? values.map((value) => `'${value}'`).join(' | ') : attribute.type.text,
                },
          }
        }),
        js: {
          properties: element.properties.map((property) => ({
            name: property.name,
            description: property.description,
            type: property.type?.text,
          })),
          events: element.events.map((event) => ({
            name: event.name,
            description: event.description,
            type: event.type.text,
          })),
        },
        css: {
          parts: (element.cssParts ?? []).map(({ name, description }) => ({ name, description })),
          properties: (element.cssProperties ?? []).map(({ name, description }) => ({ name, description })),
        },
      })),
    },
  },
}

/** The exported names a type text uses (`CustomEvent<OrgChartSelectDetail>` → OrgChartSelectDetail). */
function namesIn(text) {
  const names = (text.match(/\b[A-Z][A-Za-z0-9]*\b/g) ?? []).filter(
    (name) => !['CustomEvent', 'Event'].includes(name),
  )
  for (const name of names)
    if (!exported.has(name)) throw new Error(`${name} is not exported from dist/index.js`)
  return names
}

const imports = [
  ...new Set(
    elements.flatMap((element) => [element.name, ...element.events.flatMap((e) => namesIn(e.type.text))]),
  ),
].sort()

/** A TSDoc comment, indented. */
function doc(text, indent = '') {
  const lines = String(text ?? '')
    .replaceAll('*/', '*\\/')
    .trim()
    .split('\n')
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`
}

const header = (what) =>
  `// ${what}\n// Generated from custom-elements.json by scripts/write-editor-data.mjs at build time.\n`

const propsName = (element) => `${element.name}Props`

const react = [
  header("React 19 JSX types for the kit's elements: `import type {} from '@kth-vs/widgets/react'` once."),
  "import type { DetailedHTMLProps, HTMLAttributes } from 'react'",
  `import type { ${imports.join(', ')} } from './index.js'`,
  '',
  doc(
    [
      "React 19 sets a prop of a custom element as the element's property when the element has one, so",
      '`data={document}` passes the object itself. It adds a function prop whose name starts with `on` as',
      'a listener for the event named by the rest of the name, exactly as written: `onvs-select` listens',
      'to `vs-select`, while `onVsSelect` would listen to an event called `VsSelect`, which no element',
      'fires. Register the element (its `define` module) before React renders it.',
    ].join('\n'),
  ) +
    'type ElementProps<Element, Own> = Omit<DetailedHTMLProps<HTMLAttributes<Element>, Element>, keyof Own> & Own',
  '',
  ...elements.flatMap((element) => [
    doc(`Props of \`<${element.tagName}>\` (\`${element.name}\`) in React 19.`) +
      `export interface ${propsName(element)} {`,
    ...element.properties.flatMap((property) => {
      const attribute =
        property.attribute && property.attribute !== property.name ? property.attribute : undefined
      return [
        doc(property.description, '  ') + `  ${property.name}?: ${element.name}['${property.name}']`,
        ...(attribute
          ? [
              doc(`The \`${property.name}\` property as its attribute.`, '  ') +
                `  '${attribute}'?: ${element.name}['${property.name}']`,
            ]
          : []),
      ]
    }),
    ...element.events.map(
      (event) =>
        doc(`${event.description}\n\nListens to \`${event.name}\`.`, '  ') +
        `  'on${event.name}'?: (event: ${event.type.text}) => void`,
    ),
    '}',
    '',
  ]),
  "declare module 'react' {",
  '  namespace JSX {',
  '    interface IntrinsicElements {',
  ...elements.map(
    (element) => `      '${element.tagName}': ElementProps<${element.name}, ${propsName(element)}>`,
  ),
  '    }',
  '  }',
  '}',
  '',
].join('\n')

const vue = [
  header("Vue 3 template types for the kit's elements: `import type {} from '@kth-vs/widgets/vue'` once."),
  "import type { EmitFn, HTMLAttributes, PublicProps } from 'vue'",
  `import type { ${imports.join(', ')} } from './index.js'`,
  '',
  doc(
    [
      'A custom element as Vue templates see it: its properties as props and its events for `@event`.',
      '`$props` and `$emit` exist only for type checking, not on the element.',
    ].join('\n'),
  ) +
    'type VueCustomElement<Element extends HTMLElement, Props extends keyof Element, Events extends Record<string, Event>> =',
  '  new () => Element & {',
  '    /** @deprecated For template type checking only; the element has no such property. */',
  '    $props: HTMLAttributes & Partial<Pick<Element, Props>> & PublicProps',
  '    /** @deprecated For template type checking only; the element has no such property. */',
  '    $emit: EmitFn<{ [Name in keyof Events]: (event: Events[Name]) => void }>',
  '  }',
  '',
  "declare module 'vue' {",
  '  interface GlobalComponents {',
  ...elements.map(
    (element) =>
      doc(element.summary ?? element.description, '    ') +
      `    '${element.tagName}': VueCustomElement<\n      ${element.name},\n      ${element.properties.map((p) => `'${p.name}'`).join(' | ')},\n      { ${element.events.map((event) => `'${event.name}': ${event.type.text}`).join('; ')} }\n    >`,
  ),
  '  }',
  '}',
  '',
].join('\n')

write('dist/vscode.html-custom-data.json', JSON.stringify(vscodeData, null, 2) + '\n')
write('dist/web-types.json', JSON.stringify(webTypes, null, 2) + '\n')
write('dist/react.d.ts', react)
write('dist/vue.d.ts', vue)
// The entries are types only; an empty module lets them be imported like any other.
const empty = '// Types only: see the .d.ts file beside this one.\nexport {}\n'
write('dist/react.js', empty)
write('dist/vue.js', empty)
console.log(`editor data and typings for ${elements.map((element) => element.tagName).join(', ')}`)
