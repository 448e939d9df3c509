export * from './base/index.js'
export { VsGovernance, type BodySelectDetail } from './governance/index.js'
export { VsOrgChart, type OrgChartLayout, type OrgChartSelectDetail } from './org-chart/index.js'
export { VsPrincipleCards, type PrincipleSelectDetail } from './principle-cards/index.js'
export { VsProgramme } from './programme/index.js'
export { VsSupportAreas, type AreaSelectDetail, type SupportAreasView } from './support-areas/index.js'
export {
  VsTimeline,
  ITEM_ID_PREFIX,
  type TimelineView,
  type TimelineZoom,
  type VsTimelineSelectDetail,
} from './timeline/index.js'
