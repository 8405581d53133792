// Read a slide's YAML frontmatter, remembering where each key and value stands.
import { isMap, isScalar, parseDocument, visit, type Document, type Node, type Pair } from 'yaml';
import { SlideError } from './errors.ts';
import { lineOf } from './scan.ts';
import { findSlideTextInFrontmatter, yamlSyntaxErrors } from './yaml-errors.ts';
import type { Frontmatter, Position, SourceBlock } from './types.ts';
import { invisibleInYaml } from './yaml-invisible.ts';

export type FrontmatterResult = { frontmatter: Frontmatter; errors: [] } | { frontmatter: null; errors: SlideError[] };

export function readFrontmatter(file: string, block: SourceBlock): FrontmatterResult {
  const doc = parseDocument(block.text, { uniqueKeys: true, prettyErrors: false });
  // Our own line starts: YAML's LineCounter skips lines it did not lex, as in broken input.
  const lineStarts = [0, ...[...block.text.matchAll(/\n/g)].map((match) => match.index + 1)];
  const linePos = (offset: number) => {
    const line = lineOf(lineStarts, offset);
    return { line: line + 1, col: offset - lineStarts[line] + 1 };
  };
  const at = (offset: number, length = 1): Position => {
    const { line, col } = linePos(offset);
    return { file, line: block.line + line - 1, column: col, length };
  };

  // Warnings count too: YAML would otherwise drop an unknown tag such as "!foo" without a word.
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) return { frontmatter: null, errors: yamlSyntaxErrors(problems, 'The frontmatter', at, { text: block.text, frontmatter: true }) };
  const slideText = findSlideTextInFrontmatter(block.text, at);
  if (slideText) return { frontmatter: null, errors: [slideText] };
  const alias = firstAlias(doc);
  if (alias) {
    const error = new SlideError('bad-yaml', at(alias[0], alias[1] - alias[0]), 'The frontmatter uses a YAML alias ("*name")', 'write the value itself; slide frontmatter takes no anchors or aliases');
    return { frontmatter: null, errors: [error] };
  }
  const invisible = invisibleInYaml(doc, at);
  if (invisible) return { frontmatter: null, errors: [invisible] };
  // The splitter only opens frontmatter on a "key:" line, so the root is a map.
  const root = doc.contents;
  if (!isMap(root)) {
    const error = new SlideError('bad-yaml', at(root?.range?.[0] ?? 0), 'The frontmatter must be "key: value" lines', 'write for example "layout: statement"');
    return { frontmatter: null, errors: [error] };
  }

  const pairs = new Map<string, Pair<Node, Node>>();
  for (const pair of root.items as Pair<Node, Node>[]) {
    // A key such as "[1]:" or "? {a: b}" would be turned into a string with a warning on the console.
    if (!isScalar(pair.key)) {
      const range = pair.key?.range ?? [0, 1];
      return { frontmatter: null, errors: [new SlideError('bad-yaml', at(range[0], range[1] - range[0]), 'A frontmatter key must be a plain name', 'write "key: value", e.g. "layout: statement"')] };
    }
    pairs.set(String(pair.key.value), pair);
  }
  const keyAt = (key: string): Position => {
    const range = pairs.get(key)?.key?.range;
    return range ? at(range[0], range[1] - range[0]) : at(0);
  };
  const valueAt = (key: string): Position => {
    const range = pairs.get(key)?.value?.range;
    return range ? at(range[0], Math.max(1, range[1] - range[0])) : keyAt(key);
  };
  const data = doc.toJS() as Record<string, unknown>;
  return { frontmatter: { data, keyAt, valueAt }, errors: [] };
}

/** Where the first alias stands: aliases can expand to huge values or point nowhere, and no slide needs one. */
function firstAlias(doc: Document): [number, number] | null {
  let range: [number, number] | null = null;
  visit(doc, {
    Alias(_, node) {
      range = node.range ? [node.range[0], node.range[1]] : [0, 1];
      return visit.BREAK;
    },
  });
  return range;
}
