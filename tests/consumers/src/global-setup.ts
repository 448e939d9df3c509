import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import type { TestProject } from 'vitest/node'
import { PUBLISHED, type PackageName, packageDir, workDir } from './paths.js'

/** Packs every published package once per run, as `pnpm publish` would, and hands the tarballs out. */
export default function setup(project: TestProject): void {
  const destination = workDir('tarballs')
  rmSync(destination, { recursive: true, force: true })
  mkdirSync(destination, { recursive: true })
  const tarballs = {} as Record<PackageName, string>
  for (const name of PUBLISHED) {
    const before = new Set(readdirSync(destination))
    execFileSync('pnpm', ['pack', '--pack-destination', destination], {
      cwd: packageDir(name),
      stdio: 'pipe',
    })
    const made = readdirSync(destination).filter((file) => !before.has(file))
    if (made.length !== 1) throw new Error(`pnpm pack in packages/${name} made ${made.length} files`)
    tarballs[name] = `${destination}/${made[0]}`
  }
  project.provide('tarballs', tarballs)
}

declare module 'vitest' {
  export interface ProvidedContext {
    tarballs: Record<PackageName, string>
  }
}
