/**
 * How every browser test and benchmark launches Chromium: Debian's package (or `CHROMIUM_PATH`),
 * headless, allowed to run as root, and kept from reaching for the network on its own.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/** Playwright launch options for Chromium, with any extra flags a suite needs. */
export function chromiumLaunchOptions(extraArgs: readonly string[] = []): {
  executablePath: string
  args: string[]
} {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...extraArgs],
  }
}
