import {
  entryStatus,
  flattenTree,
  orgDiff,
  organisationIndex,
  orgTreeAt,
  type ProgrammeDocument,
  timelineEntries,
  validateProgramme,
} from '@kth-vs/core'
import { describe, expect, it } from 'vitest'
import { vsProgramme } from './vs.js'

function validated(): ProgrammeDocument {
  const result = validateProgramme(vsProgramme)
  if (!result.ok) throw new Error(result.issues.map((found) => found.pathText).join(', '))
  return result.document
}

const GVS_DEPARTMENTS = [
  'ledningskansliet',
  'fastighetsavdelningen',
  'it-avdelningen',
  'personalavdelningen',
  'ekonomi-och-upphandling',
  'education-office',
  'rso',
  'gemensam-infrastruktur',
]
const COMMON_INFRASTRUCTURE_UNITS = ['kth-biblioteket', 'kth-innovation']
const NEW_DEPARTMENTS = ['vs-abe', 'vs-cbh', 'vs-eecs', 'vs-itm', 'vs-sci']
const SCHOOL_SUPPORT = ['abe-support', 'cbh-support', 'eecs-support', 'itm-support', 'sci-support']

describe('vsProgramme counts', () => {
  // The expected numbers come from /work/shared/reference/programme-facts.yaml; no YAML parser is
  // installed, so they are written out here with the key each one comes from. Items found after the
  // fact sheet was compiled are counted apart.
  it('matches the fact sheet, plus the March 2024 decision found after it', () => {
    expect(vsProgramme.timeline).toHaveLength(37 + 1) // meta.counts.timeline_events (E01–E37), and E38
    expect(vsProgramme.bodies).toHaveLength(7) // meta.counts.governance_bodies (governance:)
    expect(vsProgramme.supportAreas).toHaveLength(7) // meta.counts.support_areas (support_areas.count)
    expect(vsProgramme.principles).toHaveLength(5) // meta.counts.principles_on_principles_page
    expect(vsProgramme.subProjects).toHaveLength(4) // meta.counts.sub_projects (sub_projects:)
    expect(vsProgramme.directivePoints).toHaveLength(6) // directive_points.items
    expect(vsProgramme.decisions).toHaveLength(9 + 1) // programme.decisions, and the March 2024 decision
    const phases = (id: string) => vsProgramme.subProjects.find((project) => project.id === id)?.phases
    expect(phases('lokaloptimering')).toHaveLength(5) // sub_projects[lokaloptimering].phases
    expect(phases('effektivt-digitalt-samarbete')).toHaveLength(4) // sub_projects[effektivt_digitalt_samarbete].phases
  })

  it('numbers the timeline E01 to E38 in order', () => {
    const expected = Array.from({ length: 38 }, (_, i) => `E${String(i + 1).padStart(2, '0')}`)
    expect(vsProgramme.timeline.map((item) => item.id)).toEqual(expected)
  })

  it('keeps principles, support areas and directive points in order', () => {
    expect(vsProgramme.principles.map((p) => p.order)).toEqual([1, 2, 3, 4, 5])
    expect(vsProgramme.supportAreas.map((a) => a.id)).toEqual([
      'utbildning',
      'forskning',
      'ekonomi',
      'hr',
      'infrastruktur',
      'kommunikation',
      'ledning',
    ])
    expect(vsProgramme.directivePoints.map((d) => d.order)).toEqual([1, 2, 3, 4, 5, 6])
  })
})

