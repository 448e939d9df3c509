export {
  ITEM_ID_PREFIX,
  VsTimeline,
  type TimelineView,
  type TimelineZoom,
  type VsTimelineSelectDetail,
} from './timeline.js'
