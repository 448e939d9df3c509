import { commands } from 'vitest/browser'

type Rgb = [number, number, number]

/** A computed `rgb(…)` or `rgba(…)` colour as its channels; undefined for anything else. */
export function rgb(value: string): Rgb | undefined {
  const parts = /rgba?\(([^)]+)\)/
    .exec(value)?.[1]
    ?.split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number)
  if (!parts || parts.length < 3) return undefined
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0]
}

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const v = c / 255
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/** The WCAG contrast ratio of two computed colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [rgb(a), rgb(b)]
  if (!x || !y) throw new Error(`not a colour: ${a} or ${b}`)
  const [light, dark] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/** The contrast of an element's text on its own background. */
export function textContrast(element: Element): number {
  const style = getComputedStyle(element)
  return contrast(style.color, style.backgroundColor)
}

/** Runs `check` with `forced-colors: active` emulated, as Windows' contrast themes set it. */
export async function inForcedColours<T>(check: () => Promise<T> | T): Promise<T> {
  await commands.emulateMedia({ forcedColors: 'active' })
  try {
    if (!matchMedia('(forced-colors: active)').matches) throw new Error('forced colours were not emulated')
    return await check()
  } finally {
    await commands.emulateMedia({ forcedColors: null })
  }
}
