export * from './base/index.js'
export { VsOrgChart, type OrgChartLayout, type OrgChartSelectDetail } from './org-chart/index.js'
export { VsPrincipleCards } from './principle-cards/index.js'
