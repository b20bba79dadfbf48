/**
 * The real server for browser tests: the debug binary on a free port, a
 * fresh SQLite database and data folder under the system temp dir, the demo
 * season loaded, the built web UI (dist/) served at /, mail written to files.
 */
import { spawn, execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const frontend = resolve(import.meta.dirname, '..')
const binary = process.env.MODU_BIN ? resolve(process.env.MODU_BIN) : resolve(frontend, '../target/debug/modu')

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => done(port))
    })
    probe.on('error', fail)
  })
}

/**
 * `demoArgs`: more arguments for `modu demo` (e.g. `--extra-contests 1000`);
 * `MODU_BIN` picks another binary (the benchmarks use the release build).
 */
export async function startServer({ demoArgs = [] } = {}) {
  for (const [path, hint] of [
    [binary, 'build it with `cargo build`'],
    [join(frontend, 'dist/index.html'), 'build it with `npm run build`'],
  ]) {
    if (!existsSync(path)) throw new Error(`${path} is missing: ${hint}`)
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'modu-e2e-'))
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const env = {
    ...process.env,
    MODU_DATA_DIR: dataDir,
    MODU_DATABASE_URL: `sqlite://${join(dataDir, 'modu.db')}`,
    MODU_BIND: `127.0.0.1:${port}`,
    MODU_PUBLIC_BASE_URL: baseUrl,
    MODU_FRONTEND_DIR: join(frontend, 'dist'),
    MODU_MAIL_TRANSPORT: 'file',
    MODU_MAIL_POLL_MS: '100',
    MODU_WORKERS: '2',
  }
  // cwd is the fresh data folder, so no stray ./modu.toml is read.
  execFileSync(binary, ['demo', ...demoArgs], { env, cwd: dataDir, stdio: 'pipe' })
  const child = spawn(binary, ['serve'], { env, cwd: dataDir, stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  child.stdout.on('data', (chunk) => (log += chunk))
  child.stderr.on('data', (chunk) => (log += chunk))
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${log}`)
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server did not answer /health in 30 s:\n${log}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    baseUrl,
    dataDir,
    log: () => log,
    /** The first link to `path` in a mail sent to `to`, waiting for the mail worker. */
    async mailLink(to, path, timeoutMs = 15_000) {
      const mailDir = join(dataDir, 'mail')
      const until = Date.now() + timeoutMs
      for (;;) {
        // Each mail is also written as plain text (.txt) with its To: line first.
        const files = existsSync(mailDir) ? readdirSync(mailDir).filter((f) => f.endsWith('.txt')) : []
        for (const file of files) {
          const text = readFileSync(join(mailDir, file), 'utf8')
          if (!text.split('\n', 1)[0].toLowerCase().includes(to.toLowerCase())) continue
          const match = text.match(new RegExp(`${baseUrl.replace(/[.]/g, '\\.')}${path}\\?token=[\\w-]+`))
          if (match) return match[0]
        }
        if (Date.now() > until) throw new Error(`no mail to ${to} with a ${path} link in ${mailDir}`)
        await new Promise((r) => setTimeout(r, 100))
      }
    },
    async stop() {
      child.kill('SIGTERM')
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)))
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
