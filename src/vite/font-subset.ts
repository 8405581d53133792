// Inter cut down to the characters the talk and its pages can show, at build time (subset-font,
// harfbuzz's hb-subset): about half the bytes of the whole Latin subset. Cached on disk by font
// and characters, so an unchanged talk builds without cutting again.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import subsetFont from 'subset-font';

/** Every character someone may type or a page may print besides the talk's: printable ASCII. */
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');

export async function subsetFontFile(file: string, characters: string, cacheDir: string): Promise<Buffer> {
  const source = readFileSync(file);
  const key = createHash('sha256').update(source).update(characters).digest('hex').slice(0, 16);
  const cached = join(cacheDir, `${key}.woff2`);
  if (existsSync(cached)) return readFileSync(cached);
  const subset = await subsetFont(source, characters, { targetFormat: 'woff2' });
  mkdirSync(cacheDir, { recursive: true });
  // Written beside and renamed, so a half-written file is never taken for a finished one.
  writeFileSync(`${cached}.${process.pid}`, subset);
  renameSync(`${cached}.${process.pid}`, cached);
  return subset;
}

type Node = DefaultTreeAdapterMap['node'];

/**
 * The characters the pages can show: the slides' text as rendered (typographic quotes and dashes)
 * and as written (speaker notes too, which the presenter view and the handout show), in capitals as
 * well (the theme sets headings in capitals), the browser code's own strings, and ASCII.
 */
export function pageCharacters(sectionsHtml: string, sources: Iterable<string>, codeDir: string): string {
  const texts: string[] = [ASCII, ...sources, ...filesUnder(codeDir).map((file) => readFileSync(file, 'utf8'))];
  const visit = (node: Node): void => {
    if (node.nodeName === '#text' && 'value' in node) texts.push(node.value);
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parseFragment(sectionsHtml));
  const all = texts.join('');
  const characters = new Set([...all, ...all.toLocaleUpperCase('sv')].filter((character) => character >= ' '));
  return [...characters].sort().join('');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|css)$/.test(name) ? [path] : [];
  });
}
