import {
  entryStatus,
  flattenTree,
  formatDateRange,
  formatPartialDate,
  localize,
  organisationIndex,
  orgDiff,
  orgTreeAt,
  parsePartialDate,
  stockholmDay,
  timelineEntries,
  validateProgrammeJson,
} from '@kth-vs/core'

const json = JSON.stringify({
  schemaVersion: 1,
  programme: {
    id: 'demo',
    name: { sv: 'Demo', en: 'Demo' },
    start: '2022-03',
    end: '2026-09-30',
    sources: ['s'],
  },
  sources: [{ id: 's', url: 'https://intra.kth.se/' }],
  units: [
    { id: 'ud', kind: 'university-director', name: { sv: 'Universitetsdirektör' }, sources: ['s'] },
    {
      id: 'vs',
      kind: 'support-organisation',
      parent: 'ud',
      name: { sv: 'VS' },
      validFrom: '2023-01-01',
      sources: ['s'],
    },
  ],
  timeline: [
    {
      id: 'q1',
      kind: 'phase',
      date: '2023-Q1',
      title: { sv: 'Handlingsplan', en: 'Action plan' },
      sources: ['s'],
    },
  ],
})

// Validate: every problem at once, each with a path, a stable code and a message in sv and en.
const result = validateProgrammeJson(json)
if (!result.ok) throw new Error(result.issues.map((i) => `${i.pathText}: ${i.message.en}`).join('\n'))
const doc = result.document

// Dates keep their precision and are formatted for it.
const [q1, june, december] = ['2023-Q1', '2022-06', '2022-12'].map(parsePartialDate)
if (q1 && june && december)
  console.log(formatPartialDate(q1, 'sv'), '|', formatDateRange(june, december, 'sv'))

// Status against a day in Stockholm: a quarter is ongoing all through it.
const today = stockholmDay(new Date('2023-02-15T12:00:00Z'))
for (const entry of timelineEntries(doc)) {
  console.log(localize(entry.item.title, 'en').text, entryStatus(entry.interval, today))
}

// The organisation as it stood on a day, and what changed between two days.
const index = organisationIndex(doc)
console.log(
  flattenTree(orgTreeAt(index, '2023-01-01'))
    .map((node) => node.id)
    .join(' > '),
)
console.log(orgDiff(index, '2022-12-31', '2023-01-01').map((change) => `${change.kind} ${change.id}`))
