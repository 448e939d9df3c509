export { VsOrgChart, type OrgChartLayout, type OrgChartSelectDetail } from './org-chart.js'
