/**
 * Building blocks of the longer browser tests: a page per person, signing
 * in, registering a citizen with the verification link from the mail file,
 * the language switch, the axe check in both languages, mail without a
 * token link, wall-clock times for datetime-local inputs, and the server
 * and browser every test file starts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { after, before } from 'node:test'
import assert from 'node:assert/strict'
import { artifacts, checkPage, makeArtifactsFolder } from './axe.mjs'
import { launchBrowser } from './browser.mjs'
import { startServer } from './server.mjs'

export const DEMO_PASSWORD = 'modu-demo-2018'

/**
 * Starts the server and the browser before the file's tests and stops them
 * after; the returned object holds them (`env.server`, `env.browser`) once
 * the tests run.
 */
export function serverAndBrowser() {
  const env = { server: undefined, browser: undefined }
  before(async () => {
    makeArtifactsFolder()
    env.server = await startServer()
    env.browser = await launchBrowser()
  })
  after(async () => {
    await env.browser?.close()
    await env.server?.stop()
  })
  return env
}

/**
 * A fresh browser context and page (own cookies, so own session), in
 * English unless `language` says otherwise. The last page is screenshotted
 * as `<shot>-last-page.png` when the test ends, which shows where a failure happened.
 */
export async function personPage(t, browser, baseUrl, shot, { viewport = { width: 1280, height: 900 } } = {}) {
  // bypassCSP: the server's CSP (rightly) refuses the inline axe-core script the check injects.
  const context = await browser.newContext({ viewport, bypassCSP: true })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  t.after(async () => {
    if (!page.isClosed()) await page.screenshot({ path: resolve(artifacts, `${shot}-last-page.png`), fullPage: true }).catch(() => {})
    await context.close()
  })
  await page.goto(baseUrl + '/')
  await setLanguage(page, 'en')
  return page
}

const LANGUAGE_BUTTON = { en: 'English', ko: '한국어' }

/** Chooses the language with the header's switch and waits for <html lang> to follow. */
export async function setLanguage(page, language) {
  if ((await page.getAttribute('html', 'lang')) === language) return
  await page.getByRole('group', { name: /^(Language|언어 선택)$/ }).getByRole('button', { name: LANGUAGE_BUTTON[language] }).click()
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language)
}

/**
 * The page screenshotted and checked by axe (WCAG 2.1 A/AA, zero
 * violations) in English and in Korean, and left in English. `ready(page,
 * language)`, when given, waits for something that shows the page has
 * re-rendered in that language.
 */
export async function checkBothLanguages(page, name, ready) {
  for (const language of ['en', 'ko']) {
    await setLanguage(page, language)
    if (ready) await ready(page, language)
    await checkPage(page, `${name}-${language}`)
  }
  await setLanguage(page, 'en')
  if (ready) await ready(page, 'en')
}

/** Signs in on /sign-in (English), then waits for `next` to load. */
export async function signIn(page, baseUrl, email, password, next = '/') {
  await page.goto(`${baseUrl}/sign-in?next=${encodeURIComponent(next)}`)
  await setLanguage(page, 'en')
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL((url) => url.pathname === next.split('?')[0])
}

/**
 * A citizen registers through the form, opens the verification link from
 * the mail file, and signs in. `check` (optional) runs on the filled form.
 */
export async function registerCitizen(page, server, { email, password, displayName, birthDate = '1990-05-05', check }) {
  await page.goto(server.baseUrl + '/register')
  await setLanguage(page, 'en')
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByLabel('Display name').fill(displayName)
  await page.getByLabel('Date of birth').fill(birthDate)
  for (const box of await page.getByRole('checkbox', { name: /I agree/ }).all()) await box.check()
  if (check) await check(page)
  await page.getByRole('button', { name: 'Register' }).click()
  await page.getByRole('heading', { name: 'Check your email' }).waitFor()
  await page.goto(await server.mailLink(email, '/verify-email'))
  await page.getByText('Your email address is verified').waitFor()
  await signIn(page, server.baseUrl, email, password, '/')
}

/**
 * The text of the first mail to `to` whose text matches `pattern` (a
 * RegExp), waiting for the mail worker. For mail whose link carries no
 * token (the judge invitation links to /judging), which `server.mailLink` cannot find.
 */
export async function mailText(server, to, pattern, timeoutMs = 15_000) {
  const mailDir = join(server.dataDir, 'mail')
  const until = Date.now() + timeoutMs
  for (;;) {
    const files = existsSync(mailDir) ? readdirSync(mailDir).filter((f) => f.endsWith('.txt')).sort() : []
    for (const file of files) {
      const text = readFileSync(join(mailDir, file), 'utf8')
      if (!text.split('\n', 1)[0].toLowerCase().includes(to.toLowerCase())) continue
      if (pattern.test(text)) return text
    }
    if (Date.now() > until) throw new Error(`no mail to ${to} matching ${pattern} in ${mailDir}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** The first link to `path` (no query) in `text`. */
export function linkIn(text, baseUrl, path) {
  const match = text.match(new RegExp(`${baseUrl.replace(/[.]/g, '\\.')}${path}(?![\\w/?-])`))
  assert.ok(match, `a link to ${path} in:\n${text}`)
  return match[0]
}

/**
 * The value a datetime-local input takes for the instant `ms` on the clock
 * of a zone `offsetHours` ahead of UTC with no summer time (Asia/Seoul: 9):
 * "YYYY-MM-DDTHH:mm:ss", or without ":ss" on a whole minute (Chromium drops
 * ":00", and Playwright's fill checks the value reads back unchanged).
 */
export function wallClock(ms, offsetHours = 9) {
  const text = new Date(Math.floor(ms / 1000) * 1000 + offsetHours * 3_600_000).toISOString().slice(0, 19)
  return text.endsWith(':00') ? text.slice(0, 16) : text
}

/** Sleeps until the instant `ms` (plus a little, for the server's clock to be surely past it). */
export async function until(ms, slackMs = 500) {
  const wait = ms + slackMs - Date.now()
  if (wait > 0) await new Promise((r) => setTimeout(r, wait))
}
