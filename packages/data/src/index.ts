export { vsProgramme } from './vs.js'
