/** The server's field errors of the last save, by document path, for the inputs below a form. */
import { createContext, useContext } from 'react'

export const DocumentErrorsContext = createContext<Record<string, string>>({})

export function useDocumentErrors(): Record<string, string> {
  return useContext(DocumentErrorsContext)
}

export function useFieldError(path: string): string | undefined {
  return useContext(DocumentErrorsContext)[path]
}
