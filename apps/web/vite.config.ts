import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { initialJsBudget } from './build/initial-js-budget.ts';

// The web shell is served by the API in production (apps/web/dist); in
// development Vite proxies /api to a running API (npx tsx apps/api/src/main.ts).
const apiTarget = process.env.JIFEN_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    react(),
    // The public self-assessment's first load: <= 300 KB gzipped, no staff pages (issue #4);
    // + 4 KB for issue 22's accessibility furniture every page carries (长者模式 and its theme,
    // the skip link, the live total, document titles): main stood at 299.7 KB before it.
    initialJsBudget({
      label: '/assess',
      page: 'src/features/assessment/assessment-page.tsx',
      maxGzipBytes: 304 * 1024,
      forbidden:
        /\/src\/(app\/app-layout|app\/role-home|features\/(admin|holders|holder|hr|reviewer|clerk|consultant|register)\/)/,
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/readyz': { target: apiTarget },
    },
  },
});
