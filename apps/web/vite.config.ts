import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { initialJsBudget } from './build/initial-js-budget.ts';
import { precompress } from './build/precompress.ts';
import { cardWithoutTabs } from './build/card-without-tabs.ts';
import { appWithoutModal } from './build/app-without-modal.ts';

// The web shell is served by the API in production (apps/web/dist); in
// development Vite proxies /api to a running API (npx tsx apps/api/src/main.ts).
const apiTarget = process.env.JIFEN_API_URL ?? 'http://127.0.0.1:3000';

/** The application page's first load < 350 KB gzipped, with the signed-in layout, the review card and `parts`. */
function applicationPageBudget(label: string, parts: string[] = []) {
  return initialJsBudget({
    label,
    page: 'src/features/applications/application-detail-page.tsx',
    alsoLoaded: ['src/app/app-layout.tsx', 'src/features/review/review-card.tsx', ...parts],
    maxGzipBytes: 350 * 1024,
    forbidden: /\/src\/features\/(workbench|admin|policy-admin)\//,
  });
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    react(),
    // antd's Card without the Tabs only its unused `tabList` needs (issue 20).
    cardWithoutTabs(),
    // antd's App without the modal hook jifen never reads from useApp (issue 20).
    appWithoutModal(),
    // The public self-assessment's first load: < 300 KB gzipped, no staff pages (issue #4, issue 20).
    initialJsBudget({
      label: '/assess',
      page: 'src/features/assessment/assessment-page.tsx',
      // The materials checklist under the form renders with the page.
      alsoLoaded: ['src/features/assessment/materials-checklist.tsx'],
      maxGzipBytes: 300 * 1024,
      forbidden:
        /\/src\/(app\/app-layout|app\/role-home|features\/(users|audit|holders|employers|permits|visits|review)\/|features\/consultations\/consultant-)/,
    }),
    // The largest signed-in page, an application's detail: its first load < 350 KB gzipped (issue 20): the entry,
    // the page, the signed-in layout and the review card every role sees after submission, with their static
    // imports. The cards only some roles or states show (the counter's materials form, the changed employer's
    // checklist and visit booking, the reviewer's dialogs) are lazy parts left out here; the bench weighs each visit in
    // Chromium, and the two checks below count the awaiting-visit parts.
    applicationPageBudget('/applications/:id'),
    // The same page awaiting the counter visit, the heaviest visits (issue 20: 386 and 421 KB in Chromium before
    // their cards were cut): the HR specialist adds the checklist and the visit booking, the reviewer the checklist and
    // the counter's materials form. Checked here too, so that neither grows back unseen between runs of the bench.
    applicationPageBudget('/applications/:id awaiting the visit, HR', [
      'src/features/applications/checklist-card.tsx',
      'src/features/applications/visit-booking.tsx',
    ]),
    applicationPageBudget('/applications/:id awaiting the visit, reviewer', [
      'src/features/applications/checklist-card.tsx',
      'src/features/review/materials-card.tsx',
    ]),
    // Brotli and gzip copies beside each file, served by the API without compressing per request (issue 20).
    precompress(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // antd's @rc-component packages declare no `sideEffects`, so an import of a package's index (e.g. antd's
      // form context importing FormProvider from @rc-component/form) kept the whole package's chunk on pages that
      // use none of it (issue 20). Their modules only define components and helpers.
      treeshake: {
        moduleSideEffects: (id: string) => (/node_modules[\\/]@rc-component[\\/]/.test(id) ? false : undefined),
      },
      output: {
        // Issue 20: named chunks for what every page shares (the framework,
        // the translations' runtime), so they are cached once and their
        // names are stable; and no chunk under a few kilobytes: each file is a
        // response with its headers and compresses worse alone. Everything
        // else follows the pages' lazy imports (app-routes.tsx).
        codeSplitting: {
          minSize: 8 * 1024,
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack)[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/readyz': { target: apiTarget },
    },
  },
});
