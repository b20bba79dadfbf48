import type { ReactNode } from 'react'

/**
 * A fieldset whose legend is also the section's <h2>, so the form's parts
 * appear in the heading outline as well as grouping their fields.
 */
export function Fieldset({ legend, className, children }: { legend: string; className?: string; children: ReactNode }) {
  return (
    <fieldset className={className}>
      <legend>
        <h2 className="legend-heading">{legend}</h2>
      </legend>
      {children}
    </fieldset>
  )
}
