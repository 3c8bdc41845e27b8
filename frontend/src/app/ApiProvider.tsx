import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useAuth } from '@/lib/auth';
import { ApiClientProvider, type ApiClientOptions } from '@/lib/api';
import { config } from '@/lib/config';
import { useI18n } from '@/lib/i18n';

/**
 * Provides one API client for the app. It reads the current access token and language on each
 * request (through a ref), so it never has to be recreated when either changes.
 */
export function ApiProvider({ children, baseUrl = config.apiUrl }: { children: ReactNode; baseUrl?: string }) {
  const auth = useAuth();
  const { language } = useI18n();
  const queryClient = useQueryClient();
  const accessToken = auth.isAuthenticated ? auth.user?.access_token : undefined;

  const session = useRef({ accessToken, language });
  // A layout effect runs before any child's effect, so the first request after a change uses it.
  useLayoutEffect(() => {
    session.current = { accessToken, language };
  }, [accessToken, language]);

  const [options] = useState<ApiClientOptions>(() => ({
    baseUrl,
    getAccessToken: () => session.current.accessToken,
    getLanguage: () => session.current.language,
  }));

  // When the user is unloaded (logout, session end), drop everything fetched for them.
  useEffect(() => {
    const events = auth.events;
    if (!events) return undefined;
    const clear = () => queryClient.clear();
    events.addUserUnloaded(clear);
    events.addUserSignedOut(clear);
    return () => {
      events.removeUserUnloaded(clear);
      events.removeUserSignedOut(clear);
    };
  }, [auth.events, queryClient]);

  return <ApiClientProvider options={options}>{children}</ApiClientProvider>;
}
