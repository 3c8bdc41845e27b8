import { describe, expect, it } from 'vitest';
import { chunksFor, gzippedSize, measurePages } from './bundle-budget.mjs';

const manifest = {
  'index.html': { file: 'assets/index.js', imports: ['_react.js', '_router.js'], css: ['assets/index.css'] },
  '_react.js': { file: 'assets/react.js' },
  '_router.js': { file: 'assets/router.js', imports: ['_react.js'] },
  '_form.js': { file: 'assets/form.js', imports: ['_react.js'] },
  'src/Home.tsx': { file: 'assets/Home.js', imports: ['_react.js'], isDynamicEntry: true },
  'src/Post.tsx': { file: 'assets/Post.js', imports: ['_form.js'], isDynamicEntry: true },
};

describe('the bundle budget', () => {
  it('counts the entry, its static imports and the page chunk once each, and no other page', () => {
    expect(chunksFor(manifest, 'src/Home.tsx').sort()).toEqual([
      'assets/Home.js',
      'assets/index.js',
      'assets/react.js',
      'assets/router.js',
    ]);
    expect(chunksFor(manifest, 'src/Post.tsx')).toContain('assets/form.js');
  });

  it('fails loudly for a page the manifest does not know', () => {
    expect(() => chunksFor(manifest, 'src/Gone.tsx')).toThrow('src/Gone.tsx is not in the Vite manifest');
  });

  it('adds up the gzipped sizes of the chunks of each page', () => {
    const content = (file) => Buffer.from(file.repeat(50));
    const [home] = measurePages(manifest, content, { home: 'src/Home.tsx' });
    const expected = ['assets/index.js', 'assets/react.js', 'assets/router.js', 'assets/Home.js']
      .map((file) => gzippedSize(content(file)))
      .reduce((a, b) => a + b, 0);
    expect(home).toEqual({ page: 'home', files: expect.any(Array), bytes: expected });
  });
});
