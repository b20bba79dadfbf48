/**
 * A citizen's whole path in a real browser against the real server: register,
 * verify the email from the mail file, sign in, find the demo's open design
 * (BI) contest, fill the entry form, upload an image, submit, see the
 * receipt. (The demo's photo contest is closed and announced: see
 * results.test.mjs.) axe-core checks the key pages for WCAG 2.1 AA on the
 * way. Screenshots go to e2e-artifacts/.
 */
import { resolve } from 'node:path'
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { artifacts, checkPage } from './axe.mjs'
import { serverAndBrowser } from './helpers.mjs'
import { gradientPng } from './photo.mjs'

const env = serverAndBrowser()

test('a citizen registers, verifies the email, enters the design contest with an image and gets a receipt', async (t) => {
  // bypassCSP: the server's CSP (rightly) refuses the inline axe-core script the check injects.
  const context = await env.browser.newContext({ viewport: { width: 1024, height: 900 }, bypassCSP: true })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  t.after(async () => {
    if (!page.isClosed()) await page.screenshot({ path: resolve(artifacts, 'last-page.png'), fullPage: true })
    await context.close()
  })
  const email = `citizen-${Date.now()}@e2e.modu.test`
  const password = 'correct horse battery staple 42'

  // English: the machine may lack Korean fonts, and the screenshots should be readable.
  await page.goto(env.server.baseUrl + '/')
  await page.getByRole('button', { name: 'English' }).click()
  await page.getByRole('heading', { level: 2, name: 'Open for entries' }).waitFor()
  await checkPage(page, '01-home')

  // Register
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Register' }).click()
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByLabel('Display name').fill('E2E 시민')
  await page.getByLabel('Date of birth').fill('1990-05-05')
  for (const box of await page.getByRole('checkbox', { name: /I agree/ }).all()) await box.check()
  await checkPage(page, '02-register')
  await page.getByRole('button', { name: 'Register' }).click()
  await page.getByRole('heading', { name: 'Check your email' }).waitFor()

  // Verify the email with the link from the mail file
  await page.goto(await env.server.mailLink(email, '/verify-email'))
  await page.getByText('Your email address is verified').waitFor()

  // Sign in, back to the contest list
  await page.goto(env.server.baseUrl + '/sign-in?next=%2Fcontests')
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('heading', { level: 1, name: 'Find a contest' }).waitFor()

  // Find the design contest with the filters
  await page.getByLabel('Kind').selectOption('design')
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await page.waitForURL(/kind=design/)
  await checkPage(page, '03-contests-design')
  await page.getByRole('heading', { level: 3 }).getByRole('link').first().click()
  await page.getByRole('heading', { level: 2, name: 'Schedule' }).waitFor()
  assert.match(await page.getByRole('timer').textContent(), /left/)
  await checkPage(page, '04-contest')

  // Fill the entry form; the first autosave creates the draft
  await page.getByRole('link', { name: 'Enter this contest' }).click()
  await page.getByRole('textbox', { name: 'Title' }).fill('Morning light over the smart city')
  await page.getByRole('textbox', { name: 'Design concept' }).fill('A sunrise over the lake park, in the week’s colours.')
  await page.getByRole('checkbox', { name: /exhibition/ }).check()
  await page.getByText(/Saved at/).waitFor()
  await page.waitForURL(/entry=/)

  // Upload the logo: progress, then the file with its thumbnail
  await page.getByLabel(/^Logo or BI design/).setInputFiles({ name: 'sunrise.png', mimeType: 'image/png', buffer: gradientPng() })
  await page.getByText('sunrise.png uploaded.').waitFor()
  await page.getByRole('img', { name: 'Preview of sunrise.png' }).waitFor()
  await checkPage(page, '05-entry-form')

  // Submit and see the receipt
  await page.getByRole('button', { name: 'Submit entry' }).click()
  const receipt = page.getByText(/Receipt number: \S+/)
  await receipt.waitFor()
  assert.match(await receipt.textContent(), /Receipt number: \S+/)
  await checkPage(page, '06-receipt')

  // It is listed under my entries with the same receipt
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'My entries' }).click()
  await page.getByRole('table').waitFor()
  assert.match(await page.getByRole('table').textContent(), /Submitted/)
  await checkPage(page, '07-my-entries')
})

test('the public pages pass axe in Korean, the default language, too', async (t) => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true })
  t.after(() => context.close())
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  await page.goto(env.server.baseUrl + '/')
  assert.equal(await page.getAttribute('html', 'lang'), 'ko')
  await page.getByRole('heading', { level: 2, name: '접수 중인 공모전' }).waitFor()
  await checkPage(page, 'ko-01-home-mobile')
  await page.getByRole('heading', { level: 3 }).getByRole('link').first().click()
  await page.getByRole('heading', { level: 2, name: '일정' }).waitFor()
  await checkPage(page, 'ko-02-contest-mobile')
  await page.getByRole('link', { name: '응모하기' }).click()
  await page.getByText('로그인하지 않았습니다', { exact: false }).waitFor()
  await checkPage(page, 'ko-03-entry-signed-out-mobile')
})