describe('vsProgramme organisation over time', () => {
  const index = organisationIndex(validated())
  const before = orgTreeAt(index, '2022-12-31')
  const after = orgTreeAt(index, '2023-01-01')
  const ids = (tree: typeof before) => flattenTree(tree).map((node) => node.id)

  it('has one root, KTH, and no orphans on either day', () => {
    for (const tree of [before, after]) {
      expect(tree.roots.map((root) => root.id)).toEqual(['kth'])
      expect(tree.orphans).toEqual([])
    }
  })

  it('on 2022-12-31 has GVS with its departments and the schools’ own support, and no VS', () => {
    const rows = ids(before)
    expect(rows).toContain('gvs')
    expect(rows).not.toContain('vs')
    for (const id of SCHOOL_SUPPORT) expect(rows).toContain(id)
    for (const id of NEW_DEPARTMENTS) expect(rows).not.toContain(id)
    for (const id of GVS_DEPARTMENTS) expect(before.nodes.get(id)?.parentId).toBe('gvs')
    for (const id of COMMON_INFRASTRUCTURE_UNITS)
      expect(before.nodes.get(id)?.parentId).toBe('gemensam-infrastruktur')
  })

  it('on 2023-01-01 has VS with the GVS departments moved under it and the five new ones, and no GVS', () => {
    const rows = ids(after)
    expect(rows).toContain('vs')
    expect(rows).not.toContain('gvs')
    for (const id of SCHOOL_SUPPORT) expect(rows).not.toContain(id)
    for (const id of [...GVS_DEPARTMENTS, ...NEW_DEPARTMENTS])
      expect(after.nodes.get(id)?.parentId).toBe('vs')
    expect(after.nodes.get('vs')?.parentId).toBe('university-director')
    for (const id of COMMON_INFRASTRUCTURE_UNITS)
      expect(after.nodes.get(id)?.parentId).toBe('gemensam-infrastruktur')
  })

  it('lists the merger as added, removed and moved units between the two days', () => {
    const changes = orgDiff(index, '2022-12-31', '2023-01-01')
    const of = (kind: string) =>
      changes
        .filter((change) => change.kind === kind)
        .map((change) => change.id)
        .sort()
    expect(of('added')).toEqual(['vs', ...NEW_DEPARTMENTS].sort())
    expect(of('removed')).toEqual(['gvs', ...SCHOOL_SUPPORT].sort())
    expect(of('moved')).toEqual([...GVS_DEPARTMENTS].sort())
    expect(of('renamed')).toEqual([])
    for (const change of changes.filter((c) => c.kind === 'moved')) {
      expect(change).toMatchObject({ fromParentId: 'gvs', toParentId: 'vs' })
    }
  })
})

describe('vsProgramme English name of VS', () => {
  const index = organisationIndex(validated())
  const nameOf = (day: string) => orgTreeAt(index, day).nodes.get('vs')?.name

  it('is Support Services until November 2023 and University Administration from December 2023', () => {
    expect(nameOf('2023-01-01')).toEqual({ sv: 'Verksamhetsstöd', en: 'Support Services' })
    expect(nameOf('2023-11-30')).toEqual({ sv: 'Verksamhetsstöd', en: 'Support Services' })
    expect(nameOf('2023-12-01')).toEqual({ sv: 'Verksamhetsstöd', en: 'University Administration' })
    expect(nameOf('2026-12-02')).toEqual({ sv: 'Verksamhetsstöd', en: 'University Administration' })
  })

  it('shows the change of name as a rename between the two months, sourced and noted', () => {
    const renamed = orgDiff(index, '2023-11-30', '2023-12-01').filter((change) => change.kind === 'renamed')
    expect(renamed.map((change) => change.id)).toEqual(['vs'])
    const vs = vsProgramme.units.find((unit) => unit.id === 'vs')!
    expect(vs.sources).toContain('news_2023_12_06_en')
    expect(vsProgramme.notes.find((note) => note.id === 'n-vs-english-name')?.about).toContain('vs')
  })
})

describe('vsProgramme organisation after 2023', () => {
  it('records the University Director’s March 2024 decision on how the staff are organised', () => {
    const decision = vsProgramme.decisions.find((found) => found.id === 'd-2024-03-22-staff-organisation')
    expect(decision).toMatchObject({
      date: '2024-03-22',
      dateMeans: 'published',
      sources: ['news_2024_03_22_en'],
    })
    const item = vsProgramme.timeline.find((found) => found.id === 'E38')
    expect(item?.decisions).toEqual(['d-2024-03-22-staff-organisation'])
  })

  it('keeps the co-organisation of 2024-04-01 out of the tree, with a note that says why', () => {
    const index = organisationIndex(validated())
    expect(orgDiff(index, '2024-03-31', '2024-04-01')).toEqual([])
    const note = vsProgramme.notes.find((found) => found.id === 'n-samorganisation-2024')
    expect(note?.kind).toBe('unknown')
    expect(note?.about).toEqual(expect.arrayContaining(['E22', 'samorganisation', 'vs']))
  })

  it('gives the 19 divisions KTH reports a note, since no source names or dates them', () => {
    const note = vsProgramme.notes.find((found) => found.id === 'n-department-counts')
    expect(note?.sources).toContain('vs_divisions_en')
    expect(note?.text.en).toMatch(/19 divisions/)
  })
})

