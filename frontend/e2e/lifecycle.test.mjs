/**
 * A whole contest's lifecycle in a real browser against the real server,
 * on the server's real clock (the contest closes, the stage's window ends
 * and the results are announced while the test waits):
 *
 *  1. three citizens register and verify their email from the mail file;
 *  2. the organizer (the demo's, a member of the demo ministry: the
 *     membership is the demo's, not made here) creates a naming contest,
 *     adds an optional photo slot to its form, sets its schedule (closing a
 *     little later) and publishes it;
 *  3. the citizens enter: two propose the same name (the later one a
 *     duplicate), one adds a photo;
 *  4. the organizer adds a rubric stage (scoring from the close), three
 *     award tiers, and invites three judges (the demo's verified judge
 *     accounts), who find the invitation in their mail and accept it;
 *  5. after the close the organizer screens (disqualifies the duplicate
 *     with a reason, marks the others eligible) and plans the assignments;
 *  6. the judges declare their conflicts of interest and score (one with
 *     the keyboard only, one declares a conflict); the organizer sees every
 *     judge done, previews the ranking and a breakdown, and brings the end
 *     of the scoring window forward (its settings allow that while scoring)
 *     instead of waiting out the generous window set beforehand;
 *  7. once the window has ended the organizer closes the stage, proposes
 *     the awards from its ranking, and schedules the announcement;
 *  8. before the time a citizen sees when; at the time the citizens see
 *     the winners, and the winner their award under "my entries".
 *
 * Every key page is checked by axe-core (WCAG 2.1 A/AA, zero violations)
 * in English and Korean and screenshotted into e2e-artifacts/ (lc-*.png).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkPage } from './axe.mjs'
import {
  DEMO_PASSWORD,
  checkBothLanguages,
  linkIn,
  mailText,
  personPage,
  registerCitizen,
  setLanguage,
  signIn,
  until,
  serverAndBrowser,
  wallClock,
} from './helpers.mjs'
import { gradientPng } from './photo.mjs'

const ORGANIZER = 'organizer@molit.demo.modu.kr'
const JUDGES = [1, 2, 3].map((n) => `judge${n}@demo.modu.kr`)
const PASSWORD = 'correct horse battery staple 42'

/** How long the contest takes entries after it is published: three citizens' entries fit easily. */
const ENTRY_WINDOW_MS = 50_000
/**
 * The stage's scoring window after the close, long enough for screening,
 * planning and the score sheets on a slow machine: the organizer ends it
 * early once every judge is done.
 */
const SCORING_WINDOW_MS = 300_000
/** From scheduling the announcement to its time. */
const ANNOUNCEMENT_DELAY_MS = 15_000

const ORIGINAL = 'Hanbit Bridge'
const OTHER = 'Saebyeok Bridge'

const env = serverAndBrowser()

/** Presses Tab until `target` has focus, as a keyboard user would (fails after `max` presses). */
async function tabTo(page, target, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return
    await page.keyboard.press('Tab')
  }
  assert.fail(`Tab never reached ${target}`)
}

