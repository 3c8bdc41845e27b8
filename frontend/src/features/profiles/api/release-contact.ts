import { useMutation } from '@tanstack/react-query';
import { unwrap, useApiClient, type ApiClient, type components } from '@/lib/api';

export type ContactDetails = components['schemas']['ContactDetails'];

/** POST /api/v1/profiles/{id}/contact: releases the contact details; the API records a disclosure (D-8). */
export function releaseContact(client: ApiClient, id: string): Promise<ContactDetails> {
  return unwrap(client.POST('/api/v1/profiles/{id}/contact', { params: { path: { id } } }));
}

/** The released details stay in this mutation's state only: never cached or stored. */
export function useReleaseContact(id: string) {
  const client = useApiClient();
  return useMutation({ mutationFn: () => releaseContact(client, id) });
}
