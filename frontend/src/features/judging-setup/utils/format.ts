import type { Language } from '../../../lib/i18n'

/** Points as people read them: "55", "12.5" (at most three decimals, grouped). */
export function formatPoints(value: number, language: Language): string {
  return new Intl.NumberFormat(language === 'ko' ? 'ko-KR' : 'en-GB', { maximumFractionDigits: 3 }).format(value)
}

/** A share of 1 as a percentage: 0.8 → "80%". */
export function formatShare(share: number, language: Language): string {
  return new Intl.NumberFormat(language === 'ko' ? 'ko-KR' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(share)
}
