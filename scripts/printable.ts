/**
 * A line of CLI output made safe for a terminal: a file name may hold a line break, a carriage
 * return or an escape sequence, and printed as is it could forge an "ok" line or erase one.
 * Control characters, line and paragraph separators and bidirectional overrides are written as
 * JSON-style escapes (`\n`, `\u001b`); a backslash is doubled so an escape cannot be faked.
 */

const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\\\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

const SHORT: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

export function printable(text: string): string {
  return text.replace(
    UNSAFE,
    (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
