export { VsGovernance, type BodySelectDetail } from './governance.js'
