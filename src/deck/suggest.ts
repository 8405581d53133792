// "Did you mean …?" for misspelt names, by edit distance.
import { closest, distance } from 'fastest-levenshtein';

/** The closest known name, when it is close enough to be a likely typo. */
export function suggest(input: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(input.toLowerCase(), [...known]);
  const allowed = Math.max(2, Math.ceil(best.length / 2.5));
  return distance(input.toLowerCase(), best) <= allowed ? best : undefined;
}

/** A hint that lists the choices and names the likely one. */
export function choiceHint(input: string, known: readonly string[]): string {
  const guess = suggest(input, known);
  const list = `use one of: ${known.join(', ')}`;
  return guess ? `${list} — did you mean "${guess}"?` : list;
}