test('a naming contest from creation to announced results, through the UI', async (t) => {
  const started = Date.now()
  const mark = (what) => t.diagnostic(`${((Date.now() - started) / 1000).toFixed(1)} s: ${what}`)
  const base = env.server.baseUrl
  const stamp = Date.now().toString(36)
  const contestTitle = { ko: `새 다리 이름 짓기 ${stamp}`, en: `Name the new bridge ${stamp}` }
  const stageName = { ko: '본심사', en: 'Jury review' }

  // 1. Three citizens register, each verifying the address from the mail file.
  const citizens = [
    { name: 'Kim Haneul', idea: ORIGINAL, meaning: 'A bridge of great light over the river.' },
    { name: 'Lee Doyun', idea: ORIGINAL, meaning: 'Light that crosses the river: the same name, later.' },
    { name: 'Park Seoyeon', idea: OTHER, meaning: 'The dawn bridge: the first light on the water.', photo: true },
  ]
  for (const [i, citizen] of citizens.entries()) {
    citizen.email = `lc-citizen${i + 1}-${stamp}@e2e.modu.test`
    // One of them on a phone-sized screen.
    const viewport = i === 2 ? { width: 390, height: 844 } : { width: 1024, height: 900 }
    citizen.page = await personPage(t, env.browser, base, `lc-citizen${i + 1}`, { viewport })
    await registerCitizen(citizen.page, env.server, {
      email: citizen.email,
      password: PASSWORD,
      displayName: citizen.name,
      check: i === 0 ? (page) => checkBothLanguages(page, 'lc-c01-register') : undefined,
    })
  }
  mark('three citizens registered and verified')

  // 2. The organizer creates the contest, adds a photo slot, sets the schedule and publishes.
  const organizer = await personPage(t, env.browser, base, 'lc-organizer')
  await signIn(organizer, base, ORGANIZER, DEMO_PASSWORD, '/')
  await organizer.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Organize' }).click()
  await organizer.getByRole('heading', { level: 1, name: 'Organize contests' }).waitFor()
  await organizer.getByRole('table').first().waitFor()
  await checkBothLanguages(organizer, 'lc-o01-organize-home')
  await organizer.getByRole('link', { name: /^New contest of / }).first().click()
  await organizer.getByRole('heading', { level: 1, name: 'New contest' }).waitFor()
  await organizer.getByLabel('Kind').selectOption('naming')
  const titleGroup = organizer.getByRole('group', { name: 'Title' })
  await titleGroup.getByLabel('Korean').fill(contestTitle.ko)
  await titleGroup.getByLabel('English').fill(contestTitle.en)
  // A placeholder schedule: the real one is set just before publishing.
  await organizer.getByLabel(/^Opens/).fill(wallClock(Date.now() - 60_000))
  await organizer.getByLabel(/^Deadline/).fill(wallClock(Date.now() + 3_600_000))
  await checkBothLanguages(organizer, 'lc-o02-new-contest')
  await organizer.getByRole('button', { name: 'Create draft' }).click()
  await organizer.waitForURL(/\/organize\/contests\/[\w-]+$/)
  const contestId = new URL(organizer.url()).pathname.split('/')[3]
  await organizer.getByRole('heading', { level: 2, name: 'Contest settings' }).waitFor()

  // The naming form asks for a name and its meaning; entrants may add one photo.
  await organizer.getByRole('button', { name: 'Add file slot' }).click()
  const slot = organizer.getByRole('group', { name: /^File slot 1/ })
  const slotName = slot.getByRole('group', { name: 'Slot name' })
  await slotName.getByRole('textbox', { name: 'Korean', exact: true }).fill('사진')
  await slotName.getByRole('textbox', { name: 'English', exact: true }).fill('Photo')
  await checkBothLanguages(organizer, 'lc-o03-contest-editor')
  const closesAt = Date.now() + ENTRY_WINDOW_MS
  await organizer.getByLabel(/^Opens \(/).fill(wallClock(Date.now() - 60_000))
  await organizer.getByLabel(/^Deadline \(/).fill(wallClock(closesAt))
  await organizer.getByRole('button', { name: 'Save', exact: true }).click()
  await organizer.getByText(/^Saved \(version \d+\)\.$/).waitFor()
  await organizer.getByRole('button', { name: 'Publish…' }).click()
  await organizer.getByRole('group', { name: 'Publish this contest?' }).getByRole('button', { name: 'Publish', exact: true }).click()
  await organizer.getByText('The contest is published.').waitFor()
  mark('contest published')

  // 3. The citizens enter: the second proposes the first one's name again, the third adds a photo.
  for (const [i, citizen] of citizens.entries()) {
    const page = citizen.page
    await page.goto(`${base}/contests/${contestId}`)
    await page.getByRole('heading', { level: 1, name: contestTitle.en }).waitFor()
    if (i === 0) await checkBothLanguages(page, 'lc-c02-contest', (p, lang) => p.getByRole('heading', { level: 2, name: lang === 'en' ? 'Schedule' : '일정' }).waitFor())
    await page.getByRole('link', { name: 'Enter this contest' }).click()
    await page.getByRole('textbox', { name: 'Proposed name or slogan' }).fill(citizen.idea)
    await page.getByRole('textbox', { name: 'Meaning and why' }).fill(citizen.meaning)
    await page.getByText(/Saved at/).waitFor()
    await page.waitForURL(/entry=/)
    if (citizen.photo) {
      await page.getByLabel(/^Photo/).setInputFiles({ name: 'dawn.png', mimeType: 'image/png', buffer: gradientPng() })
      await page.getByText('dawn.png uploaded.').waitFor()
      await page.getByRole('img', { name: 'Preview of dawn.png' }).waitFor()
      await checkBothLanguages(page, 'lc-c03-entry-form-photo')
    }
    await page.getByRole('button', { name: 'Submit entry' }).click()
    const receipt = page.getByText(/Receipt number: \S+/)
    await receipt.waitFor()
    citizen.receipt = (await receipt.textContent()).match(/Receipt number: (\S+)/)[1]
    if (i === 0) await checkBothLanguages(page, 'lc-c04-receipt')
  }
  mark('three entries submitted')
  assert.ok(Date.now() < closesAt, 'the entries were in before the deadline')

  // 4. The stage: rubric scoring from the close, two criteria, every judge scores every entry.
  const scoringClosesAt = closesAt + SCORING_WINDOW_MS
  await organizer.getByRole('navigation', { name: 'Contest administration' }).getByRole('link', { name: 'Judging stages' }).click()
  await organizer.getByRole('button', { name: 'Add a judging stage' }).click()
  await organizer.getByRole('heading', { level: 2, name: 'New judging stage' }).waitFor()
  await organizer.getByLabel('Stage name (Korean)').fill(stageName.ko)
  await organizer.getByLabel('Stage name (English)').fill(stageName.en)
  await organizer.getByLabel('Scoring opens').fill(wallClock(closesAt))
  await organizer.getByLabel('Scoring closes').fill(wallClock(scoringClosesAt))
  const criteria = [
    { key: 'originality', ko: '독창성', en: 'Originality' },
    { key: 'fit', ko: '장소와의 어울림', en: 'Fit with the place' },
  ]
  for (const [i, criterion] of criteria.entries()) {
    if (i > 0) await organizer.getByRole('button', { name: 'Add a criterion' }).click()
    const row = organizer.getByRole('group', { name: new RegExp(`^Criterion ${i + 1}`) })
    await row.getByLabel('Key').fill(criterion.key)
    await row.getByLabel('Label (Korean)').fill(criterion.ko)
    await row.getByLabel('Label (English)').fill(criterion.en)
  }
  await organizer.getByText('Highest possible total per judge: 20 points').waitFor()
  await checkBothLanguages(organizer, 'lc-o04-stage-editor')
  await organizer.getByRole('button', { name: 'Add the stage' }).click()
  await organizer.getByText(`The settings of 1. ${stageName.en} are saved.`).waitFor()
  await checkBothLanguages(organizer, 'lc-o05-stages')
  await organizer.getByRole('link', { name: `1. ${stageName.en}: panel and assignments` }).click()
  await organizer.getByRole('heading', { level: 2, name: 'Panel' }).waitFor()
  const stageUrl = organizer.url()

  // Three judges invited by email
  for (const judge of JUDGES) {
    await organizer.getByLabel('Email address').fill(judge)
    await organizer.getByRole('button', { name: 'Send the invitation' }).click()
    await organizer.getByText(`An invitation was sent to ${judge}.`).waitFor()
  }
  await organizer.getByRole('table', { name: 'Judges and their progress' }).getByText('Invited (not accepted yet)').first().waitFor()

  // Three award tiers, best first
  await organizer.getByRole('navigation', { name: 'Contest administration' }).getByRole('link', { name: 'Awards' }).click()
  await organizer.getByRole('heading', { level: 2, name: 'Award tiers' }).waitFor()
  const tiers = [
    { ko: '대상', en: 'Grand prize', prize: '1,000,000 won' },
    { ko: '최우수상', en: 'Excellence award', prize: '500,000 won' },
    { ko: '우수상', en: 'Merit award', prize: '200,000 won' },
  ]
  for (const [i, tier] of tiers.entries()) {
    await organizer.getByRole('button', { name: 'Add a tier' }).click()
    const group = organizer.getByRole('group', { name: new RegExp(`^${i + 1}\\. `) })
    await group.getByLabel('Name (Korean)').fill(tier.ko)
    await group.getByLabel('Name (English)').fill(tier.en)
    await group.getByLabel('Prize').fill(tier.prize)
  }
  await organizer.getByRole('button', { name: 'Save the tiers' }).click()
  await organizer.getByText('Saved 3 award tiers.').waitFor()
  await checkBothLanguages(organizer, 'lc-o06-award-tiers')
  mark('stage, tiers and invitations set')

  // The judges find the invitation in their mail, sign in from its link and accept.
  const judges = []
  for (const [i, email] of JUDGES.entries()) {
    const page = await personPage(t, env.browser, base, `lc-judge${i + 1}`)
    const mail = await mailText(env.server, email, new RegExp(contestTitle.ko))
    await page.goto(linkIn(mail, base, '/judging'))
    await setLanguage(page, 'en')
    await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click()
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email)
    await page.getByLabel('Password').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('heading', { level: 1, name: 'My judging' }).waitFor()
    const invitations = page.getByRole('region', { name: 'Invitations to judge' })
    await invitations.getByRole('article', { name: new RegExp(stageName.en) }).waitFor()
    if (i === 0) await checkBothLanguages(page, 'lc-j01-invitation')
    await invitations.getByRole('button', { name: new RegExp(`^Accept the invitation to judge .*${stageName.en}`) }).click()
    await page
      .getByRole('region', { name: 'My stages' })
      .getByRole('article', { name: new RegExp(stageName.en) })
      .waitFor()
    judges.push(page)
  }
  mark('judges accepted')

  // 5. After the close: screening. The later of the two same names is disqualified.
  await until(closesAt)
  mark('entries closed')
  await organizer.getByRole('navigation', { name: 'Contest administration' }).getByRole('link', { name: 'Entries' }).click()
  await organizer.getByRole('heading', { level: 1, name: `Screening: ${contestTitle.en}` }).waitFor()
  const duplicates = organizer.getByRole('region', { name: 'Duplicates and similar entries' })
  await duplicates.getByRole('heading', { name: `“${ORIGINAL}” (2 entries)` }).waitFor()
  await organizer.getByRole('table').getByText(`Duplicate of ${citizens[0].receipt}`).waitFor()
  await checkBothLanguages(organizer, 'lc-o07-screening')
  await duplicates.getByRole('link', { name: citizens[1].receipt }).click()
  await organizer.getByRole('heading', { level: 2, name: `Entry ${citizens[1].receipt}` }).waitFor()
  await organizer.getByLabel('Reason for disqualifying').fill(`The same name as the earlier entry ${citizens[0].receipt}.`)
  await checkBothLanguages(organizer, 'lc-o08-screening-entry')
  await organizer.getByRole('button', { name: 'Disqualify' }).click()
  await organizer.getByText('Disqualified. The entrant is told the reason by email.').waitFor()
  for (const citizen of [citizens[0], citizens[2]]) {
    await organizer.getByRole('table').getByRole('link', { name: citizen.receipt, exact: true }).click()
    await organizer.getByRole('heading', { level: 2, name: `Entry ${citizen.receipt}` }).waitFor()
    await organizer.getByRole('button', { name: 'Mark eligible' }).click()
    await organizer.getByText('Marked eligible.').waitFor()
  }
  // The disqualified entrant is told why by mail.
  await mailText(env.server, citizens[1].email, /The same name as the earlier entry/)

  // Assignments: every judge, every eligible entry.
  await organizer.goto(stageUrl)
  await organizer.getByRole('button', { name: 'Plan assignments' }).click()
  await organizer.getByText('Assignments added: 6.').waitFor()
  await checkBothLanguages(organizer, 'lc-o09-stage-panel')
  mark('screened and planned')

  // 6. The judges declare and score. Judge 1 uses the keyboard only.
  // What each judge gives each name (originality, fit), and the totals given, to check the ranking.
  const scores = { [ORIGINAL]: [['9', '8'], ['8', '9'], ['9', '9']], [OTHER]: [['7', '6'], ['6', '6'], ['5', '5']] }
  const totals = { [ORIGINAL]: [], [OTHER]: [] }
  /** The name on the entry shown, and the scores judge `j` gives it. */
  const sheetFor = async (page, j) => {
    const idea = (await page.getByText(ORIGINAL).count()) > 0 ? ORIGINAL : OTHER
    const [originality, fit] = scores[idea][j]
    totals[idea].push(Number(originality) + Number(fit))
    return [originality, fit]
  }
  {
    const page = judges[0]
    await page.reload()
    const card = page.getByRole('region', { name: 'My stages' }).getByRole('article', { name: new RegExp(stageName.en) })
    await card.getByText('Scored 0 of 2').waitFor()
    await tabTo(page, card.getByRole('link', { name: `Judge ${stageName.en}` }))
    await page.keyboard.press('Enter')
    await page.getByRole('table', { name: 'Entries assigned to you' }).waitFor()
    await checkBothLanguages(page, 'lc-j02-stage')
    await tabTo(page, page.getByRole('link', { name: 'Entry 1', exact: true }))
    await page.keyboard.press('Enter')
    for (const n of [1, 2]) {
      await page.getByRole('heading', { level: 1, name: `Entry ${n} of 2` }).waitFor()
      await page.getByRole('heading', { name: /Conflict of interest/ }).waitFor()
      // The heading takes focus just after it is shown (an effect): keys pressed
      // before that land elsewhere, so wait for it.
      await page.waitForFunction(() => document.activeElement?.id === 'declaration-title')
      // The declaration's heading has focus: Tab to the choices, Space picks "no conflict", Tab, Enter declares.
      await page.keyboard.press('Tab')
      await page.keyboard.press('Space')
      await page.keyboard.press('Tab')
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { name: 'The entry' }).waitFor()
      const [originality, fit] = await sheetFor(page, 0)
      // A digit outside any field types into the first criterion; Enter goes to the next.
      await page.keyboard.type(originality)
      await page.keyboard.press('Enter')
      await page.keyboard.type(fit)
      assert.match(await page.locator('output').textContent(), new RegExp(`^${Number(originality) + Number(fit)} of 20 points$`))
      await page.keyboard.press('Control+Enter')
      await page.getByText(/Score submitted at/).waitFor()
      // Alt+→: the next entry.
      if (n === 1) await page.keyboard.press('Alt+ArrowRight')
    }
    await checkPage(page, 'lc-j03-keyboard-scored')
  }
  // Judge 2 with the mouse; judge 3 declares a conflict with the first entry and scores the second.
  for (const j of [1, 2]) {
    const page = judges[j]
    await page.reload()
    await page.getByRole('link', { name: `Judge ${stageName.en}` }).click()
    await page.getByRole('link', { name: 'Entry 1', exact: true }).click()
    for (const n of [1, 2]) {
      await page.getByRole('heading', { level: 1, name: `Entry ${n} of 2` }).waitFor()
      await page.getByRole('heading', { name: /Conflict of interest/ }).waitFor()
      if (j === 1 && n === 1) await checkBothLanguages(page, 'lc-j04-declaration')
      if (j === 2 && n === 1) {
        await page.getByRole('radio', { name: 'I have a conflict of interest' }).check()
        await page.getByLabel('Reason').fill('I advised one of the entrants on this proposal.')
        await page.getByRole('button', { name: 'Declare and continue' }).click()
        await page.getByText('Your conflict of interest is recorded. You will not judge this entry.').waitFor()
        await page.getByRole('button', { name: 'Next entry →' }).click()
        continue
      }
      await page.getByRole('radio', { name: 'I have no conflict of interest' }).check()
      await page.getByRole('button', { name: 'Declare and continue' }).click()
      await page.getByRole('heading', { name: 'The entry' }).waitFor()
      const [originality, fit] = await sheetFor(page, j)
      await page.getByRole('spinbutton', { name: /Originality/ }).fill(originality)
      await page.getByRole('spinbutton', { name: /Fit with the place/ }).fill(fit)
      await page.getByRole('button', { name: 'Submit score', exact: true }).click()
      await page.getByText(/Score submitted at/).waitFor()
      if (j === 1 && n === 1) await checkBothLanguages(page, 'lc-j05-scored')
      if (n === 1) await page.getByRole('button', { name: 'Next entry →' }).click()
    }
  }
  mark('judges scored')

  // The organizer sees every judge done, previews the results, and ends the scoring window early.
  await organizer.goto(stageUrl)
  const panel = organizer.getByRole('table', { name: 'Judges and their progress' })
  for (const judge of JUDGES) {
    assert.match(await panel.getByRole('row', { name: new RegExp(judge) }).textContent(), /· 0 to go ·/)
  }
  await organizer.getByRole('link', { name: 'Results preview' }).first().click()
  await organizer.getByRole('heading', { level: 1, name: new RegExp(`^Results preview: .*${stageName.en}`) }).waitFor()
  await organizer.getByText('Preview from the scores submitted so far, computed', { exact: false }).waitFor()
  // The original name first, each with its number of judges (one declared a conflict) and mean total.
  const rows = organizer.getByRole('table', { name: /^Ranking of / }).getByRole('row')
  await rows.nth(2).waitFor()
  for (const [i, idea] of [ORIGINAL, OTHER].entries()) {
    // Place, entry, judges, jury, bonus, final score, advances, close call
    const cells = (await rows.nth(i + 1).locator('th, td').allTextContents()).map((c) => c.trim())
    assert.ok(cells[1].includes(idea), `${idea} is ranked ${i + 1}: ${cells}`)
    const mean = String(Number((totals[idea].reduce((a, b) => a + b, 0) / totals[idea].length).toFixed(2)))
    assert.deepEqual([cells[2], cells[3], cells[5]], [String(totals[idea].length), mean, mean])
  }
  // Each entry's breakdown: every judge's total.
  await organizer.getByRole('button', { name: `Breakdown of ${citizens[0].receipt}` }).click()
  await organizer.getByRole('table', { name: /^Each judge’s total for / }).waitFor()
  await checkBothLanguages(organizer, 'lc-o10-results-preview')
  await organizer.getByRole('link', { name: 'Back to the stage’s settings' }).click()
  await organizer.getByRole('link', { name: 'Stage settings (rubric and recipe)' }).click()
  await organizer.getByText('Scoring has opened: some settings are frozen.').waitFor()
  const scoringEndsAt = Date.now() + 3_000
  await organizer.getByLabel('Scoring closes').fill(wallClock(scoringEndsAt))
  await organizer.getByRole('button', { name: 'Save the settings' }).click()
  await organizer.getByText(`The settings of 1. ${stageName.en} are saved.`).waitFor()

  // 7. When the window has ended: close the stage, propose the awards, schedule the announcement.
  await until(scoringEndsAt)
  mark('scoring window ended')
  await organizer.goto(stageUrl)
  await organizer.getByRole('button', { name: `Close 1. ${stageName.en}…` }).click()
  await organizer.getByRole('button', { name: `Yes, close 1. ${stageName.en}` }).click()
  await organizer.getByText(`1. ${stageName.en} is closed.`, { exact: false }).waitFor()
  await organizer.getByRole('navigation', { name: 'Contest administration' }).getByRole('link', { name: 'Awards' }).click()
  await organizer.getByRole('button', { name: 'Propose awards from the final ranking' }).click()
  await organizer.getByText('Proposed 2 awards.', { exact: false }).waitFor()
  const grand = organizer.getByRole('region', { name: 'Grand prize' })
  assert.match(await grand.getByRole('table').textContent(), new RegExp(ORIGINAL))
  await checkBothLanguages(organizer, 'lc-o11-awards')

  await organizer.getByRole('navigation', { name: 'Contest administration' }).getByRole('link', { name: 'Announcement' }).click()
  await organizer.getByText('No announcement time is set yet.').waitFor()
  const announceAt = Date.now() + ANNOUNCEMENT_DELAY_MS
  await organizer.getByLabel('Announcement time').fill(wallClock(announceAt))
  await organizer.getByLabel(/^I understand that at this time the results become public/).check()
  await checkBothLanguages(organizer, 'lc-o12-announcement')
  await organizer.getByRole('button', { name: 'Set the announcement time' }).click()
  await organizer.getByText(/^Saved\. The results will be announced on /).waitFor()
  mark('announcement scheduled')

  // 8. Before the time a citizen sees when; at the time everyone sees the winners.
  const reader = citizens[2].page
  await reader.goto(`${base}/contests/${contestId}/results`)
  await reader.getByText('The results are not announced yet.').waitFor()
  await reader.getByText('Results announced on:').waitFor()
  await checkBothLanguages(reader, 'lc-c05-results-pending')

  await until(announceAt)
  mark('announcement time')
  await reader.reload()
  const grandTier = reader.locator('section').filter({ has: reader.getByRole('heading', { level: 2, name: 'Grand prize', exact: true }) })
  await grandTier.waitFor()
  assert.match(await grandTier.textContent(), new RegExp(`${ORIGINAL}[\\s\\S]*${citizens[0].name}|${citizens[0].name}[\\s\\S]*${ORIGINAL}`))
  const excellence = reader.locator('section').filter({ has: reader.getByRole('heading', { level: 2, name: 'Excellence award', exact: true }) })
  assert.match(await excellence.textContent(), new RegExp(OTHER))
  await excellence.getByRole('img').first().waitFor()
  // Only two entries were eligible: the third tier has no winner.
  const merit = reader.locator('section').filter({ has: reader.getByRole('heading', { level: 2, name: 'Merit award', exact: true }) })
  await merit.getByText('No award was given in this tier.').waitFor()
  await checkBothLanguages(reader, 'lc-c06-results')

  // The winner reads the award under "my entries".
  const winner = citizens[0].page
  await winner.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'My entries' }).click()
  await winner.getByRole('table').waitFor()
  await winner.getByText(/Grand prize/).first().waitFor()
  await checkBothLanguages(winner, 'lc-c07-my-entries')
  mark('results seen')
})