describe('vsProgramme GVS as the 2018 decision describes it', () => {
  const unit = (id: string) => vsProgramme.units.find((found) => found.id === id)

  it('keeps KTH Library and KTH Innovation as units inside Gemensam infrastruktur, not departments', () => {
    expect(unit('gemensam-infrastruktur')).toMatchObject({
      name: { sv: 'Gemensam infrastruktur' },
      kind: 'department',
      parent: 'gvs',
      validFrom: '2019-01-01',
    })
    for (const id of COMMON_INFRASTRUCTURE_UNITS) {
      expect(unit(id)).toMatchObject({ kind: 'unit', parent: 'gemensam-infrastruktur' })
      expect(unit(id)?.sources).toContain('gvs_2018_sv')
    }
  })

  it('has Ekonomi och upphandling as a GVS department from 2019', () => {
    expect(unit('ekonomi-och-upphandling')).toMatchObject({
      name: { sv: 'Ekonomi och upphandling', en: 'Finance and Procurement' },
      kind: 'department',
      parent: 'gvs',
      validFrom: '2019-01-01',
    })
    expect(unit('ekonomi-och-upphandling')?.sources).toContain('gvs_2018_sv')
  })

  it('gives the education support department the Swedish name from the 2018 source', () => {
    expect(unit('education-office')?.name).toEqual({ sv: 'Utbildningsstöd', en: 'Education Office' })
    expect(unit('education-office')?.sources).toContain('gvs_2018_sv')
  })
})

describe('vsProgramme corrected dates', () => {
  it('dates the March 2022 assignment by the Swedish news of 23 March, not the week before 30 March', () => {
    const decision = vsProgramme.decisions.find((found) => found.id === 'd-2022-03-assignment')!
    expect(decision.date).toBe('2022-03')
    expect(decision.sources).toContain('news_2022_03_23_sv')
    for (const lang of ['sv', 'en'] as const) {
      expect(decision.summary[lang]).toMatch(/23 mar/i)
      expect(decision.summary[lang]).not.toMatch(/30 mar/i)
    }
    const note = vsProgramme.notes.find((found) => found.id === 'n-march-2022-decision-date')
    expect(note?.about).toContain('d-2022-03-assignment')
  })
})

describe('vsProgramme source titles', () => {
  // KTH's pages keep one node id (the `1.123456` at the end of the address) across their Swedish and
  // English versions; blog posts have different addresses, so their pairs are listed.
  const nodeOf = (url: string) => /^https:\/\/([^/]+)\/.*-(1\.\d+)(\?.*)?$/.exec(url)?.slice(1, 3).join(' ')
  const BLOG_PAIRS = [['blog_ud_2022_06_sv', 'blog_ud_2022_06_en']]
  // The later English version of the main page; the title of the Swedish page at that time is unknown.
  const TITLE_IN_OTHER_LANGUAGE_UNKNOWN = ['dev_hub_en']

  it('titles each source held in both languages in both, each with the title of that language’s page', () => {
    const byNode = new Map<string, (typeof vsProgramme.sources)[number][]>()
    for (const source of vsProgramme.sources) {
      const node = nodeOf(source.url)
      if (node !== undefined) byNode.set(node, [...(byNode.get(node) ?? []), source])
    }
    const pairs = [...byNode.values()].filter(
      (group) => new Set(group.map((source) => source.lang)).size === 2,
    )
    for (const ids of BLOG_PAIRS) pairs.push(vsProgramme.sources.filter((source) => ids.includes(source.id)))
    expect(pairs.length).toBeGreaterThanOrEqual(8)
    for (const group of pairs) {
      const titleIn = (lang: 'sv' | 'en') =>
        group.find((source) => source.lang === lang && !TITLE_IN_OTHER_LANGUAGE_UNKNOWN.includes(source.id))
          ?.title?.[lang]
      for (const source of group) {
        if (TITLE_IN_OTHER_LANGUAGE_UNKNOWN.includes(source.id)) continue
        expect(source.title, source.id).toEqual({ sv: titleIn('sv'), en: titleIn('en') })
      }
    }
  })

  it('gives the time frame its Swedish page’s title, so a Swedish page need not show “Time frame”', () => {
    const timeframe = vsProgramme.sources.find((source) => source.id === 'timeframe_en')
    expect(timeframe?.title?.sv).toBe('Beslut och tidplan för utveckling av verksamhetsstödet')
  })
})

