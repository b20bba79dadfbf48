#!/usr/bin/env node
/**
 * The web UI's figures (issue 6), measured in Debian's Chromium driven by
 * playwright-core against the release server on a fresh SQLite database with
 * the demo season plus 1,000 more open contests and 5,000 more entries
 * (`modu demo --extra-contests 1000 --extra-entries 5000`):
 *
 * - the JavaScript each public page loads before it is usable, gzipped
 *   (what a phone downloads; the server itself sends it uncompressed on
 *   loopback);
 * - first contentful paint of the public pages, each from a cold browser
 *   context (no cache), median and worst of `--runs`;
 * - the contest list (12 per page) and the organizer's screening list (50
 *   per page): the time from clicking "next page" to the new page shown,
 *   over `--pages` page turns, the long tasks (> 50 ms on the main thread)
 *   meanwhile, and the frames slower than 50 ms while the page is scrolled
 *   from top to bottom.
 *
 * Usage (from frontend/, after `npm run build` and `cargo build --release`):
 *   node scripts/bench-web.mjs [--runs 5] [--pages 20] [--contests 1000] [--entries 5000]
 * `make bench-web` builds both and runs it. Prints a Markdown report and
 * writes it to ../bench/results/<UTC time>-web.md. No thresholds: a missed
 * figure is reported, not an error; the exit status is 1 only when the run
 * itself failed.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { launchBrowser } from '../e2e/browser.mjs'
import { startServer } from '../e2e/server.mjs'

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    pages: { type: 'string', default: '20' },
    contests: { type: 'string', default: '1000' },
    entries: { type: 'string', default: '5000' },
  },
})
const RUNS = Number(options.runs)
const PAGES = Number(options.pages)
const ORGANIZER = 'organizer@molit.demo.modu.kr'
const PASSWORD = 'modu-demo-2018'
const VIEWPORT = { width: 390, height: 844 } // a phone, as the public pages are built for

const log = (message) => console.error(`[bench-web ${new Date().toISOString().slice(11, 19)}] ${message}`)
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)]
}
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
const ms = (value) => `${Math.round(value)} ms`
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

/** Collects long tasks from the start of every page the context opens. */
const OBSERVE_LONG_TASKS = () => {
  window.__longTasks = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration)
  }).observe({ type: 'longtask', buffered: true })
}

async function coldPage(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'ko-KR' })
  await context.addInitScript(OBSERVE_LONG_TASKS)
  const page = await context.newPage()
  page.setDefaultTimeout(30_000)
  return { context, page }
}

/** The scripts a page loads until the network is idle, gzipped, and its first contentful paint. */
async function loadOnce(browser, url, ready) {
  const { context, page } = await coldPage(browser)
  const scripts = new Map()
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return
    try {
      scripts.set(response.url(), gzipSync(await response.body()).length)
    } catch {
      // a redirect or an aborted request has no body
    }
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  await ready(page)
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN)
  await context.close()
  return { fcp, scripts }
}

async function publicPages(browser, baseUrl, contestId, resultsId) {
  const pages = [
    ['home', '/', (p) => p.getByRole('heading', { level: 1 }).first().waitFor()],
    ['contest list', '/contests', (p) => p.locator('.contest-list li').first().waitFor()],
    ['contest page', `/contests/${contestId}`, (p) => p.getByRole('heading', { level: 1 }).first().waitFor()],
    ['published results', `/contests/${resultsId}/results`, (p) => p.getByRole('heading', { level: 1 }).first().waitFor()],
  ]
  const rows = []
  for (const [name, path, ready] of pages) {
    const fcps = []
    let scripts = new Map()
    for (let run = 0; run < RUNS; run++) {
      const once = await loadOnce(browser, baseUrl + path, ready)
      fcps.push(once.fcp)
      scripts = once.scripts
    }
    const js = [...scripts.values()].reduce((a, b) => a + b, 0)
    rows.push({ name, path, js, files: scripts.size, fcpMedian: median(fcps), fcpWorst: Math.max(...fcps) })
    log(`${name}: ${kb(js)} of JavaScript (gzip) in ${scripts.size} files, FCP median ${ms(median(fcps))}`)
  }
  return rows
}

/** Scrolls from top to bottom in steps, one per frame, and counts frames slower than 50 ms. */
async function scrollFrames(page) {
  return page.evaluate(
    () =>
      new Promise((done) => {
        const frames = []
        let last = performance.now()
        const step = () => {
          const now = performance.now()
          frames.push(now - last)
          last = now
          const bottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2
          if (bottom || frames.length > 600) return done(frames.slice(1))
          window.scrollBy(0, 120)
          requestAnimationFrame(step)
        }
        window.scrollTo(0, 0)
        requestAnimationFrame(step)
      }),
  )
}

