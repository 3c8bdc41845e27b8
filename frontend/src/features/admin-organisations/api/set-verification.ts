import { useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { unwrap, useApiClient, useSubject, type ApiClient } from '@/lib/api';
import { organisationsKey, type Organisation, type OrganisationPage } from './list-organisations';

/** POST /api/v1/organisations/{id}/verification: mark as verified (admin). */
export function verifyOrganisation(client: ApiClient, id: string): Promise<Organisation> {
  return unwrap(
    client.POST('/api/v1/organisations/{id}/verification', {
      params: { path: { id } },
    }),
  );
}

/** DELETE /api/v1/organisations/{id}/verification: withdraw the verification (admin). */
export function unverifyOrganisation(client: ApiClient, id: string): Promise<Organisation> {
  return unwrap(
    client.DELETE('/api/v1/organisations/{id}/verification', {
      params: { path: { id } },
    }),
  );
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
