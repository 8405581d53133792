// Give each index on the slide its placements from the data file; an entry for an index the slide does not list is an error.
import { choiceHint, plainText, SlideError, type Token } from '../deck/index.ts';
import type { Placement } from './placements.ts';

export interface IndexEntry {
  name: Token[];
  remark: Token[];
  placements: Placement[];
}

/** The index's own name: without a trailing "(…)" note, dashes and case folded, so "WASEDA - x" finds "WASEDA – x". */
export function indexKey(name: string): string {
  return name
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/\s*(--|[-–—])\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Attach the placements to their entries (in place) and return the errors for those that match none. */
export function matchPlacements(placements: readonly Placement[], entries: IndexEntry[]): SlideError[] {
  const byKey = new Map(entries.map((entry) => [indexKey(plainText(entry.name)), entry]));
  const names = entries.map((entry) => plainText(entry.name).replace(/\s*\([^()]*\)\s*$/, ''));
  const errors: SlideError[] = [];
  for (const placement of placements) {
    const entry = byKey.get(indexKey(placement.index));
    if (entry) entry.placements.push(placement);
    else errors.push(new SlideError('unknown-index', placement.indexAt, `The slide lists no index "${placement.index}"`, choiceHint(placement.index, names)));
  }
  return errors;
}
