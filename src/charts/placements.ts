// Read a placements data file (YAML): Sweden's rank in an index in a year, each entry checked, with positions.
import * as v from 'valibot';
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { choiceHint, invisibleInYaml, SlideError, yamlSyntaxErrors, type Position, type SlideFile } from '../deck/index.ts';

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

const FIRST_YEAR = 2000;
/** More than the world's countries (ISO 3166 lists 249): no ranking ranks more. */
const MAX_COUNTRIES = 250;

const FIELDS: Record<Field, { schema: v.GenericSchema; want: string }> = {
  index: { schema: v.pipe(v.string(), v.trim(), v.nonEmpty()), want: "the index's name as the slide shows it" },
  // The first e-government rankings are from 2001; none is published ahead of its year.
  year: { schema: v.pipe(v.number(), v.integer(), v.minValue(FIRST_YEAR), v.maxValue(new Date().getFullYear())), want: `a year from ${FIRST_YEAR} to this year, such as 2014` },
  rank: { schema: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_COUNTRIES)), want: `a whole number from 1 (1 = best) to ${MAX_COUNTRIES}` },
  of: { schema: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_COUNTRIES))), want: `how many countries were ranked (at most ${MAX_COUNTRIES}), or null when the source does not say` },
  basis: { schema: v.picklist(BASES), want: BASES.join(' or ') },
  source: { schema: v.pipe(v.string(), v.trim(), v.nonEmpty()), want: 'where the figure is published' },
};
const FIELD_NAMES = Object.keys(FIELDS) as Field[];

export function readPlacements(file: SlideFile): { placements: Placement[]; errors: SlideError[] } {
  const doc = parseDocument(file.text, { uniqueKeys: true, prettyErrors: false });
  const lines = file.text.split('\n');
  // Our own line starts: YAML's LineCounter skips lines it did not lex, as in broken input.
  const lineStarts = [0, ...[...file.text.matchAll(/\n/g)].map((match) => match.index + 1)];
  // A position and how far its underline goes: to the range's end, but not past its first line.
  const at = (range: readonly number[] | null | undefined): Position => {
    const [start = 0, end = start + 1] = range ?? [];
    const index = lineStarts.findLastIndex((lineStart) => lineStart <= start);
    const [line, col] = [index + 1, start - lineStarts[index] + 1];
    const restOfLine = (lines[line - 1] ?? '').length - col + 1;
    return { file: file.path, line, column: col, length: Math.max(1, Math.min(end - start, restOfLine)) };
  };
  const atOffset = (start: number, length: number) => at([start, start + length]);
  // Warnings count too: YAML would otherwise drop an unknown tag such as "!foo" without a word.
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) return { placements: [], errors: yamlSyntaxErrors(problems, 'The data file', atOffset, { text: file.text }) };
  const invisible = invisibleInYaml(doc, atOffset);
  if (invisible) return { placements: [], errors: [invisible] };

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
