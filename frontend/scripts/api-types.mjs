// Generates src/lib/api/schema.d.ts from openapi.json (`npm run api:generate`),
// or checks that the committed file is what openapi.json generates
// (`npm run api:check`, part of `npm test`). openapi.json is the server's
// document as `make openapi` writes it; when the Rust tests' pinned snapshot
// (../tests/snapshots/openapi.json) is present, the check also fails if the
// two documents differ, so a server change cannot slip past the frontend.
import { readFile, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { isDeepStrictEqual } from 'node:util'
import openapiTS, { astToString } from 'openapi-typescript'

const root = new URL('../', import.meta.url)
const documentUrl = new URL('openapi.json', root)
const snapshotUrl = new URL('../tests/snapshots/openapi.json', root)
const typesUrl = new URL('src/lib/api/schema.d.ts', root)

const HEADER = `/**
 * GENERATED from frontend/openapi.json by \`npm run api:generate\`: do not edit.
 * \`npm run api:check\` (run by \`npm test\`) fails when this file is stale.
 */

`

async function generate() {
  const document = withoutOperationIds(JSON.parse(await readFile(documentUrl, 'utf8')))
  const ast = await openapiTS(document, { alphabetize: true })
  return HEADER + astToString(ast)
}

/**
 * The server names operations after their Rust handlers, so several share an
 * operationId (`show`, `list`, `create`), which openapi-typescript refuses.
 * The client addresses operations by path and method, never by operationId:
 * drop them rather than invent names.
 */
function withoutOperationIds(document) {
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(item)) {
      if (operation && typeof operation === 'object') delete operation.operationId
    }
  }
  return document
}

const mode = process.argv[2]
if (mode === 'generate') {
  await writeFile(typesUrl, await generate())
  console.log(`wrote ${fileURLToPath(typesUrl)}`)
} else if (mode === 'check') {
  const problems = []
  const committed = existsSync(typesUrl) ? await readFile(typesUrl, 'utf8') : ''
  if (committed !== (await generate())) {
    problems.push('src/lib/api/schema.d.ts is not what openapi.json generates: run `npm run api:generate`.')
  }
  if (existsSync(snapshotUrl)) {
    const [ours, pinned] = await Promise.all([documentUrl, snapshotUrl].map(async (u) => JSON.parse(await readFile(u, 'utf8'))))
    if (!isDeepStrictEqual(ours, pinned)) {
      problems.push(
        'frontend/openapi.json differs from the server\'s pinned document (tests/snapshots/openapi.json): run `make openapi`, then `npm run api:generate`.',
      )
    }
  }
  if (problems.length > 0) {
    for (const problem of problems) console.error(`api:check: ${problem}`)
    process.exit(1)
  }
  console.log('api:check: generated API types match the OpenAPI document')
} else {
  console.error('usage: node scripts/api-types.mjs generate|check')
  process.exit(2)
}
