// A YAML escape ("\0", "\x1b", "\u202e") makes an invisible character the file's own check never saw.
import { isScalar, visit, type Document } from 'yaml';
import { SlideError } from './errors.ts';
import { findInvisible, invisibleHint } from './invisible.ts';
import type { Position } from './types.ts';

/** The first key or value of the document that holds an invisible character, as an error at it. */
export function invisibleInYaml(doc: Document, at: (offset: number, length: number) => Position): SlideError | null {
  let error: SlideError | null = null;
  visit(doc, {
    Scalar(_, node) {
      const found = isScalar(node) && typeof node.value === 'string' ? findInvisible(node.value) : null;
      if (!found) return undefined;
      const [start, end] = node.range ?? [0, 1];
      error = new SlideError(found.code, at(start, Math.max(1, end - start)), `This value holds an invisible ${found.kind}, ${found.codePoint}, written as an escape`, invisibleHint(found).replace('delete it', 'delete the escape'));
      return visit.BREAK;
    },
  });
  return error;
}
