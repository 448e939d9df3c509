export * from './base/index.js'
export { VsOrgChart, type OrgChartLayout, type OrgChartSelectDetail } from './org-chart/index.js'
export { VsPrincipleCards } from './principle-cards/index.js'
export {
  VsTimeline,
  ITEM_ID_PREFIX,
  type TimelineView,
  type TimelineZoom,
  type VsTimelineSelectDetail,
} from './timeline/index.js'
