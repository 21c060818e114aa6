import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import { useTranslation } from 'react-i18next';
import { createQueryClient } from './query-client.ts';
import { antdLocaleFor } from '../i18n/antd-locale.ts';
import { isLanguage, DEFAULT_LANGUAGE } from '../i18n/language.ts';
import { AppRoutes } from './app-routes.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { ElderModeProvider, useElderMode } from './elder/elder-mode.tsx';

/**
 * Providers shared by every page, public or staff. antd's App (message,
 * notification; its modal hook is left out of the build,
 * build/app-without-modal.ts) lives in the signed-in layout, so that public
 * pages do not load it.
 */
export function App() {
  return (
    <ElderModeProvider>
      <ThemedApp />
    </ElderModeProvider>
  );
}

/** The theme (theme.ts) follows 长者模式 and the browser's font size. */
function ThemedApp() {
  const { i18n } = useTranslation();
  const { theme } = useElderMode();
  const [queryClient] = useState(createQueryClient);
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  return (
    <ConfigProvider locale={antdLocaleFor(language)} theme={theme}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <ErrorBoundary>
            <AppRoutes />
          </ErrorBoundary>
        </BrowserRouter>
      </QueryClientProvider>
    </ConfigProvider>
  );
}
