/**
 * The announced photo contest of the demo season in a real browser: a reader
 * finds it in the contest list, opens its results (tiers with winners and
 * thumbnails, one winner not named), walks to the gallery, and verifies a
 * certificate by its code; a winning photographer reads their own result
 * under "My entries". axe-core checks each page (WCAG 2.1 AA); screenshots
 * go to e2e-artifacts/.
 */
import { resolve } from 'node:path'
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { artifacts, checkPage } from './axe.mjs'
import { serverAndBrowser } from './helpers.mjs'

const PASSWORD = 'modu-demo-2018'
const ORGANIZER = 'organizer@molit.demo.modu.kr'
const env = serverAndBrowser()

async function newPage(t, shot, viewport = { width: 390, height: 844 }) {
  // bypassCSP: the server's CSP (rightly) refuses the inline axe-core script the check injects.
  const context = await env.browser.newContext({ viewport, bypassCSP: true })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  t.after(async () => {
    if (!page.isClosed()) await page.screenshot({ path: resolve(artifacts, `${shot}-last-page.png`), fullPage: true })
    await context.close()
  })
  return page
}

/** Every image in `scope` scrolled into view and loaded (they load lazily). */
async function imagesLoaded(scope) {
  const images = await scope.getByRole('img').all()
  for (const image of images) {
    await image.scrollIntoViewIfNeeded()
    await image.evaluate((img) =>
      img.complete && img.naturalWidth > 0
        ? null
        : new Promise((done, fail) => {
            img.addEventListener('load', done, { once: true })
            // The first error is the missing thumbnail: the page then shows the image itself.
            img.addEventListener('error', () => setTimeout(() => (img.naturalWidth > 0 ? done() : fail(new Error(img.src))), 2000), { once: true })
          }),
    )
    assert.ok(await image.evaluate((img) => img.naturalWidth > 0), `image ${await image.getAttribute('alt')} loaded`)
  }
  return images.length
}

