/** Test support: reads CSV the way a spreadsheet would, to check what the exports hold. */

/** RFC 4180 rows: quoted cells with doubled quotes, line breaks allowed inside quotes. */
export function parseCsv(withMark: string): string[][] {
  // A byte order mark says how the file is encoded; a spreadsheet does not show it in a cell.
  const text = withMark.startsWith('\uFEFF') ? withMark.slice(1) : withMark;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
