/**
 * The `kth-vs` command — validate programme documents, print their JSON Schema, export the timeline
 * as iCalendar and render widgets' content as static HTML — and the HTML renderers it uses.
 *
 * @packageDocumentation
 */
export { run, type CliIo } from './run.js'
export {
  FALLBACK_WIDGETS,
  escapeHtml,
  isFallbackWidget,
  renderFallback,
  type FallbackWidget,
  type RenderAttributes,
  type RenderOptions,
} from './render/index.js'