/** A certificate code of the photo contest, as the organizer hands them out. */
async function photoCertificateCode(contestId) {
  const signIn = await fetch(`${env.server.baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: ORGANIZER, password: PASSWORD }),
  })
  const { access_token: token } = await signIn.json()
  const answer = await fetch(`${env.server.baseUrl}/api/v1/contests/${contestId}/certificates`, {
    headers: { Authorization: `Bearer ${token}` },
  })
  assert.equal(answer.status, 200)
  const certificates = await answer.json()
  assert.ok(certificates.length > 0, 'the announced photo contest has certificates')
  return certificates[0]
}

test('a reader finds the announced photo contest, reads its results by tier, opens the gallery and verifies a certificate', async (t) => {
  const page = await newPage(t, 'results')

  // The contest list, in Korean (the default): the photo contests
  await page.goto(env.server.baseUrl + '/contests')
  await page.getByRole('heading', { level: 1, name: '공모전 찾기' }).waitFor()
  await page.getByLabel('분야').selectOption('photo')
  await page.getByRole('button', { name: '검색', exact: true }).click()
  await page.waitForURL(/kind=photo/)
  await page.getByRole('heading', { level: 3 }).getByRole('link', { name: /사진 공모전/ }).click()
  await page.getByRole('heading', { level: 2, name: '일정' }).waitFor()
  const contestId = new URL(page.url()).pathname.split('/')[2]

  // The contest page leads to its results
  await page.getByRole('link', { name: '결과 보기' }).click()
  await page.getByRole('heading', { level: 1, name: /결과$/ }).waitFor()
  const tiers = ['대상', '최우수상', '우수상', '장려상', '인기상']
  for (const name of tiers) {
    const tier = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) })
    await tier.waitFor()
    const winners = tier.getByRole('article')
    assert.ok((await winners.count()) > 0, `${name} has winners`)
    assert.ok((await imagesLoaded(tier)) > 0, `${name} shows its works' images`)
  }
  assert.deepEqual(await page.getByRole('heading', { level: 2 }).allTextContents(), tiers)
  // One merit winner asked not to be named; the people's choice says how it was chosen
  await page.getByText('이름 비공개').first().waitFor()
  await page.getByText('시민 투표로 선정').waitFor()
  await checkPage(page, 'r01-results-ko-mobile')

  // The same in English, on a wide screen
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.getByRole('button', { name: 'English' }).click()
  await page.getByRole('heading', { level: 2, name: 'Grand prize' }).waitFor()
  await page.getByText('Not named').first().waitFor()
  await checkPage(page, 'r02-results-en')

  // The gallery: every work, with thumbnails
  await page.getByRole('link', { name: 'See every entry (gallery)' }).click()
  await page.getByRole('heading', { level: 1, name: /^Gallery: / }).waitFor()
  const works = page.getByRole('article')
  await works.first().waitFor()
  assert.ok((await works.count()) >= tiers.length, 'the gallery shows at least the winners')
  assert.ok((await imagesLoaded(page.getByRole('main'))) > 0)
  await checkPage(page, 'r03-gallery')

  // A certificate, verified by the code printed on it (case and spaces do not matter)
  const certificate = await photoCertificateCode(contestId)
  await page.getByRole('contentinfo').getByRole('link', { name: 'Verify a certificate' }).click()
  await page.getByRole('heading', { level: 1, name: 'Verify a certificate' }).waitFor()
  await page.getByRole('textbox', { name: 'Certificate code' }).fill(` ${certificate.code.toLowerCase()} `)
  await page.getByRole('button', { name: 'Verify' }).click()
  await page.getByText('This certificate was issued by Modu.').waitFor()
  const facts = await page.locator('dl').textContent()
  for (const part of [certificate.winner_name, certificate.award.en, certificate.organization_name, certificate.code]) {
    assert.ok(facts.includes(part), `the certificate shows ${part}`)
  }
  const pdf = await page.getByRole('link', { name: 'Download the certificate (PDF)' }).getAttribute('href')
  const download = await fetch(env.server.baseUrl + pdf)
  assert.equal(download.status, 200)
  assert.equal(download.headers.get('content-type'), 'application/pdf')
  await checkPage(page, 'r04-certificate')

  // A code no certificate has
  await page.goto(env.server.baseUrl + '/certificates/NOPE-0000-0000-0000')
  await page.getByText('No certificate has the code NOPE-0000-0000-0000.').waitFor()
  await checkPage(page, 'r05-certificate-unknown')
})

test('a photographer reads their own result under my entries: award, breakdown, and a credit that can no longer change', async (t) => {
  const page = await newPage(t, 'my-result', { width: 1024, height: 900 })
  await page.goto(env.server.baseUrl + '/sign-in?next=%2Fme%2Fentries')
  await page.getByRole('button', { name: 'English' }).click()
  // citizen21 entered the photo contest (one of its four first photographers)
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill('citizen21@demo.modu.kr')
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('heading', { level: 2, name: 'Results and credits' }).waitFor()

  const result = page.getByRole('article', { name: /photo contest/ })
  await result.getByRole('heading', { level: 4 }).first().waitFor()
  // The organizer shows breakdowns: the rank among all twelve photos, and each judge's total
  assert.match(await result.textContent(), /\d+ of 12/)
  await result.getByRole('table', { name: /each judge’s total/ }).first().waitFor()
  // Published: how the entrant is credited is fixed, and the page says why
  const credit = result.getByRole('group', { name: 'How you are credited in the results' })
  for (const choice of await credit.getByRole('radio').all()) assert.equal(await choice.isDisabled(), true)
  await result.getByText('The results are published; this can no longer change.').waitFor()
  await checkPage(page, 'm01-my-result')

  // A winner's certificate: downloadable, and verifiable from here
  const verify = result.getByRole('link', { name: /^Verify certificate / })
  if ((await verify.count()) > 0) {
    const pdf = await result.getByRole('link', { name: 'Download certificate (PDF)' }).getAttribute('href')
    assert.equal((await fetch(env.server.baseUrl + pdf)).status, 200)
    await verify.click()
    await page.getByText('This certificate was issued by Modu.').waitFor()
  } else {
    await result.getByText('No award this time. Thank you for taking part.').waitFor()
  }
})
