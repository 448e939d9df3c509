export { VsProgramme } from './programme.js'
