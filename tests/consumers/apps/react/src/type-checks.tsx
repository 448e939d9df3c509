// Compiled by the type check only: what the element's JSX types must refuse.
import type {} from '@kth-vs/widgets/react'

export const refusesWhatIsNotAProgramme = (
  // @ts-expect-error data is a programme document, not a string
  <vs-principle-cards data="vs.json" />
)

export const refusesAnEventNameReactDoesNotFire = (
  // @ts-expect-error React 19 would listen to an event called "VsSelect", which never fires
  <vs-principle-cards onVsSelect={() => undefined} />
)

export const knowsEachEventDetail = (
  <vs-org-chart
    as-of="2023-01-01"
    layout="list"
    onvs-select={(event) => event.detail.day}
    onvs-error={(event) => event.detail.issues.length}
  />
)
