/**
 * Stable identifiers: an event id is a hash of its document id and passage offsets, so the same
 * input gives the same ids on every run whatever other files are read; actor ids are slugs.
 */

/**
 * Two 32-bit FNV-1a hashes with different offsets, as 14 base-36 characters: with 64 bits a
 * collision stays unlikely even across millions of events.
 */
export function shortHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(36).padStart(7, '0') + (b >>> 0).toString(36).padStart(7, '0');
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
