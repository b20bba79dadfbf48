// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { FieldDefinition } from '../../../lib/api/types'
import { renderWithApp } from '../../../testing/render'
import { emptyValue } from '../utils/answers'
import { EntryField } from './entry-field'

const options = [
  { value: 'a', label: { ko: '가', en: 'Apple' } },
  { value: 'b', label: { ko: '나', en: 'Banana' } },
]
const text = (ko: string, en: string) => ({ ko, en })

const FIELDS: FieldDefinition[] = [
  { key: 'name', label: text('이름', 'Name'), required: true, type: 'short_text', max_length: 30 },
  { key: 'story', label: text('이야기', 'Story'), required: false, type: 'long_text' },
  { key: 'count', label: text('개수', 'Count'), required: false, type: 'number', integer: true },
  { key: 'link', label: text('링크', 'Link'), required: false, type: 'url' },
  { key: 'day', label: text('날짜', 'Day'), required: false, type: 'date' },
  { key: 'fruit', label: text('과일', 'Fruit'), required: true, type: 'single_choice', options },
  { key: 'fruits', label: text('과일들', 'Fruits'), required: false, type: 'multiple_choice', options },
  { key: 'agree', label: text('찬성', 'Agree'), required: false, type: 'yes_no' },
  { key: 'licence', label: text('전시 동의', 'Exhibition licence'), required: true, type: 'consent' },
]

beforeEach(() => localStorage.setItem('modu.language', 'en'))
afterEach(cleanup)

describe('EntryField', () => {
  it.each([
    ['short_text', 'Name', 'textbox'],
    ['long_text', 'Story', 'textbox'],
    ['number', 'Count', 'spinbutton'],
    ['url', 'Link', 'textbox'],
    ['consent', 'Exhibition licence', 'checkbox'],
  ])('gives a %s input its label (%s)', (type, label, role) => {
    const field = FIELDS.find((f) => f.type === type)!
    renderWithApp(<EntryField field={field} value={emptyValue(field)} onChange={() => {}} />)
    expect(screen.getByRole(role, { name: new RegExp(label) })).toBeTruthy()
  })

  it('labels a date input', () => {
    const field = FIELDS.find((f) => f.type === 'date')!
    renderWithApp(<EntryField field={field} value="" onChange={() => {}} />)
    expect((screen.getByLabelText(/Day/) as HTMLInputElement).type).toBe('date')
  })

  it('groups options in a named fieldset of radio buttons or checkboxes', () => {
    const [single, multiple, yesNo] = ['single_choice', 'multiple_choice', 'yes_no'].map((type) => FIELDS.find((f) => f.type === type)!)
    renderWithApp(
      <>
        <EntryField field={single} value="" onChange={() => {}} />
        <EntryField field={multiple} value={[]} onChange={() => {}} />
        <EntryField field={yesNo} value={null} onChange={() => {}} />
      </>,
    )
    const fruit = screen.getByRole('group', { name: /^Fruit\b/ })
    expect(fruit.querySelectorAll('input[type=radio]')).toHaveLength(2)
    expect(screen.getByRole('group', { name: /Fruits/ }).querySelectorAll('input[type=checkbox]')).toHaveLength(2)
    expect(screen.getByRole('radio', { name: 'Yes' })).toBeTruthy()
    expect(screen.getByRole('radio', { name: 'No' })).toBeTruthy()
  })

  it('ties the error and the hint to the input and marks it invalid', () => {
    renderWithApp(<EntryField field={FIELDS[0]} value="" error="This field is required." onChange={() => {}} />)
    const input = screen.getByRole('textbox', { name: /Name/ })
    expect(input.getAttribute('aria-invalid')).toBe('true')
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent)
    expect(described).toContain('This field is required.')
    expect(described.join(' ')).toContain('At most 30 characters')
  })

  it('reports what the person chose', () => {
    const onChange = vi.fn()
    const multiple = FIELDS.find((f) => f.type === 'multiple_choice')!
    renderWithApp(<EntryField field={multiple} value={['a']} onChange={onChange} />)
    fireEvent.click(screen.getByRole('checkbox', { name: 'Banana' }))
    expect(onChange).toHaveBeenCalledWith(['a', 'b'])
  })
})
