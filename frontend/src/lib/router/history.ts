/**
 * Where the app is: the browser's address bar, or (in tests) a list of entries in memory. The
 * router reads a Location and is told when it changes; it knows nothing else about the history.
 */
export interface Location {
  pathname: string;
  search: string;
  hash: string;
  /** New for every navigation, also to the same address: error boundaries reset on it. */
  key: string;
}

export type To = string | Partial<Pick<Location, 'pathname' | 'search' | 'hash'>>;

export interface History {
  location: () => Location;
  push: (to: To) => void;
  replace: (to: To) => void;
  go: (delta: number) => void;
  listen: (listener: () => void) => () => void;
}

let keys = 0;
const nextKey = () => (++keys).toString(36);

/** Resolves `to` against the current location, as a link in the app means it. */
export function resolve(to: To, from: Pick<Location, 'pathname'>): Omit<Location, 'key'> {
  if (typeof to === 'string') {
    const url = new URL(to, `http://app${from.pathname}`);
    return { pathname: url.pathname, search: url.search, hash: url.hash };
  }
  return {
    pathname: to.pathname ?? from.pathname,
    search: normalise(to.search ?? '', '?'),
    hash: normalise(to.hash ?? '', '#'),
  };
}

function normalise(part: string, prefix: string): string {
  if (part === '' || part === prefix) return '';
  return part.startsWith(prefix) ? part : `${prefix}${part}`;
}

export function createPath({ pathname, search, hash }: Omit<Location, 'key'>): string {
  return `${pathname}${search}${hash}`;
}

/** The browser's history; each entry keeps its key in history.state. */
export function createBrowserHistory(): History {
  const listeners = new Set<() => void>();
  const read = (): Location => {
    const { pathname, search, hash } = window.location;
    const state = window.history.state as { key?: string } | null;
    return { pathname, search, hash, key: state?.key ?? 'default' };
  };
  let current = read();
  const notify = () => {
    current = read();
    listeners.forEach((listener) => listener());
  };
  const write = (method: 'pushState' | 'replaceState', to: To) => {
    window.history[method]({ key: nextKey() }, '', createPath(resolve(to, current)));
    notify();
  };
  window.addEventListener('popstate', notify);
  return {
    location: () => current,
    push: (to) => write('pushState', to),
    replace: (to) => write('replaceState', to),
    go: (delta) => window.history.go(delta),
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A history in memory, for tests: starts at the given addresses, at the last one. */
export function createMemoryHistory(initialEntries: string[] = ['/']): History {
  const listeners = new Set<() => void>();
  const entries: Location[] = initialEntries.map((entry) => ({ ...resolve(entry, { pathname: '/' }), key: nextKey() }));
  let index = entries.length - 1;
  let current = entries[index] ?? { pathname: '/', search: '', hash: '', key: nextKey() };
  const moveTo = (entry: Location) => {
    current = entry;
    listeners.forEach((listener) => listener());
  };
  return {
    location: () => current,
    push: (to) => {
      index += 1;
      entries.splice(index, entries.length, { ...resolve(to, current), key: nextKey() });
      moveTo(entries[index] ?? current);
    },
    replace: (to) => {
      entries[index] = { ...resolve(to, current), key: nextKey() };
      moveTo(entries[index] ?? current);
    },
    go: (delta) => {
      index = Math.min(Math.max(index + delta, 0), entries.length - 1);
      moveTo(entries[index] ?? current);
    },
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
