import {
  KIT_PRODUCT_ID,
  type Language,
  type ProgrammeDocument,
  type ProgrammeTimelineEntry,
  calendarEvents,
  localize,
  toICalendar,
} from '@kth-vs/core'
import { createPageElement } from '../base/host-page.js'

/** Makes an iCalendar file of the entries in the browser and offers it for download. */
export function downloadCalendar(
  document: ProgrammeDocument,
  entries: readonly ProgrammeTimelineEntry[],
  lang: Language,
  fileName: string,
): void {
  const calendar = toICalendar(calendarEvents(document, entries, lang), {
    prodId: KIT_PRODUCT_ID,
    name: localize(document.programme.name, lang).text,
    stamp: new Date(),
  })
  const url = URL.createObjectURL(new Blob([calendar], { type: 'text/calendar;charset=utf-8' }))
  const link = createPageElement('a')
  link.href = url
  link.download = fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
