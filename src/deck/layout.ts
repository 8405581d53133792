// Helpers for writing and using layouts; the interface itself is in types.ts.
import type { Layout, LayoutData, LayoutSlide, PropsSchema, Slide } from './types.ts';

/** Type helper so each layout file keeps its own prop and data types. */
export function defineLayout<S extends PropsSchema, D extends LayoutData>(layout: Layout<S, D>): Layout<S, D> {
  return layout;
}

/** Whether a slide has this layout, with its props and data typed as the layout's. */
export function isSlideOf<S extends PropsSchema, D extends LayoutData>(slide: Slide, layout: Layout<S, D>): slide is Slide & LayoutSlide<S, D> {
  return slide.layout === layout;
}
