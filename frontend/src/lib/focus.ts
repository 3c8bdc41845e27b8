import { useCallback, useEffect, useRef } from 'react';

/**
 * Moves focus to an element that the current change is about to render (a new row, the next
 * button): `focusAfterRender(id)` in an event handler, and the element gets focus once it exists.
 */
export function useFocusAfterRender(): (elementId: string) => void {
  const target = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!target.current) return;
    document.getElementById(target.current)?.focus();
    target.current = undefined;
  });
  return useCallback((elementId: string) => {
    target.current = elementId;
  }, []);
}
