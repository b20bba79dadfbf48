// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import { Route, Routes, useParams } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CertificateView } from '../../../lib/api/types'
import { fakeApi, problem } from '../../../testing/fake-api'
import { renderWithApp } from '../../../testing/render'
import { contest } from '../../results/testing/fixtures'
import { CertificateCheck } from './certificate-details'
import { CertificateLookup } from './certificate-lookup'

beforeEach(() => localStorage.setItem('modu.language', 'en'))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const certificate: CertificateView = {
  code: 'MODU-7K3Q-X9PL',
  contest_id: 'c1',
  contest_title: { ko: '사진 공모전', en: 'Photo contest' },
  organization_name: '국토교통부',
  award: { ko: '우수상', en: 'Excellence award' },
  winner_name: '김하늘',
  work_title: 'Morning light',
  // 20:00 UTC on 30 November is already 1 December in Seoul.
  issued_at: '2026-11-30T20:00:00Z',
}

function CheckRoute() {
  const { code = '' } = useParams()
  return <CertificateCheck key={code} code={code} />
}

const routes = (
  <Routes>
    <Route path="/certificates" element={<CertificateLookup />} />
    <Route path="/certificates/:code" element={<CheckRoute />} />
  </Routes>
)

describe('certificate verification', () => {
  it('shows what a known code certifies, dated in the contest’s time zone, with the PDF to download', async () => {
    fakeApi({ 'GET /api/v1/certificates/modu-7k3q-x9pl': certificate, 'GET /api/v1/contests/c1': contest })
    renderWithApp(routes, { path: '/certificates/modu-7k3q-x9pl' })

    await screen.findByText('This certificate was issued by Modu.')
    const facts = Object.fromEntries(
      screen.getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    )
    expect(facts).toMatchObject({
      Award: 'Excellence award',
      Winner: '김하늘',
      Work: 'Morning light',
      Contest: 'Photo contest',
      'Awarded by': '국토교통부',
      'Certificate code': 'MODU-7K3Q-X9PL',
    })
    await screen.findByText('1 Dec 2026')
    expect(screen.getByRole('link', { name: 'Photo contest' }).getAttribute('href')).toBe('/contests/c1/results')
    expect(screen.getByRole('link', { name: 'Download the certificate (PDF)' }).getAttribute('href')).toBe(
      '/api/v1/certificates/MODU-7K3Q-X9PL/pdf',
    )
  })

  it('says clearly that no certificate has an unknown code, and lets the reader type another', async () => {
    fakeApi({
      'GET /api/v1/certificates/NOPE-0000': () => problem(404, 'not_found'),
      'GET /api/v1/certificates/MODU-7K3Q-X9PL': certificate,
      'GET /api/v1/contests/c1': contest,
    })
    renderWithApp(routes, { path: '/certificates/NOPE-0000' })

    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('No certificate has the code NOPE-0000.')).toBeTruthy()
    const input = screen.getByRole('textbox', { name: /Certificate code/ }) as HTMLInputElement
    expect(input.value).toBe('NOPE-0000')

    fireEvent.change(input, { target: { value: ' MODU-7K3Q-X9PL ' } })
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }))
    await screen.findByText('This certificate was issued by Modu.')
  })

  it('the lookup form asks for a code before going anywhere', async () => {
    const api = fakeApi({})
    renderWithApp(routes, { path: '/certificates' })

    fireEvent.click(screen.getByRole('button', { name: 'Verify' }))
    expect(await screen.findByText('This field is required.')).toBeTruthy()
    expect(api.sent).toHaveLength(0)
  })
})
