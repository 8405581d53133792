// The slide show's slides for this window: 16:9, or tall ones in a phone's slide show
// (?view=slides); they follow the window as it changes. A window that comes to the reading view's
// sizes (narrowed to a phone's width) opens the reading view instead (src/client/reading/).
import type { RevealApi, RevealConfig } from 'reveal.js';
import { SLIDE_MARGIN } from '../theme/tokens.ts';
import { addViewSwitch, switchViewWhenResized } from './reading/view-switch.ts';
import { readViewRequest, slideGeometry, type SlideGeometry } from './reading/slide-geometry.ts';
import { windowRole } from './window-role.ts';

function geometry(): SlideGeometry {
  return slideGeometry(window.innerWidth, window.innerHeight, readViewRequest(location.search));
}

export function slideSizeConfig(): Partial<RevealConfig> {
  const { width, height } = geometry();
  // reveal's own scroll view never starts: the reading view is a page of its own.
  return { width, height, margin: SLIDE_MARGIN, scrollActivationWidth: 0 };
}

export function fitSlidesToWindow(deck: RevealApi): void {
  if (windowRole() !== 'audience') return;
  const sizeOf = ({ width, height }: SlideGeometry) => `${width}×${height}`;
  let size = sizeOf(geometry());
  window.addEventListener('resize', () => {
    const now = geometry();
    if (now.reading || sizeOf(now) === size) return;
    size = sizeOf(now);
    deck.configure({ width: now.width, height: now.height });
  });
  switchViewWhenResized(() => geometry().reading);
  deck.on('ready', () => addViewSwitch(false));
}
