import { useQuery } from '@tanstack/react-query';
import { useAuth } from '@/lib/auth';
import type { ProfileShape } from '@/components/ProfileView';
import { unwrap, useApiClient, useSubject, type ApiClient } from '@/lib/api';

/** GET /api/v1/profiles/{id}: the profile in the shape the caller may see (public without login). */
export function getProfile(client: ApiClient, id: string, signal?: AbortSignal): Promise<ProfileShape> {
  return unwrap(client.GET('/api/v1/profiles/{id}', { params: { path: { id } }, signal }));
}

export function useProfile(id: string) {
  const client = useApiClient();
  const auth = useAuth();
  const subject = useSubject();
  return useQuery({
    queryKey: ['profiles', 'detail', id, subject ?? 'anonymous'] as const,
    queryFn: ({ signal }) => getProfile(client, id, signal),
    // Wait for the session check, so a signed-in viewer's request carries the token.
    enabled: !auth.isLoading,
  });
}
