import { fileURLToPath } from 'node:url'

/** The packages published to npm, by folder under packages/. */
export const PUBLISHED = ['core', 'data', 'widgets', 'cli'] as const
export type PackageName = (typeof PUBLISHED)[number]

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

export const packageDir = (name: PackageName): string => here(`../../../packages/${name}`)

/** The apps' sources, copied into a fresh folder for every run. */
export const appDir = (name: string): string => here(`../apps/${name}`)

/** Kept between runs and ignored by git: the tarballs and npm's cache (so a second install is quick). */
export const workDir = (name: string): string => here(`../node_modules/.cache/kth-vs-consumers/${name}`)
