/** axe-core in the page under test, and the screenshot every checked page leaves in e2e-artifacts/. */
import { mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import assert from 'node:assert/strict'

export const artifacts = resolve(import.meta.dirname, '../e2e-artifacts')
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

export function makeArtifactsFolder() {
  mkdirSync(artifacts, { recursive: true })
}

/** WCAG 2.1 A/AA violations on the current page, as readable lines. */
export async function axeViolations(page) {
  await page.addScriptTag({ path: axeSource })
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  )
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** A full-page screenshot named `name`, then zero axe violations. */
export async function checkPage(page, name) {
  await page.screenshot({ path: resolve(artifacts, `${name}.png`), fullPage: true })
  assert.deepEqual(await axeViolations(page), [], `axe violations on ${name}`)
}
