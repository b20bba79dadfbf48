import { describe, expect, it } from 'vitest'
import { demoteHeadings } from './html'

describe('demoteHeadings', () => {
  it('moves headings under the section heading, never past h6', () => {
    expect(demoteHeadings('<h1>A</h1><p>x</p><h2 id="b">B</h2><h5>C</h5>', 2)).toBe(
      '<h3>A</h3><p>x</p><h4 id="b">B</h4><h6>C</h6>',
    )
  })

  it('leaves other tags that start with h alone', () => {
    expect(demoteHeadings('<hr><header>h1</header>', 2)).toBe('<hr><header>h1</header>')
  })
})
