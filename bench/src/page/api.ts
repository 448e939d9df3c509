// What the benchmark pages offer the runner (`window.kthBench`), typed once for both sides.

/** One measured render: milliseconds from the render call until two animation frames, and its size. */
export interface RenderResult {
  ms: number
  /** Elements the render left in the page, shadow roots included. */
  elements: number
}

/** A page with the kit's widgets (from the CDN file or an npm bundle). */
export interface WidgetPage {
  /** Resolves once `tag` is defined. */
  ready(tag: string): Promise<void>
  /** Creates `<tag>` with `attributes`, sets `data`, appends it and waits for `vs-load` and two frames. */
  render(tag: string, attributes: Record<string, string>, data: unknown): Promise<RenderResult>
  /** From now on, measures every `key` press: see `keySteps`. */
  recordKeySteps(key: string): void
  /** Milliseconds of each `key` press so far, from its keydown to moved focus, laid out. */
  keySteps(): number[]
  /** The role of the element that has focus, looking into shadow roots. */
  focusedRole(): string | null
}

/** A page with vis-timeline. */
export interface VisTimelinePage {
  render(items: unknown[]): Promise<RenderResult>
}

/** A page with dabeng OrgChart and jQuery. */
export interface OrgChartPage {
  render(source: unknown): Promise<RenderResult>
}

export type BenchPage = WidgetPage | VisTimelinePage | OrgChartPage

declare global {
  interface Window {
    kthBench?: BenchPage
  }
}
