// The remote's presses as whole states: where "next" and "previous" lead from a deck position, as
// reveal.js steps (a slide's fragments one by one, then the next slide with none shown; back to the
// previous slide with all of its shown). The phone sends the state it leads to, never a step.
import type { DeckPosition, OutlineSlide } from '../sync/protocol.ts';

type Outline = Pick<OutlineSlide, 'fragments'>[];

/** A slide's fragment index with none shown (-1), or nothing for a slide without fragments. */
const noneShown = (slide: Pick<OutlineSlide, 'fragments'> | undefined) => (slide && slide.fragments > 0 ? -1 : undefined);
const allShown = (slide: Pick<OutlineSlide, 'fragments'> | undefined) => (slide && slide.fragments > 0 ? slide.fragments - 1 : undefined);

function at(position: DeckPosition, indexh: number, indexf: number | undefined): DeckPosition {
  const next: DeckPosition = { indexh, indexv: 0, paused: position.paused, overview: false };
  if (indexf !== undefined) next.indexf = indexf;
  return next;
}

export function nextPosition(outline: Outline, position: DeckPosition): DeckPosition {
  const slide = outline[position.indexh];
  const shown = position.indexf ?? -1;
  if (slide && shown < slide.fragments - 1) return at(position, position.indexh, shown + 1);
  if (position.indexh + 1 >= outline.length) return { ...position, overview: false };
  return at(position, position.indexh + 1, noneShown(outline[position.indexh + 1]));
}

export function previousPosition(outline: Outline, position: DeckPosition): DeckPosition {
  const slide = outline[position.indexh];
  const shown = position.indexf ?? -1;
  if (slide && slide.fragments > 0 && shown >= 0) return at(position, position.indexh, shown - 1);
  if (position.indexh === 0) return { ...position, overview: false };
  return at(position, position.indexh - 1, allShown(outline[position.indexh - 1]));
}

/** Whether a press forward or back would move at all. */
export function canGo(outline: Outline, position: DeckPosition, direction: 'next' | 'previous'): boolean {
  const moved = direction === 'next' ? nextPosition(outline, position) : previousPosition(outline, position);
  return moved.indexh !== position.indexh || moved.indexf !== position.indexf;
}
