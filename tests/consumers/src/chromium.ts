import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { chromium } from 'playwright-core'
import sirv from 'sirv'
import { chromiumLaunchOptions } from '../../../tooling/chromium.js'

/** What a reader sees after selecting the first principle card of a built app. */
export interface Selection {
  /** The titles the cards show (the app's own data, not the built-in dataset). */
  titles: string[]
  /** What the app wrote when it received `vs-select`. */
  selected: string
  /** Errors and warnings the page logged or threw. */
  problems: string[]
}

/** Serves a built app, opens it in headless Chromium and selects the first card. */
export async function selectFirstCard(dist: string): Promise<Selection> {
  const server = createServer(sirv(dist))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const browser = await chromium.launch(chromiumLaunchOptions())
  try {
    const page = await browser.newPage()
    const problems: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text())
    })
    page.on('pageerror', (error) => problems.push(error.message))
    await page.goto(`http://127.0.0.1:${port}/`)
    const titles = page.locator('vs-principle-cards [part="title"]')
    await titles.first().waitFor()
    await page.locator('vs-principle-cards [part="select"]').first().click()
    const selected = page.locator('#selected')
    await selected.filter({ hasText: /\S/ }).waitFor()
    return {
      titles: await titles.allTextContents(),
      selected: (await selected.textContent()) ?? '',
      problems,
    }
  } finally {
    await browser.close()
    await new Promise((resolve) => server.close(resolve))
  }
}
