import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useAuth } from 'react-oidc-context';
import { ApiClientContext, createApiClient } from '@/lib/api';
import { config } from '@/lib/config';
import { useI18n } from '@/lib/i18n';

/**
 * Provides one API client for the app. It reads the current access token and language on each
 * request (through refs), so it never has to be recreated when either changes.
 */
export function ApiProvider({ children, baseUrl = config.apiUrl }: { children: ReactNode; baseUrl?: string }) {
  const auth = useAuth();
  const { language } = useI18n();
  const queryClient = useQueryClient();

  const tokenRef = useRef<string | undefined>(undefined);
  tokenRef.current = auth.isAuthenticated ? auth.user?.access_token : undefined;
  const languageRef = useRef(language);
  languageRef.current = language;

  const [client] = useState(() =>
    createApiClient({
      baseUrl,
      getAccessToken: () => tokenRef.current,
      getLanguage: () => languageRef.current,
    }),
  );

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

  return <ApiClientContext.Provider value={client}>{children}</ApiClientContext.Provider>;
}
