// `pnpm start`: checks that the port is free, builds what the demo needs (quietly; turbo caches it)
// and serves the demo site, the embed builder and the built Storybook.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'

const port = Number(process.env.PORT ?? 4173)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT=${process.env.PORT} is not a port number (0–65535).`)
  process.exit(1)
}

/** Whether something already listens on the port, found out before a build that takes a minute. */
function portInUse(candidate) {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', (error) => resolve(error.code === 'EADDRINUSE'))
    probe.listen(candidate, '127.0.0.1', () => probe.close(() => resolve(false)))
  })
}

if (port !== 0 && (await portInUse(port))) {
  console.error(
    `Port ${port} is in use. Stop what runs there, or choose another: PORT=${port + 1} pnpm start`,
  )
  process.exit(1)
}

const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  STORYBOOK_DISABLE_TELEMETRY: '1',
  DO_NOT_TRACK: '1',
  npm_config_update_notifier: 'false',
}

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env })
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)))
  })
}

console.log('Building the packages, the demo site and Storybook (cached after the first time)…')
const built = await run('pnpm', [
  'exec',
  'turbo',
  'run',
  'build',
  '--filter=@kth-vs/site...',
  '--filter=@kth-vs/storybook...',
  '--output-logs=errors-only',
  '--log-prefix=none',
])
if (built !== 0) process.exit(built)
process.exit(await run(process.execPath, ['apps/site/scripts/serve.mjs']))
