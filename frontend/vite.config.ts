import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

// In development Vite serves the app and forwards API calls to the API server
// (`cargo run -- serve`, port 8080 unless MODU_API_URL says otherwise), so the
// refresh cookie stays same-origin exactly as in production, where the API
// server itself serves dist/.
const apiServer = process.env.MODU_API_URL ?? 'http://127.0.0.1:8080'

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': apiServer,
      '/health': apiServer,
      '/ready': apiServer,
    },
  },
  build: {
    outDir: 'dist',
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    // Component tests opt into a DOM with `// @vitest-environment happy-dom`;
    // an http origin lets the API client build absolute request URLs there.
    environmentOptions: { happyDOM: { url: 'http://localhost/' } },
  },
})
