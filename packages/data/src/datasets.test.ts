import { formatIssue, type ProgrammeDocumentInput, validateProgramme } from '@kth-vs/core'
import { describe, expect, it } from 'vitest'
import { premisesProgramme, vsProgramme } from './index.js'

const datasets: [string, ProgrammeDocumentInput][] = [
  ['vsProgramme', vsProgramme],
  ['premisesProgramme', premisesProgramme],
]

type Visit = (value: unknown, path: string) => void

/** Calls `visit` for every value in a JSON-like tree, depth first, with a readable path. */
function walk(value: unknown, path: string, visit: Visit): void {
  visit(value, path)
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`, visit))
  else if (isRecord(value))
    for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`, visit)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Any object whose keys are a non-empty subset of {sv, en} is a localized text. */
function isLocalizedText(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value)) return false
  const keys = Object.keys(value)
  return keys.length > 0 && keys.every((key) => key === 'sv' || key === 'en')
}

// A source's title is the page's own title, not a text of ours: in the page's language (its `lang`),
// and in the other language only where the same page is published in it too. Every other text must
// have both languages.
const SOURCE_TITLE = /^\$\.sources\[\d+\]\.title$/

describe.each(datasets)('%s', (_name, dataset) => {
  it('validates with zero issues', () => {
    const result = validateProgramme(dataset)
    const report = result.issues.map((found) => formatIssue(found, 'en')).join('\n')
    expect(result.issues, report).toEqual([])
    expect(result.ok).toBe(true)
  })

  it('has every localized text in both Swedish and English', () => {
    const failing: string[] = []
    walk(dataset, '$', (value, path) => {
      if (!isLocalizedText(value) || SOURCE_TITLE.test(path)) return
      const both = ['sv', 'en'].every((lang) => typeof value[lang] === 'string' && value[lang] !== '')
      if (!both) failing.push(path)
    })
    expect(failing).toEqual([])
  })

  it('titles every source, where it has a title, at least in the language the source is written in', () => {
    const failing = dataset.sources
      .filter((source) => source.title !== undefined && source.lang !== undefined)
      .filter((source) => source.title?.[source.lang!] === undefined)
      .map((source) => source.id)
    expect(failing).toEqual([])
  })

  it('has a non-empty sources list on every item with an id', () => {
    const failing: string[] = []
    // Entries of the top-level `sources` list are the sources themselves; everything else with an id
    // (programme, decisions, units, bodies, principles, areas, directive points, timeline items,
    // sub-projects and their phases, notes) must cite at least one of them.
    walk(dataset, '$', (value, path) => {
      if (!isRecord(value) || typeof value.id !== 'string' || /^\$\.sources\[\d+\]$/.test(path)) return
      const sources = value.sources
      if (!Array.isArray(sources) || sources.length === 0) failing.push(`${path} (${value.id})`)
    })
    expect(failing).toEqual([])
  })

  it('cites only sources it lists, and lists only sources it cites', () => {
    const listed = new Set(dataset.sources.map((source) => source.id))
    const cited = new Set<string>()
    walk(dataset, '$', (value, path) => {
      if (path.endsWith('.sources') && Array.isArray(value)) {
        for (const id of value) if (typeof id === 'string') cited.add(id)
      }
      if (path.endsWith('.source') && typeof value === 'string') cited.add(value)
    })
    expect([...cited].filter((id) => !listed.has(id))).toEqual([])
    expect([...listed].filter((id) => !cited.has(id))).toEqual([])
  })

  it('reads every source in November or December 2026 and marks only the lawinsider copy as third-party', () => {
    for (const source of dataset.sources) {
      // The fact sheet's pages were read in November; pages found after it in December.
      expect(['2026-11', '2026-12'], source.id).toContain(source.read)
      expect(source.thirdParty === true, source.id).toBe(source.url.includes('lawinsider.com'))
    }
  })
})
