import { Layout } from './layout'
import { AppProvider } from './provider'
import { AppRouter } from './router'

export function App() {
  return (
    <AppProvider>
      <Layout>
        <AppRouter />
      </Layout>
    </AppProvider>
  )
}