describe('vsProgramme page metadata', () => {
  it('titles each page in its own language and names it in quotes in the other', () => {
    for (const page of vsProgramme.pages) {
      const source = vsProgramme.sources.find((found) => found.id === page.source)!
      const own = source.lang!
      const other = own === 'sv' ? 'en' : 'sv'
      expect(page.title[own], page.source).toBe(source.title?.[own])
      expect(page.title[other], page.source).toContain(`${page.title[own]}`)
    }
  })

  it('gives the English time-frame page its English title, not the Swedish page’s', () => {
    const page = vsProgramme.pages.find((found) => found.source === 'timeframe_en')!
    expect(page.title.en).toBe('Time frame')
    expect(page.title.sv).not.toContain('Beslut och tidplan')
  })
})

describe('vsProgramme outcomes on 2026-12-02', () => {
  const today = '2026-12-02'
  const entries = timelineEntries(validated())
  // Planned items that no source reports as having happened: the premises phases after the pre-study
  // and their target, the digital-collaboration phases after the analysis, the programme's end and
  // its target for September 2026.
  const UNCONFIRMED = ['E23', 'E25', 'E26', 'E27', 'E28', 'E31', 'E32', 'E33', 'E35', 'E36']

  it('has every item over except the 2027 anniversary (E37), which is upcoming context', () => {
    const upcoming = entries.filter((entry) => entryStatus(entry.interval, today) !== 'done')
    expect(upcoming.map((entry) => [entry.id, entry.context])).toEqual([['E37', true]])
  })

  it('marks exactly the planned items no source confirms, so none of them reads as done', () => {
    const flagged = vsProgramme.timeline.filter((item) => item.outcomeUnconfirmed === true)
    expect(flagged.map((item) => item.id)).toEqual(UNCONFIRMED)
  })

  it('marks every target, since no source says a target was met', () => {
    const targets = vsProgramme.timeline.filter((item) => /^(Target|Mål)/.test(item.title.en ?? ''))
    expect(targets.map((item) => item.id)).toEqual(['E28', 'E36'])
    for (const item of targets) expect(item.outcomeUnconfirmed, item.id).toBe(true)
  })

  it('explains every unconfirmed item in a note of kind unknown', () => {
    const explained = new Set(
      vsProgramme.notes.filter((note) => note.kind === 'unknown').flatMap((note) => note.about),
    )
    for (const id of UNCONFIRMED) expect(explained.has(id), id).toBe(true)
  })

  it('marks a sub-project phase exactly when its timeline item is marked', () => {
    for (const project of vsProgramme.subProjects) {
      for (const phase of project.phases) {
        const item = vsProgramme.timeline.find(
          (found) =>
            found.subProject === project.id && found.start === phase.start && found.end === phase.end,
        )
        expect(item, phase.id).toBeDefined()
        expect(phase.outcomeUnconfirmed === true, phase.id).toBe(item?.outcomeUnconfirmed === true)
      }
    }
  })
})

describe('vsProgramme tenses after the programme’s end', () => {
  /** Every string of the dataset with its path. */
  function strings(value: unknown, path = '$'): [string, string][] {
    if (typeof value === 'string') return [[path, value]]
    if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`))
    if (typeof value === 'object' && value !== null)
      return Object.entries(value).flatMap(([key, child]) => strings(child, `${path}.${key}`))
    return []
  }

  // Wordings that spoke of the programme as running, in the words they had.
  const STALE = [
    /\b[Ll]eads the programme\b/,
    /\b[Ll]eder programmet\b/,
    /starts in March 2026 at the earliest/,
    /börjar tidigast i mars 2026/,
    /is to be investigated/,
    /\bska utredas\b/,
    /^(Steers|Gathers|Gives|Runs) /,
    /^(Styr|Samlar|Ger|Håller) /,
    /^The programme brings\b/,
    /^Programmet för samman\b/,
  ]

  it('has none of the present or future wordings about the finished programme', () => {
    const found = strings(vsProgramme).filter(([, text]) => STALE.some((pattern) => pattern.test(text)))
    expect(found).toEqual([])
  })

  it('says that the University Director led the programme', () => {
    const director = vsProgramme.units.find((unit) => unit.id === 'university-director')!
    expect(director.description?.en).toMatch(/Led the programme/)
    expect(director.description?.sv).toMatch(/Ledde programmet/)
  })
})
