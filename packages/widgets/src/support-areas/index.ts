export { VsSupportAreas, type AreaSelectDetail, type SupportAreasView } from './support-areas.js'
