// The inline script and styles of reveal.js's speaker view (the notes plugin writes
// its whole page into a popup, which inherits the deck's policy), for the CSP to allow by hash.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';

export interface InlineParts {
  scripts: string[];
  styles: string[];
  /** Values of style="…" attributes. */
  styleAttributes: string[];
}

/** Read the speaker view's page from the notes plugin that Vite bundles. */
export function speakerViewParts(): InlineParts {
  const revealMain = createRequire(import.meta.url).resolve('reveal.js');
  const source = readFileSync(join(dirname(revealMain), 'plugin/notes.mjs'), 'utf8');
  const literal = /\.document\.write\(("(?:[^"\\]|\\.)*")\)/.exec(source)?.[1];
  if (!literal) throw new Error('reveal.js notes plugin: the speaker view page was not found; update src/build/csp-speaker-view.ts');
  // Only a string literal matched above, so this evaluates nothing but the string.
  return inlineParts(String(runInNewContext(literal)));
}

export function inlineParts(html: string): InlineParts {
  const all = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]);
  return {
    scripts: all(/<script>([\s\S]*?)<\/script>/g),
    styles: all(/<style>([\s\S]*?)<\/style>/g),
    styleAttributes: [...new Set(all(/ style="([^"]*)"/g))],
  };
}
