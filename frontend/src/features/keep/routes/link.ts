import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from '@/lib/router';

/** `#k=abc` → "abc": the signed link rides in the fragment, out of server logs and Referer headers. */
export function keepLinkFromHash(hash: string): string | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('k')?.trim();
  return value ? value : undefined;
}

/** The signed link of the page's fragment, read once; the fragment then leaves the address bar. */
export function useKeepLinkFromHash(): string | undefined {
  const location = useLocation();
  const navigate = useNavigate();
  const [link] = useState(() => keepLinkFromHash(location.hash));
  useEffect(() => {
    if (location.hash) void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [location.hash, location.pathname, location.search, navigate]);
  return link;
}
