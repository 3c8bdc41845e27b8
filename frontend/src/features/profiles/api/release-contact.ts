import { useMutation } from '@tanstack/react-query';
import { toApiError, useApiClient, type ApiClient, type components } from '@/lib/api';

export type ContactDetails = components['schemas']['ContactDetails'];

/** POST /api/v1/profiles/{id}/contact: releases the contact details; the API records a disclosure (D-8). */
export async function releaseContact(client: ApiClient, id: string): Promise<ContactDetails> {
  const { data, error, response } = await client.POST('/api/v1/profiles/{id}/contact', { params: { path: { id } } });
  if (!response.ok || data === undefined) throw toApiError(response, error);
  return data;
}

/** The released details stay in this mutation's state only: never cached or stored. */
export function useReleaseContact(id: string) {
  const client = useApiClient();
  return useMutation({ mutationFn: () => releaseContact(client, id) });
}