/** Turns `PAGES` pages with the "next" link, timing each from the click to the new first row shown. */
async function pageTurns(page, rowSelector) {
  const turns = []
  const slowFrames = []
  let frames = 0
  for (let i = 0; i < PAGES; i++) {
    const scrolled = await scrollFrames(page)
    frames += scrolled.length
    slowFrames.push(...scrolled.filter((f) => f > 50))
    const next = page.locator('a[rel="next"]')
    if ((await next.count()) === 0) break
    const before = await page.locator(rowSelector).first().innerText()
    const started = Date.now()
    await next.first().click()
    await page.waitForFunction(
      ({ selector, text }) => {
        const first = document.querySelector(selector)
        return first !== null && first.innerText !== text && !document.querySelector('[aria-busy="true"]')
      },
      { selector: rowSelector, text: before },
    )
    turns.push(Date.now() - started)
  }
  const longTasks = await page.evaluate(() => window.__longTasks)
  return { turns, longTasks, frames, slowFrames }
}

async function signIn(page, baseUrl) {
  await page.goto(`${baseUrl}/sign-in?next=%2Forganize`)
  await page.locator('input[type="email"]').fill(ORGANIZER)
  await page.locator('input[type="password"]').fill(PASSWORD)
  await page.locator('form button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/organize')
}

async function lists(browser, baseUrl, namingId) {
  const results = {}
  {
    const { context, page } = await coldPage(browser)
    await page.goto(`${baseUrl}/contests`)
    await page.locator('.contest-list li').first().waitFor()
    results.contests = await pageTurns(page, '.contest-list > li')
    await context.close()
  }
  {
    const { context, page } = await coldPage(browser)
    await page.setViewportSize({ width: 1280, height: 900 }) // organizers work on a desk
    await signIn(page, baseUrl)
    await page.goto(`${baseUrl}/organize/contests/${namingId}/entries`)
    await page.locator('table tbody tr').first().waitFor()
    results.screening = await pageTurns(page, 'table tbody > tr')
    await context.close()
  }
  return results
}

async function main() {
  const contests = Number(options.contests)
  const entries = Number(options.entries)
  log(`starting the release server with the demo season, ${contests} more contests and ${entries} more entries`)
  const seeded = Date.now()
  const server = await startServer({ demoArgs: ['--extra-contests', String(contests), '--extra-entries', String(entries)] })
  log(`ready in ${((Date.now() - seeded) / 1000).toFixed(1)} s at ${server.baseUrl}`)
  const browser = await launchBrowser()
  try {
    const all = []
    for (let cursor = ''; ; ) {
      const page = await (await fetch(`${server.baseUrl}/api/v1/contests?limit=100${cursor}`)).json()
      all.push(...page.items)
      if (!page.next_cursor) break
      cursor = `&cursor=${page.next_cursor}`
    }
    const bySlug = (slug) => all.find((c) => c.slug === slug)?.id
    const naming = bySlug('eco-delta-naming')
    const results = bySlug('wscw2018-photo')
    const open = all.find((c) => c.slug.startsWith('extra-'))?.id ?? naming
    log(`${all.length} public contests`)

    const pages = await publicPages(browser, server.baseUrl, open, results)
    const listed = await lists(browser, server.baseUrl, naming)

    const report = [
      `# Web UI, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      '',
      `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${Math.round(totalmem() / 2 ** 30)} GiB; Chromium headless on the same machine, no network throttling (loopback).`,
      `Data: the demo season + ${contests} contests + ${entries} entries (${all.length} public contests). Public pages at ${VIEWPORT.width}×${VIEWPORT.height}, cold context per load, ${RUNS} loads each.`,
      '',
      '| page | JavaScript loaded (gzip) | files | FCP median | FCP worst | targets | |',
      '|---|---:|---:|---:|---:|---|---|',
      ...pages.map(
        (p) =>
          `| ${p.name} (\`${p.path.replace(/[0-9a-f-]{36}/g, '{id}')}\`) | ${kb(p.js)} | ${p.files} | ${ms(p.fcpMedian)} | ${ms(p.fcpWorst)} | ≤ 200 KB, FCP < 1.5 s | ${p.js <= 200 * 1024 && p.fcpWorst < 1500 ? 'met' : '**missed**'} |`,
      ),
      '',
      '| list | page turns | turn p50 / p95 / max | long tasks (> 50 ms): count, longest | frames while scrolling: all, slower than 50 ms |',
      '|---|---:|---|---|---|',
      ...[
        ['contest list, 12 per page', listed.contests],
        ['screening list, 50 per page (organizer)', listed.screening],
      ].map(
        ([name, r]) =>
          `| ${name} | ${r.turns.length} | ${ms(median(r.turns))} / ${ms(percentile(r.turns, 95))} / ${ms(Math.max(...r.turns))} | ${r.longTasks.length}, ${r.longTasks.length ? ms(Math.max(...r.longTasks)) : '–'} | ${r.frames}, ${r.slowFrames.length} |`,
      ),
      '',
    ].join('\n')
    console.log(report)
    const out = resolve(import.meta.dirname, '../../bench/results')
    mkdirSync(out, { recursive: true })
    const file = resolve(out, `${new Date().toISOString().replace(/[-:]/g, '').slice(0, 15)}Z-web.md`)
    writeFileSync(file, report)
    log(`report: ${file}`)
  } finally {
    await browser.close()
    await server.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
