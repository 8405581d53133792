// The drawings of a talk, slide by slide, as every window and the relay keep them: strokes are
// added and erased by id, and an erased id never comes back, so windows that hear the same
// strokes and erasures in any order, twice or late, end with the same drawing.
import { MAX_STROKES_PER_SLIDE, type Stroke } from './protocol.ts';

/** How many erased ids are remembered; the oldest are forgotten past it. */
const MAX_ERASED = 20_000;

export class DrawingStore {
  private readonly slides = new Map<string, Map<string, Stroke>>();
  private readonly erased = new Set<string>();

  /** Add a stroke; false if it is known, erased, or its slide is full. */
  add(stroke: Stroke): boolean {
    if (this.erased.has(stroke.id)) return false;
    const strokes = this.slides.get(stroke.slide) ?? new Map<string, Stroke>();
    if (strokes.has(stroke.id) || strokes.size >= MAX_STROKES_PER_SLIDE) return false;
    strokes.set(stroke.id, stroke);
    this.slides.set(stroke.slide, strokes);
    return true;
  }

  /** Erase strokes of a slide by id (also ones not heard of yet); true if the slide's drawing changed. */
  erase(slide: string, ids: readonly string[]): boolean {
    const strokes = this.slides.get(slide);
    let changed = false;
    for (const id of ids) {
      this.erased.delete(id);
      this.erased.add(id);
      if (strokes?.delete(id)) changed = true;
    }
    for (const id of this.erased) {
      if (this.erased.size <= MAX_ERASED) break;
      this.erased.delete(id);
    }
    return changed;
  }

  strokesOf(slide: string): Stroke[] {
    return [...(this.slides.get(slide)?.values() ?? [])];
  }

  /** Every stroke, for a window that joins late. */
  allStrokes(): Stroke[] {
    return [...this.slides.values()].flatMap((strokes) => [...strokes.values()]);
  }

  isEmpty(): boolean {
    return [...this.slides.values()].every((strokes) => strokes.size === 0);
  }
}
