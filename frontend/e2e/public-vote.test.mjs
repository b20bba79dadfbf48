/**
 * The public vote in a real browser against the real server: the organizer
 * opens a vote on the demo's children's drawing contest (through the API,
 * which keeps this test on the voter's side; the organizer's ballot screen is
 * tested in src/features/awarding), and a verified citizen finds
 * it from the contest page, sees the drawings (fetched with their token),
 * chooses up to the limit, saves, and finds the votes kept on return.
 * axe-core checks the vote page (WCAG 2.1 AA).
 */
import { resolve } from 'node:path'
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { artifacts, checkPage } from './axe.mjs'
import { serverAndBrowser } from './helpers.mjs'

const PASSWORD = 'modu-demo-2018'
const env = serverAndBrowser()

async function api(path, { token, method = 'GET', body } = {}) {
  const response = await fetch(env.server.baseUrl + path, {
    method,
    headers: {
      ...(body ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  assert.ok(response.ok, `${method} ${path}: ${response.status}`)
  return response.json()
}

/** The organizer opens a vote on the drawing contest: from a minute ago, for a day, two votes each. */
async function openDrawingVote() {
  const { access_token: token } = await api('/api/v1/auth/sign-in', {
    method: 'POST',
    body: { email: 'organizer@molit.demo.modu.kr', password: PASSWORD },
  })
  const { items } = await api('/api/v1/contests?kind=drawing')
  const contest = items[0]
  const now = Date.now()
  await api(`/api/v1/contests/${contest.id}/ballot`, {
    token,
    method: 'PUT',
    body: {
      opens_at: new Date(now - 60_000).toISOString(),
      closes_at: new Date(now + 86_400_000).toISOString(),
      max_votes: 2,
    },
  })
  return contest
}

test('a verified citizen votes for two drawings, cannot choose a third, saves, and finds the votes kept', async (t) => {
  const contest = await openDrawingVote()
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  t.after(async () => {
    if (!page.isClosed()) await page.screenshot({ path: resolve(artifacts, 'vote-last-page.png'), fullPage: true })
    await context.close()
  })

  await page.goto(env.server.baseUrl + `/sign-in?next=${encodeURIComponent(`/contests/${contest.id}`)}`)
  await page.getByRole('button', { name: 'English' }).click()
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill('citizen01@demo.modu.kr')
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('heading', { level: 2, name: 'Schedule' }).waitFor()

  // The contest page leads to the open vote
  await page.getByRole('link', { name: 'Vote in the public vote' }).click()
  await page.getByRole('heading', { level: 1, name: /^Public vote: / }).waitFor()
  const ballot = page.getByRole('group', { name: 'Entries on the ballot' })
  await ballot.waitFor()
  await page.getByText('You have not voted yet.').waitFor()
  // The drawings come through the signed-in file fetch, as object URLs
  const first = ballot.getByRole('img').first()
  await first.waitFor()
  await page.waitForFunction(() => {
    const img = document.querySelector('fieldset img')
    return img instanceof HTMLImageElement && img.src.startsWith('blob:') && img.naturalWidth > 0
  })
  await checkPage(page, 'v01-ballot')

  const boxes = await ballot.getByRole('checkbox').all()
  assert.ok(boxes.length >= 3, 'the drawing contest has at least three entries on the ballot')
  await boxes[0].check()
  await boxes[1].check()
  await page.getByText('2 of 2 chosen. To choose another entry, untick one first. Not saved yet.').waitFor()
  assert.equal(await boxes[2].isDisabled(), true)
  await checkPage(page, 'v02-ballot-full')

  await page.getByRole('button', { name: 'Save my votes' }).click()
  await page.getByText('Your votes are saved (2 in all).').waitFor()
  const chosen = [await boxes[0].getAttribute('id'), await boxes[1].getAttribute('id')]

  // Back later: the votes are kept
  await page.reload()
  await page.getByRole('group', { name: 'Entries on the ballot' }).waitFor()
  const mine = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Your votes' }) })
  assert.equal(await mine.getByRole('listitem').count(), 2)
  for (const id of chosen) assert.equal(await page.locator(`#${id}`).isChecked(), true)
})
