/**
 * The address of every country-flag-icons SVG, by ISO code. Its own chunk, loaded once the
 * filters show, so the list of addresses does not weigh on the page's first script.
 */

// `no-inline`: the small SVGs would otherwise be inlined into the chunk as data URLs.
const FILES = import.meta.glob<string>('/node_modules/country-flag-icons/3x2/*.svg', {
  query: '?no-inline',
  import: 'default',
  eager: true,
});

export const FLAG_URLS: ReadonlyMap<string, string> = new Map(
  Object.entries(FILES).map(([path, url]) => [/(\w+)\.svg$/.exec(path)?.[1] ?? path, url]),
);
