import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PackageName } from './paths.js'
import { appDir, workDir } from './paths.js'

/**
 * The environment a developer's shell would have: without what the test runner sets, such as
 * NODE_ENV=test, which would make Vite build for development.
 */
function shellEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')),
  )
}

/** Runs a command in a folder; a failure carries everything it printed. */
export function run(command: string, args: readonly string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const options = { cwd, env: shellEnvironment(), maxBuffer: 64 * 1024 * 1024 }
    execFile(command, args, options, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} failed in ${cwd}\n${stdout}\n${stderr}`))
      else resolve(stdout)
    })
  })
}

/** The kit's packages an app installs: the widgets and what they depend on. */
const INSTALLED: readonly PackageName[] = ['core', 'data', 'widgets']

/**
 * Copies an app into a fresh folder and installs it with npm, the kit's packages from the tarballs and
 * everything else from the registry at the versions the app pins.
 */
export async function installApp(name: string, tarballs: Record<PackageName, string>): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), `kth-vs-${name}-`))
  cpSync(appDir(name), dir, { recursive: true })
  cpSync(appDir('shared/programme.ts'), join(dir, 'src/programme.ts'))
  const manifestPath = join(dir, 'package.json')
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
  for (const pkg of INSTALLED) {
    manifest.dependencies = { ...manifest.dependencies, [`@kth-vs/${pkg}`]: `file:${tarballs[pkg]}` }
  }
  // The widgets ask for the core and the data by version: those come from the tarballs too.
  manifest.overrides = { '@kth-vs/core': '$@kth-vs/core', '@kth-vs/data': '$@kth-vs/data' }
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2))
  await run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
      `--cache=${workDir('npm-cache')}`,
    ],
    dir,
  )
  return dir
}
