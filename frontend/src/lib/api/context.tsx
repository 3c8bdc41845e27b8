import { createContext, useContext, useState, type ReactNode } from 'react';
import { createApiClient, type ApiClient, type ApiClientOptions } from './client';

interface ApiContextValue {
  client: ApiClient;
  /** What the client was made from, so a provider further down can make a variant of it. */
  options: ApiClientOptions;
}

const ApiContext = createContext<ApiContextValue | undefined>(undefined);

function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApiClient must be used inside an ApiClientProvider');
  return value;
}

/** Provides one API client made from these options (created once; the options' getters are read per request). */
export function ApiClientProvider({ options, children }: { options: ApiClientOptions; children: ReactNode }) {
  const [value] = useState<ApiContextValue>(() => ({ client: createApiClient(options), options }));
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

export function useApiClient(): ApiClient {
  return useApiContext().client;
}

/**
 * Everything inside talks to the API as the holder of this assignment's management token
 * (`Werkbank-Manage-Token` on every request, set by the client's middleware). Without a token
 * (a signed-in client of the owning organisation) the requests carry the bearer token only.
 */
export function ManageTokenProvider({ token, children }: { token: string | undefined; children: ReactNode }) {
  const { options } = useApiContext();
  const [value] = useState<ApiContextValue>(() => {
    const withToken = { ...options, getManageToken: () => token };
    return { client: createApiClient(withToken), options: withToken };
  });
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}
