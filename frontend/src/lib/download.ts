/**
 * Hands data the app already holds (a fetched export, a JSON dump) to the
 * browser as a downloaded file. Authenticated exports need the Bearer token,
 * which a plain <a href> cannot send, so they are fetched first and saved here.
 */

/** Offers `blob` to the browser as a downloaded file named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = fileName
  document.body.append(anchor)
  anchor.click()
  anchor.remove()
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Offers `data` to the browser as a downloaded JSON file. */
export function downloadJson(data: unknown, fileName: string): void {
  saveBlob(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), fileName)
}
