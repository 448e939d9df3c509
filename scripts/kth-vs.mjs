// `pnpm kth-vs …` at the repository root: runs the workspace's own `kth-vs` command, building it first
// when it has not been built, from the folder pnpm was called in (so relative file names work).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const bin = new URL('../packages/cli/dist/bin.js', import.meta.url).pathname
if (!existsSync(bin)) {
  const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' }
  // The build's own output goes to stderr: stdout is the command's, and may be piped into a file.
  const built = spawnSync(
    'pnpm',
    ['exec', 'turbo', 'run', 'build', '--filter=@kth-vs/cli...', '--output-logs=errors-only'],
    {
      cwd: new URL('..', import.meta.url),
      env,
      stdio: ['ignore', 2, 2],
    },
  )
  if (built.status !== 0) process.exit(built.status ?? 1)
}
const result = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], {
  cwd: process.env.INIT_CWD ?? process.cwd(),
  stdio: 'inherit',
})
process.exit(result.status ?? 1)
