import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '@/lib/api';

/** Client errors (4xx) are answers, not glitches: only network and 5xx failures are retried. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) =>
          failureCount < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
    },
  });
}
