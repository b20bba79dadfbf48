/** Where focus goes when the builder's lists change under it. */

/** After a move, focus stays on the moved item's button that moved it (or its other one, at either end). */
export function refocusAfterMove(idBase: string, by: number) {
  requestAnimationFrame(() => {
    const same = document.getElementById(`${idBase}-${by < 0 ? 'up' : 'down'}`) as HTMLButtonElement | null
    const other = document.getElementById(`${idBase}-${by < 0 ? 'down' : 'up'}`) as HTMLButtonElement | null
    ;(same && !same.disabled ? same : other)?.focus()
  })
}

/** Focus an element once React has drawn it (a new field's first input, the "add" button after a removal). */
export function focusSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus())
}
