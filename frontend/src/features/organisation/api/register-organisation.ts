import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject, type ApiClient, type components } from '@/lib/api';
import { myOrganisationKey, type Organisation } from './get-my-organisation';

export type OrganisationInput = components['schemas']['OrganisationInput'];

/** POST /api/v1/organisations: the client registers their organisation and joins it. */
export function registerOrganisation(client: ApiClient, input: OrganisationInput): Promise<Organisation> {
  return unwrap(client.POST('/api/v1/organisations', { body: input }));
}

export function useRegisterOrganisation() {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OrganisationInput) => registerOrganisation(client, input),
    onSuccess: (organisation) => queryClient.setQueryData(myOrganisationKey(subject), organisation),
  });
}
