import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { preloadPages } from '@/app/routes';
import { loadLanguage } from '@/lib/i18n';

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
// English is a chunk of its own in the app; tests switch languages as if it had arrived.
beforeAll(() => loadLanguage('en'));
