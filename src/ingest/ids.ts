/**
 * Stable identifiers: an event id is a hash of its document id and passage offsets, so the same
 * input gives the same ids on every run whatever other files are read; actor ids are slugs.
 */

/** FNV-1a, 32 bits, as 7 base-36 characters. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, '0');
}

export function slugOf(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return slug.length > 0 ? slug : `actor-${shortHash(name)}`;
}

/** The document id: the file name without directory and extension. */
export function documentIdOf(file: string): string {
  const base = file.split(/[\\/]/u).pop() ?? file;
  return base.replace(/\.[^.]+$/u, '') || base;
}
