// The one file's Content Security Policy: all its code is inline, so its scripts and styles
// are allowed by hash, its fonts and pictures as data: URLs, and nothing else is fetched.
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { hashSource, printViewStyles, type CspDirectives } from './csp.ts';

type Node = DefaultTreeAdapterMap['node'];

export interface InlineCode {
  scripts: string[];
  styles: string[];
}

/** The text of every inline <script> and <style> in a page, as the browser hashes it. */
export function inlineCode(html: string): InlineCode {
  const code: InlineCode = { scripts: [], styles: [] };
  // Without scripting, the parser reads <noscript> as elements, so its styles count too.
  const visit = (node: Node): void => {
    if ('tagName' in node && (node.tagName === 'script' || node.tagName === 'style')) {
      const isSource = !node.attrs.some((attr) => attr.name === 'src');
      const text = node.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
      if (node.tagName === 'style') code.styles.push(text);
      else if (isSource && isJavaScript(node)) code.scripts.push(text);
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
    if ('content' in node) visit(node.content);
  };
  visit(parse(html, { scriptingEnabled: false }));
  return code;
}

/** Data blocks such as JSON-LD are not run, so the policy need not name them. */
function isJavaScript(node: DefaultTreeAdapterMap['element']): boolean {
  const type = node.attrs.find((attr) => attr.name === 'type')?.value.trim().toLowerCase() ?? '';
  return ['', 'module', 'text/javascript', 'application/javascript'].includes(type);
}

export function singleFileDirectives(code: InlineCode): CspDirectives {
  return {
    'default-src': ["'none'"],
    'script-src': code.scripts.map(hashSource),
    // The page's own styles, and those reveal.js's print view (?print-pdf) writes.
    'style-src': [...new Set([...code.styles, ...printViewStyles])].map(hashSource),
    // Pictures, the icon and reveal.css's icons are data: URLs, and so are the fonts in the styles.
    'img-src': ['data:'],
    'font-src': ['data:'],
    // The presenter view (?presenter) frames this same file as its next-slide preview (?preview).
    'frame-src': ["'self'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  };
}
