// Boots the console: i18n, the data cache, the router, and Ant Design in the console's language.
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { App as AntApp, ConfigProvider } from 'antd';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { isApiError, setCsrfToken } from './api/client';
import { meKey } from './api/me';
import { ANTD_LOCALES } from './i18n/antd-locale';
import { currentLanguage } from './i18n/index';
import { LanguageSync } from './features/layout/LanguageSync';
import { makeRouter } from './router';
import { appTheme } from './theme';

/** A session that ended while the console was open (expired, signed out elsewhere): sign in again. */
function onApiError(e: unknown): void {
  if (!isApiError(e) || e.code !== 'unauthenticated') return;
  setCsrfToken(null);
  queryClient.setQueryData(meKey, null);
  const here = window.location.pathname + window.location.search;
  if (!here.startsWith('/sign-in')) void router.navigate({ to: '/sign-in', search: { redirect: here } });
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      // A 4xx will not change by asking again; a dropped connection might.
      retry: (count, e) => count < 2 && !(isApiError(e) && e.status >= 400 && e.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

const router = makeRouter(queryClient);

function Root() {
  // Re-renders on language change, so Ant Design's own texts follow.
  useTranslation();
  return (
    // No space forced between two Chinese characters on buttons ("取 消"): it breaks their accessible name.
    <ConfigProvider
      locale={ANTD_LOCALES[currentLanguage()]}
      theme={appTheme}
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <LanguageSync />
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <Root />
    </QueryClientProvider>
  </StrictMode>,
);
