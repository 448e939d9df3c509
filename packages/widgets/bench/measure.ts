/** Median of samples, in milliseconds. */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

/** Prints one result line in the format every benchmark of the kit uses. */
export function report(name: string, samples: readonly number[]): void {
  console.log(
    `${name.padEnd(58)} median ${median(samples).toFixed(1).padStart(8)} ms over ${samples.length} runs`,
  )
}

/** Waits until a widget has loaded and rendered. */
export async function settled(element: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  for (;;) {
    await element.updateComplete
    if (!element.shadowRoot?.querySelector('[part="status"]')) return
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
}
