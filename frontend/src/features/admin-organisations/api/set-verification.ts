import { useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { toApiError, useApiClient, useSubject, type ApiClient } from '@/lib/api';
import { organisationsKey, type Organisation, type OrganisationPage } from './list-organisations';

/** POST /api/v1/organisations/{id}/verification: mark as verified (admin). */
export async function verifyOrganisation(client: ApiClient, id: string): Promise<Organisation> {
  const { data, error, response } = await client.POST('/api/v1/organisations/{id}/verification', {
    params: { path: { id } },
  });
  if (!response.ok || data === undefined) throw toApiError(response, error);
  return data;
}

/** DELETE /api/v1/organisations/{id}/verification: withdraw the verification (admin). */
export async function unverifyOrganisation(client: ApiClient, id: string): Promise<Organisation> {
  const { data, error, response } = await client.DELETE('/api/v1/organisations/{id}/verification', {
    params: { path: { id } },
  });
  if (!response.ok || data === undefined) throw toApiError(response, error);
  return data;
}

/** Verifies or unverifies; puts the API's answer into the loaded list in place (keeps pages and order). */
export function useSetVerification() {
  const client = useApiClient();
  const subject = useSubject();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, verified }: { id: string; verified: boolean }) =>
      verified ? verifyOrganisation(client, id) : unverifyOrganisation(client, id),
    onSuccess: (updated) => {
      queryClient.setQueryData<InfiniteData<OrganisationPage, string | undefined>>(organisationsKey(subject), (data) =>
        data
          ? {
              ...data,
              pages: data.pages.map((page) => ({
                ...page,
                items: page.items.map((item) => (item.id === updated.id ? updated : item)),
              })),
            }
          : data,
      );
    },
  });
}
