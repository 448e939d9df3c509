// What npm users receive: each published tarball, unpacked, must carry its licence and README, state
// its metadata, have source maps that resolve, and (the widgets) a manifest that tells the truth.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { PUBLISHED, type PackageName, workDir } from './paths.js'

function unpack(name: PackageName): string {
  const dir = workDir(`unpacked/${name}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  execFileSync('tar', ['-xzf', inject('tarballs')[name], '-C', dir])
  return join(dir, 'package')
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'))

describe.each(PUBLISHED)('the @kth-vs/%s tarball', (name) => {
  let root = ''
  let pkg: Record<string, unknown> = {}
  beforeAll(() => {
    root = unpack(name)
    pkg = readJson(join(root, 'package.json'))
  })

  it('carries the MIT licence and a README that shows its use', () => {
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License/)
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    expect(readme).toMatch(new RegExp(`^# @kth-vs/${name}\\b`))
    expect(readme).toMatch(/```(ts|js|html|sh)\n/)
  })

  it('states its licence, home, bug tracker, engines and public access', () => {
    expect(pkg).toMatchObject({
      license: 'MIT',
      homepage: expect.stringMatching(/^https:\/\//),
      bugs: { url: expect.stringMatching(/^https:\/\//) },
      engines: { node: expect.any(String) },
      publishConfig: { access: 'public' },
      repository: { directory: `packages/${name}` },
    })
    expect(pkg.keywords).toEqual(expect.arrayContaining(['kth']))
  })

  it('has source maps whose sources are inside them or in the tarball', () => {
    const maps = filesIn(root).filter((file) => file.endsWith('.map'))
    expect(maps.length).toBeGreaterThan(0)
    for (const map of maps) {
      const { sources, sourcesContent } = readJson(join(root, map)) as {
        sources: string[]
        sourcesContent?: (string | null)[]
      }
      sources.forEach((source, index) => {
        const resolves =
          typeof sourcesContent?.[index] === 'string' || existsSync(join(root, dirname(map), source))
        expect(resolves, `${map} → ${source}`).toBe(true)
      })
    }
  })
})

describe('the @kth-vs/widgets tarball', () => {
  let root = ''
  let pkg: Record<string, string> = {}
  beforeAll(() => {
    root = unpack('widgets')
    pkg = readJson(join(root, 'package.json'))
  })

  it('ships every file its package.json names', () => {
    for (const field of ['customElements', 'web-types', 'unpkg', 'jsdelivr']) {
      expect(existsSync(join(root, pkg[field] ?? '-')), `${field}: ${pkg[field]}`).toBe(true)
    }
  })

  it('ships the licences of what the CDN file bundles beside it', () => {
    const notice = readFileSync(join(root, 'dist/cdn/THIRD-PARTY-NOTICES.txt'), 'utf8')
    for (const name of ['lit-html', 'lit-element', '@lit/reactive-element'])
      expect(notice).toMatch(new RegExp(`^${name} \\S+ \\(BSD-3-Clause\\)`, 'm'))
    expect(notice).toContain('Copyright (c) 2017 Google LLC')
    // Validation at run time needs no schema library; zod in the file would mean it crept back.
    expect(notice).not.toMatch(/^zod /m)
  })

  it('has a manifest of the published modules, each element marked, defined once and typed', () => {
    type Declaration = {
      kind: string
      name: string
      tagName?: string
      customElement?: boolean
      members?: { name: string; type?: { text: string } }[]
      events?: { name: string; type?: { text: string } }[]
    }
    type Module = {
      path: string
      declarations?: Declaration[]
      exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[]
    }
    const manifest = readJson(join(root, pkg.customElements!)) as { modules: Module[] }
    for (const module of manifest.modules) {
      expect(existsSync(join(root, module.path)), module.path).toBe(true)
      for (const entry of module.exports ?? []) {
        if (entry.declaration.module) expect(existsSync(join(root, entry.declaration.module))).toBe(true)
      }
    }
    const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName)
    expect(elements.map((element) => element.tagName).sort()).toEqual([
      'vs-governance',
      'vs-org-chart',
      'vs-principle-cards',
      'vs-programme',
      'vs-support-areas',
      'vs-timeline',
    ])
    for (const element of elements) {
      expect(element.customElement, element.name).toBe(true)
      expect(element.members?.find((member) => member.name === 'data')?.type?.text).toBe(
        'ProgrammeDocumentInput | undefined',
      )
      for (const event of element.events ?? [])
        expect(event.type?.text, event.name).toMatch(/^CustomEvent<\w+>$/)
    }
    const defineModules = manifest.modules.filter((module) => /^dist\/[^/]+\/define\.js$/.test(module.path))
    expect(defineModules).toHaveLength(elements.length)
    for (const module of defineModules) {
      const definitions = (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition')
      expect(definitions, module.path).toHaveLength(1)
      const element = elements.find((candidate) => candidate.tagName === definitions[0]!.name)
      expect(element?.name).toBe(definitions[0]!.declaration.name)
    }
    const definitionsElsewhere = manifest.modules
      .filter((module) => !defineModules.includes(module))
      .flatMap((module) => module.exports ?? [])
      .filter((entry) => entry.kind === 'custom-element-definition')
    expect(definitionsElsewhere).toEqual([])
  })

  it('gives VS Code and JetBrains editors every element with its attributes', () => {
    const vscode = readJson(join(root, 'dist/vscode.html-custom-data.json')) as {
      tags: { name: string; attributes: { name: string; values?: { name: string }[] }[] }[]
    }
    const chart = vscode.tags.find((tag) => tag.name === 'vs-org-chart')
    expect(chart?.attributes.find((attribute) => attribute.name === 'layout')?.values).toEqual([
      { name: 'auto' },
      { name: 'chart' },
      { name: 'list' },
    ])
    const webTypes = readJson(join(root, pkg['web-types']!)) as {
      contributions: { html: { elements: { name: string; js: { events: { name: string }[] } }[] } }
    }
    expect(webTypes.contributions.html.elements.map((element) => element.name).sort()).toEqual(
      vscode.tags.map((tag) => tag.name).sort(),
    )
    // Every element fires vs-load and vs-error; all but the programme overview, which has nothing to
    // select, also vs-select.
    for (const element of webTypes.contributions.html.elements) {
      const events = element.js.events.map((event) => event.name)
      expect(events).toEqual(expect.arrayContaining(['vs-load', 'vs-error']))
      if (element.name === 'vs-programme') expect(events).not.toContain('vs-select')
      else expect(events).toContain('vs-select')
    }
  })
})
