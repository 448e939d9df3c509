import { sampleProgramme } from '@kth-vs/test-fixtures/sample-programme'
import { describe, expect, it } from 'vitest'
import { validated } from './test-validated.js'
import { type Phrase, governanceView } from './index.js'

const sample = validated()
/** A phrase as read: its words and texts joined. */
const read = (phrase: Phrase) => phrase.map((part) => (typeof part === 'string' ? part : part.text)).join('')

describe('governanceView', () => {
  it('says who chairs each body and who sits in it, with counts and estimates in words', () => {
    const [steering, council, secretariat, union] = governanceView(sample, { lang: 'sv' }).bodies
    expect(read(steering!.chair.phrase)).toBe('universitetsdirektören, Kerstin Jacobsson')
    expect(steering!.members.list.map(read)).toEqual([
      'Skolchefer: 5 (en per skola, antal uppskattat)',
      'Vicerektor, Bo Berg: 1',
      'Representant för kåren: 1',
    ])
    expect(council!.members.list.map(read)).toEqual(['Prefekter: två per skola'])
    expect(council!.chair).toEqual({ phrase: ['Ej angivet i källorna'], missing: true })
    expect(secretariat!.members).toEqual({
      unknown: 'Källorna anger inte vilka ledamöterna är.',
      list: [],
      missing: undefined,
    })
    expect(union!.members.missing).toBe('Ej angivet i källorna')
  })

  it('gives the purpose, when the body was formed, its tasks and its notes', () => {
    const [steering, council] = governanceView(sample, { lang: 'en' }).bodies
    expect(steering!.purpose?.text).toBe('Steers the programme.')
    expect(steering!.formed).toBe('March 2022')
    expect(steering!.tasks.map((task) => task.text)).toEqual(['Lead the programme'])
    expect(council!.notes.map((note) => [note.label, note.text.text])).toEqual([
      ['Unknown in the sources', 'Who sits on the council is unclear.'],
    ])
    // A count in words with no English falls back to Swedish, marked as such.
    expect(council!.members.list[0]).toEqual([
      { text: 'Heads of department', lang: 'en', isFallback: false },
      ': ',
      { text: 'två per skola', lang: 'sv', isFallback: true },
    ])
  })

  it('lists the sources of each body, counted', () => {
    const bodies = governanceView(sample, { lang: 'en' }).bodies
    for (const body of bodies) {
      const cited = sample.bodies.find((found) => found.id === body.id)!.sources
      expect(body.sources.map((source) => source.href)).toEqual(
        cited.map((id) => sample.sources.find((source) => source.id === id)!.url),
      )
      expect(body.sourcesLabel).toBe(`Sources (${cited.length})`)
    }
    expect(bodies[0]!.sources[0]!.label.text).toBe('Source one')
  })

  it('describes each relation of a body in a sentence, with when it holds and what the data says', () => {
    const [steering] = governanceView(sample, { lang: 'en' }).bodies
    expect(
      steering!.relations.map((relation) => [read(relation.sentence), relation.description?.text]),
    ).toEqual([
      ['Steering group advises University Director (from March 2022).', 'The steering group gives advice.'],
      ['Council of heads of department prepares matters for Steering group.', undefined],
      ['The union is a member of Steering group.', undefined],
    ])
  })

  it('marks how the others stand to the selected body, in the list and in the diagram', () => {
    const view = governanceView(sample, { lang: 'en', selected: 'steering' })
    expect(view.bodies.map((body) => [body.id, body.state, body.mark])).toEqual([
      ['steering', 'selected', 'Selected'],
      ['council', 'related', 'Related to the selected body'],
      ['secretariat', '', undefined],
      ['union', 'member', 'Member of the selected body'],
    ])
    const boxes = new Map(view.diagram.boxes.map((box) => [box.node.id, box.tag]))
    expect(boxes.get('ud')).toBe('Member')
    expect(boxes.get('kth')).toBeUndefined()
    expect(view.diagram.active.filter(Boolean)).toHaveLength(3)
    expect(governanceView(sample, { lang: 'en', selected: 'ud' }).selected).toBeUndefined()
  })

  it('has a legend of the kinds of line drawn, and of a unit’s box', () => {
    const { legend, unitLegend } = governanceView(sample, { lang: 'sv' }).diagram
    expect(legend.map((entry) => entry.label)).toEqual([
      'ger råd till',
      'bereder ärenden för',
      'ingår i',
      'samråder med',
    ])
    expect(unitLegend).toBe('Enhet, inte ett organ')
  })

  it('says so when there are no bodies', () => {
    const input = { ...sampleProgramme(), bodies: [], relations: [], notes: [] }
    input.timeline = input.timeline!.map((item) => ({ ...item, bodies: undefined }))
    expect(governanceView(validated(input), { lang: 'en' }).empty).toBe('The data holds no bodies.')
  })

  it('ranks a chain of 3,000 bodies without overflowing the stack', () => {
    const bodies = Array.from({ length: 3_000 }, (_, i) => ({
      id: `b${i}`,
      kind: 'council' as const,
      name: { sv: `Organ ${i}` },
      members: [],
      sources: ['s1'],
    }))
    const relations = bodies.slice(1).map((body, i) => ({
      from: body.id,
      to: `b${i}`,
      kind: 'advises' as const,
      sources: ['s1'],
    }))
    const input = { ...sampleProgramme(), bodies, relations, notes: [], timeline: [] }
    const { diagram } = governanceView(validated(input), { lang: 'sv' })
    expect(diagram.graph.rows).toBe(3_000)
  })
})
