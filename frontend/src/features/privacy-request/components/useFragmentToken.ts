import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from '@/lib/router';
import { tokenFromHash } from '@/lib/url-fragment';

/**
 * The `#token=…` of an e-mail link, read once on the first render; the fragment is then removed
 * from the address bar (and from the history entry) so it is not bookmarked, shared or shown.
 */
export function useFragmentToken(): string | undefined {
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => tokenFromHash(location.hash));
  useEffect(() => {
    if (location.hash) void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [location.hash, location.pathname, location.search, navigate]);
  return token;
}
