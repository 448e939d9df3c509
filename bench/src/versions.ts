import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const modules = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../node_modules')

/** The version of a package the benchmark has installed. */
export async function installedVersion(name: string): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(modules, name, 'package.json'), 'utf8'))
  return String(manifest.version)
}
