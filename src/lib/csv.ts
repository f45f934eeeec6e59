/**
 * CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF, and a field quoted
 * with double quotes (inner quotes doubled) when it holds a comma, a double quote, CR or LF.
 */

const NEEDS_QUOTES = /[",\r\n]/;

/** One field, quoted only when RFC 4180 requires it: `say "hi"` → `"say ""hi"""`. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A whole file: one record per row, every record (the last included) ended by CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/**
 * Reads RFC 4180 CSV back into rows of fields (the inverse of {@link toCsv}); accepts LF as well as
 * CRLF record ends. Throws on a quote that is opened and never closed or a stray quote inside a field.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let index = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (index < text.length) {
    const char = text[index]!;
    if (char === '"' && field === '') {
      // A quoted field: read to the closing quote, "" standing for one quote.
      index += 1;
      for (;;) {
        const close = text.indexOf('"', index);
        if (close === -1) throw new Error(`CSV: a quoted field opened before character ${index} is never closed.`);
        field += text.slice(index, close);
        if (text[close + 1] === '"') {
          field += '"';
          index = close + 2;
        } else {
          index = close + 1;
          break;
        }
      }
      const next = text[index];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        throw new Error(`CSV: unexpected "${next}" after a closing quote at character ${index}.`);
      }
      continue;
    }
    if (char === '"') throw new Error(`CSV: a quote inside an unquoted field at character ${index}.`);
    if (char === ',') endField();
    else if (char === '\n') endRow();
    else if (char === '\r' && text[index + 1] === '\n') {
      endRow();
      index += 1;
    } else field += char;
    index += 1;
  }
  // A last record without a line break.
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
