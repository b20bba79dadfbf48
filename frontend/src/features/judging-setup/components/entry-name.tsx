/** An entry as the stage's tables show it: its receipt number and title, with its id (for the manual form) beneath. */
export function EntryName({ entryId, name, named }: { entryId: string; name: string; named: boolean }) {
  if (!named) return <span className="setup-code">{entryId}</span>
  return (
    <>
      {name}
      <br />
      <span className="setup-code field-hint">{entryId}</span>
    </>
  )
}
