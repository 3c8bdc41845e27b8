import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { preloadPages } from '@/app/routes';
import { loadAllStrings } from '@/lib/i18n';

afterEach(() => {
  cleanup();
  window.sessionStorage.clear();
  document.documentElement.lang = 'nl';
  document.title = '';
});

// jsdom does not implement scrolling; the layout scrolls to the top after navigation.
window.scrollTo = () => undefined;

// Pages are lazy chunks in the app; tests render them as if the chunks had already arrived.
beforeAll(preloadPages);
// Strings beyond the first page, and English, are chunks of their own in the app; tests render
// and switch languages as if they had arrived.
beforeAll(() => Promise.all([loadAllStrings('nl'), loadAllStrings('en')]));
