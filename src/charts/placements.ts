// Read a placements data file (YAML): Sweden's rank in an index in a year, each entry checked, with positions.
import * as v from 'valibot';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { choiceHint, SlideError, yamlSyntaxErrors, type Position, type SlideFile } from '../deck/index.ts';

/** published: the publisher printed the rank; calculated: we ranked the publisher's published scores. */
export const BASES = ['published', 'calculated'] as const;

export interface Placement {
  index: string;
  year: number;
  rank: number;
  /** How many countries were ranked; null when the source does not say. */
  of: number | null;
  basis: (typeof BASES)[number];
  source: string;
  /** Where the entry's index name stands, for errors about which index it is. */
  indexAt: Position;
}

type Field = Exclude<keyof Placement, 'indexAt'>;

const FIELDS: Record<Field, { schema: v.GenericSchema; want: string }> = {
  index: { schema: v.pipe(v.string(), v.trim(), v.nonEmpty()), want: "the index's name as the slide shows it" },
  year: { schema: v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2100)), want: 'a year such as 2014' },
  rank: { schema: v.pipe(v.number(), v.integer(), v.minValue(1)), want: 'a whole number from 1 (1 = best)' },
  of: { schema: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))), want: 'how many countries were ranked, or null when the source does not say' },
  basis: { schema: v.picklist(BASES), want: BASES.join(' or ') },
  source: { schema: v.pipe(v.string(), v.trim(), v.nonEmpty()), want: 'where the figure is published' },
};
const FIELD_NAMES = Object.keys(FIELDS) as Field[];

export function readPlacements(file: SlideFile): { placements: Placement[]; errors: SlideError[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lines = file.text.split('\n');
  // A position and how far its underline goes: to the range's end, but not past its first line.
  const at = (range: readonly number[] | null | undefined): Position => {
    const [start = 0, end = start + 1] = range ?? [];
    const { line, col } = lineCounter.linePos(start);
    const restOfLine = (lines[line - 1] ?? '').length - col + 1;
    return { file: file.path, line, column: col, length: Math.max(1, Math.min(end - start, restOfLine)) };
  };
  if (doc.errors.length > 0) return { placements: [], errors: yamlSyntaxErrors(doc.errors, 'The data file', (start, length) => at([start, start + length]), { text: file.text }) };

  const root = doc.contents;
  if (!isSeq(root)) {
    const error = new SlideError('wrong-structure', at(root?.range), 'The data file must be a list of entries', 'start each entry with "- index: …" (see the comment at the top of slides/data/placeringar.yaml)');
    return { placements: [], errors: [error] };
  }
  const placements: Placement[] = [];
  const errors: SlideError[] = [];
  for (const item of root.items) {
    if (!isMap(item)) {
      errors.push(new SlideError('wrong-structure', at((item as Node | null)?.range), 'Each entry must be "key: value" lines', `give each entry the keys ${FIELD_NAMES.join(', ')}`));
      continue;
    }
    const placement = readEntry(item as YAMLMap<Node, Node>, at, errors);
    if (placement) placements.push(placement);
  }
  errors.push(...checkDuplicates(placements));
  return { placements, errors };
}

function readEntry(entry: YAMLMap<Node, Node>, at: (range: readonly number[] | null | undefined) => Position, errors: SlideError[]): Placement | null {
  const pairs = new Map<string, Pair<Node, Node>>();
  for (const pair of entry.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (FIELD_NAMES.includes(key as Field)) pairs.set(key, pair);
    else errors.push(new SlideError('unknown-key', at(pair.key?.range), `An entry has no key "${key}"`, choiceHint(key, FIELD_NAMES)));
  }
  const values: Partial<Record<Field, unknown>> = {};
  let valid = true;
  for (const field of FIELD_NAMES) {
    const pair = pairs.get(field);
    if (!pair) {
      errors.push(new SlideError('missing-key', at(entry.items[0]?.key?.range ?? entry.range), `This entry has no "${field}"`, `add a line "${field}: …": ${FIELDS[field].want}`));
      valid = false;
      continue;
    }
    const raw = pair.value?.toJSON() ?? null;
    const result = v.safeParse(FIELDS[field].schema, raw);
    if (result.success) values[field] = result.output;
    else {
      errors.push(new SlideError('wrong-type', at(pair.value?.range ?? pair.key?.range), `"${field}" cannot be ${JSON.stringify(raw)}`, `write ${FIELDS[field].want}`));
      valid = false;
    }
  }
  if (!valid) return null;
  const placement = { ...values, indexAt: at(pairs.get('index')?.value?.range) } as Placement;
  if (placement.of !== null && placement.rank > placement.of) {
    const rankAt = at(pairs.get('rank')?.value?.range);
    errors.push(new SlideError('rank-out-of-range', rankAt, `Rank ${placement.rank} is larger than the ${placement.of} countries ranked`, 'check "rank" and "of" against the source'));
    return null;
  }
  return placement;
}

function checkDuplicates(placements: Placement[]): SlideError[] {
  const seen = new Map<string, Placement>();
  const errors: SlideError[] = [];
  for (const placement of placements) {
    const key = `${placement.index.toLowerCase()}|${placement.year}`;
    const earlier = seen.get(key);
    if (earlier) {
      errors.push(new SlideError('duplicate-entry', placement.indexAt, `"${placement.index}" already has an entry for ${placement.year} (line ${earlier.indexAt.line})`, 'keep one entry per index and year'));
    } else seen.set(key, placement);
  }
  return errors;
}
