/**
 * Judges in a real browser against the real server with the demo season:
 * judge 7 (who has not begun the naming contest's blind first round)
 * declares no conflict on an entry, scores it with the keyboard only,
 * submits and sees the progress go up; judge 5 begins the hackathon's
 * pairwise final, declares on two entries and votes. axe-core checks each
 * judging page (WCAG 2.1 AA); screenshots go to e2e-artifacts/.
 */
import { resolve } from 'node:path'
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { artifacts, checkPage } from './axe.mjs'
import { serverAndBrowser } from './helpers.mjs'

const PASSWORD = 'modu-demo-2018'
const env = serverAndBrowser()

/** A wide window (entry beside the score sheet), in English, signed in as `email`, on "My judging". */
async function signedInJudge(t, email, shot) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  t.after(async () => {
    if (!page.isClosed()) await page.screenshot({ path: resolve(artifacts, `${shot}-last-page.png`), fullPage: true })
    await context.close()
  })
  await page.goto(env.server.baseUrl + '/sign-in?next=%2Fjudging')
  await page.getByRole('button', { name: 'English' }).click()
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email)
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('heading', { level: 1, name: 'My judging' }).waitFor()
  return page
}

test('judge 7 declares no conflict, scores an entry with the keyboard only, submits, and the progress goes up', async (t) => {
  const page = await signedInJudge(t, 'judge7@demo.modu.kr', 'judge7')
  const round = page.getByRole('article', { name: /First round/ })
  await round.getByText('Scored 0 of 12').waitFor()
  await checkPage(page, 'j01-my-judging')

  // The stage: my assignments, none declared yet
  await round.getByRole('link', { name: 'Judge First round' }).click()
  await page.getByRole('heading', { level: 1, name: 'First round' }).waitFor()
  await page.getByRole('table', { name: 'Entries assigned to you' }).waitFor()
  assert.match(await page.getByRole('table').textContent(), /Not declared yet/)
  await checkPage(page, 'j02-stage')

  // The first entry: the declaration comes before any content
  await page.getByRole('link', { name: 'Entry 1', exact: true }).click()
  await page.getByRole('heading', { level: 1, name: 'Entry 1 of 12' }).waitFor()
  await page.getByRole('heading', { name: /Conflict of interest/ }).waitFor()
  assert.equal(await page.getByRole('heading', { name: 'The entry' }).count(), 0)
  await checkPage(page, 'j03-declaration')

  // Keyboard only from here. The declaration's heading has focus: Tab to the choices, Space picks, Enter declares.
  await page.keyboard.press('Tab')
  await page.keyboard.press('Space')
  assert.equal(await page.getByRole('radio', { name: 'I have no conflict of interest' }).isChecked(), true)
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await page.getByRole('heading', { name: 'The entry' }).waitFor()
  await page.getByText('Proposed name or slogan').waitFor()
  // Blind: the entrant is not named
  assert.equal(await page.getByText('Entrant', { exact: true }).count(), 0)

  // A digit outside any field types into the first criterion; arrows move by the step; Enter goes on.
  const score = (name) => page.getByRole('spinbutton', { name: new RegExp(name) })
  await page.keyboard.type('25')
  await page.keyboard.press('ArrowUp')
  assert.equal(await score('Originality').inputValue(), '26')
  await page.keyboard.press('Enter')
  await page.keyboard.type('20')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await page.keyboard.press('End')
  await page.keyboard.press('ArrowUp') // already at the top: stays 20
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await page.keyboard.type('15')
  await page.keyboard.press('+')
  assert.deepEqual(
    await Promise.all(['Originality', 'Fit with', 'Easy to say', 'Usable'].map((n) => score(n).inputValue())),
    ['26', '19', '18', '16'],
  )
  assert.match(await page.locator('output').textContent(), /^79 of 100 points$/)
  await page.keyboard.press('Control+Enter')
  await page.getByText(/Score submitted at/).waitFor()
  assert.match(await page.locator('.score-state').textContent(), /Submitted/)
  await checkPage(page, 'j04-scored')

  // The shortcuts are documented on the page: ? shows them
  await page.locator('h1').focus()
  await page.keyboard.press('?')
  await page.getByRole('table', { name: 'Shortcuts of the scoring screen' }).waitFor()
  await checkPage(page, 'j05-shortcuts')

  // Progress went up
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Judging' }).click()
  await page.getByRole('heading', { level: 1, name: 'My judging' }).waitFor()
  await page.getByRole('article', { name: /First round/ }).getByText('Scored 1 of 12').waitFor()

  // The judging pages pass axe in Korean too
  await page.getByRole('button', { name: '한국어' }).click()
  await page.getByRole('heading', { level: 1, name: '내 심사' }).waitFor()
  await checkPage(page, 'j06-my-judging-ko')
})

test('judge 5 begins the pairwise final, declares on two entries and says which was better', async (t) => {
  const page = await signedInJudge(t, 'judge5@demo.modu.kr', 'judge5')
  await page.getByRole('link', { name: 'Compare entries in Final (expo judging)' }).click()
  await page.getByRole('heading', { level: 1, name: 'Final (expo judging)' }).waitFor()
  await checkPage(page, 'p01-pairwise-start')

  await page.getByRole('button', { name: 'Begin comparing' }).click()
  await declareNoConflict(page)
  await page.getByRole('heading', { name: 'Your first entry' }).waitFor()
  const first = await page.getByRole('heading', { name: 'The entry' }).locator('..').textContent()
  assert.match(first, /Project name/)
  await checkPage(page, 'p02-pairwise-first')

  await page.getByRole('button', { name: 'Next entry' }).click()
  await page.getByRole('status').filter({ hasText: 'You were handed the next entry.' }).waitFor()
  await declareNoConflict(page)
  await page.getByRole('heading', { name: 'Which was better?' }).waitFor()
  assert.match(await page.getByText(/^Previous entry: /).textContent(), /Previous entry: \S/)
  await checkPage(page, 'p03-pairwise-compare')

  await page.getByRole('button', { name: /^This one was better: / }).click()
  await page.getByText('Comparisons so far: 1.').waitFor()
  await page.getByRole('button', { name: 'Undo the last comparison' }).waitFor()
  await checkPage(page, 'p04-pairwise-voted')
})

async function declareNoConflict(page) {
  await page.getByRole('heading', { name: /Conflict of interest/ }).waitFor()
  await page.getByRole('radio', { name: 'I have no conflict of interest' }).check()
  await page.getByRole('button', { name: 'Declare and continue' }).click()
  await page.getByRole('heading', { name: 'The entry' }).waitFor()
}
