// Add objects to a PDF as an incremental update: new and replaced objects, a cross-reference
// section and a trailer appended after the original bytes, which stay as they are. Chromium writes
// a classic cross-reference table, so reading the few objects we need takes no PDF library (pdf-lib
// takes 0.7 s of CPU to load, parse and save the talk, a quarter of `npm run pdf`).
// cspell:ignore nendobj nstartxref
import { ExportError } from './errors.ts';

export interface PdfObjects {
  /** The trailer's /Root and /Info object numbers, /Size, and where its cross-reference table starts. */
  root: number;
  info: number | null;
  size: number;
  startxref: number;
  /** The dictionary of an object, as text ("<< … >>"). */
  dict(num: number): string;
  /** The page objects in order, each with its height in points. */
  pages(): { num: number; height: number }[];
}

const broken = (what: string) => new ExportError('page-count', `Chromium's PDF could not be read: ${what}`, 'run the export again; if it fails again, report it with the PDF');

export function readPdf(bytes: Uint8Array): PdfObjects {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const start = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1] ?? Number.NaN);
  if (!text.startsWith('xref', start)) throw broken('no cross-reference table where startxref points');
  const offsets = new Map<number, number>();
  const table = /(\d+) (\d+)\r?\n((?:\d{10} \d{5} [nf]\s*\r?\n?)+)/gy;
  table.lastIndex = text.indexOf('\n', start) + 1;
  for (let section = table.exec(text); section; section = table.exec(text)) {
    section[3].trim().split(/\s*\r?\n/).forEach((entry, index) => {
      if (entry.endsWith('n')) offsets.set(Number(section[1]) + index, Number(entry.slice(0, 10)));
    });
  }
  const trailer = /trailer\s*<<(.*?)>>\s*startxref/s.exec(text.slice(start))?.[1] ?? '';
  const ref = (key: string) => /(\d+) 0 R/.exec(new RegExp(`/${key}\\s+\\d+ 0 R`).exec(trailer)?.[0] ?? '')?.[1];
  const root = Number(ref('Root'));
  if (!root) throw broken('no /Root in the trailer');

  const dict = (num: number): string => {
    const at = offsets.get(num);
    if (at === undefined) throw broken(`object ${num} is not in the cross-reference table`);
    const open = text.indexOf('<<', at);
    let depth = 0;
    for (let i = open; i < text.length - 1; i++) {
      if (text[i] === '(') i = text.indexOf(')', i); // a string: not searched for brackets (the dicts read here hold none with them)
      else if (text.startsWith('<<', i)) (depth++, i++);
      else if (text.startsWith('>>', i) && --depth === 0) return text.slice(open, i + 2);
      else if (text.startsWith('>>', i)) i++;
    }
    throw broken(`object ${num} has no end`);
  };
  const pages = (num = Number(/\/Pages (\d+) 0 R/.exec(dict(root))?.[1])): { num: number; height: number }[] => {
    const node = dict(num);
    if (/\/Type\s*\/Page\b(?!s)/.test(node)) return [{ num, height: Number(/\/MediaBox\s*\[\s*[\d.-]+\s+[\d.-]+\s+[\d.-]+\s+([\d.-]+)/.exec(node)?.[1] ?? 0) }];
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1] ?? '';
    return [...kids.matchAll(/(\d+) 0 R/g)].flatMap((kid) => pages(Number(kid[1])));
  };
  return { root, info: Number(ref('Info')) || null, size: Number(/\/Size\s+(\d+)/.exec(trailer)?.[1]), startxref: start, dict, pages };
}

/** A text string the PDF way: UTF-16BE with its byte-order mark, in hex. */
export function pdfText(value: string): string {
  return `<FEFF${[...value].map((letter) => letter.codePointAt(0) as number).flatMap((code) => (code > 0xffff ? [0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff)] : [code])).map((unit) => unit.toString(16).padStart(4, '0').toUpperCase()).join('')}>`;
}

/**
 * The original bytes, then the objects (number → body, "<< … >>" or a stream, as latin1 text) and a
 * trailer that names the root and info objects and points back to the original table.
 */
export function appendUpdate(bytes: Uint8Array, pdf: PdfObjects, objects: Map<number, string>, info: number): Uint8Array {
  const parts: string[] = ['\n'];
  let offset = bytes.length + 1;
  const offsets = new Map<number, number>();
  for (const [num, body] of [...objects].sort(([a], [b]) => a - b)) {
    offsets.set(num, offset);
    const chunk = `${num} 0 obj\n${body}\nendobj\n`;
    parts.push(chunk);
    offset += Buffer.byteLength(chunk, 'latin1');
  }
  const xref = ['xref', ...[...offsets].sort(([a], [b]) => a - b).flatMap(([num, at]) => [`${num} 1`, `${String(at).padStart(10, '0')} 00000 n `])];
  const size = Math.max(pdf.size, ...objects.keys()) + 1;
  parts.push(`${xref.join('\n')}\ntrailer\n<</Size ${size}\n/Root ${pdf.root} 0 R\n/Info ${info} 0 R\n/Prev ${pdf.startxref}>>\nstartxref\n${offset}\n%%EOF\n`);
  return Buffer.concat([bytes, Buffer.from(parts.join(''), 'latin1')]);
}
