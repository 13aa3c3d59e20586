/**
 * What went wrong with a file, in words, from the error's code alone: Node's own messages name
 * the path unescaped, and the CLI prints paths itself (escaped, see printable.ts).
 */

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'it does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of its path is not a folder',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is too large (a limit on file size was reached)',
  EROFS: 'the file system is read-only',
  EMFILE: 'too many files are open',
  EIO: 'an input/output error',
  EBUSY: 'the file is busy',
};

export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

export function describeFsError(error: unknown): string {
  const code = errorCode(error);
  if (code === undefined) return 'an unexpected error';
  return REASONS[code] ?? `error ${code}`;
}
