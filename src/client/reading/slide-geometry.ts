// Which view a window opens in and the box its slides get there: the one answer for the slide
// show's settings (src/client/slide-size.ts), the reading view (reading-page.ts) and the first
// paint before either starts (src/client/boot/first-paint.ts, inline in the page's head). Pure:
// window and URL in.
import { PHONE_SLIDE, SCROLL_ACTIVATION_WIDTH, SLIDE, SLIDE_MARGIN } from '../../theme/tokens.ts';
import { windowRole } from '../window-role.ts';
import { readingSlideSize } from './reading-size.ts';

/** reveal's own limits for the slide show's scale. */
const MIN_SCALE = 0.2;
const MAX_SCALE = 2;

export interface SlideGeometry {
  /** The reading view (reveal's scroll view), or the slide show. */
  reading: boolean;
  width: number;
  height: number;
  /** The least scale reveal may use: the reading view's text size, or reveal's default. */
  minScale: number;
  /** The scale reveal lays the slides out at, as it computes and rounds it. */
  scale: number;
}

/** What the URL asks for: `?view=scroll` or `?view=slides`, the presenter's windows, the print view. */
export interface ViewRequest {
  view: 'scroll' | 'slides' | 'auto';
  /** The audience's window: only it reads (the presenter's windows always show slides). */
  audience: boolean;
  print: boolean;
}

export function readViewRequest(search: string): ViewRequest {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  return {
    view: view === 'scroll' || view === 'slides' ? view : 'auto',
    audience: windowRole(search) === 'audience',
    // The same test reveal.js makes (plus its `view=print` option).
    print: /print-pdf/i.test(search) || view === 'print',
  };
}

export function slideGeometry(windowWidth: number, windowHeight: number, request: ViewRequest): SlideGeometry {
  const phone = request.view !== 'slides' && windowWidth * (1 - SLIDE_MARGIN) <= SCROLL_ACTIVATION_WIDTH && request.audience;
  const reading = (phone || request.view === 'scroll') && !request.print;
  const size = reading ? readingSlideSize(windowWidth) : phone ? { ...PHONE_SLIDE, scale: MIN_SCALE } : { ...SLIDE, scale: MIN_SCALE };
  const room = 1 - SLIDE_MARGIN;
  // reveal's layout(): fitted to the window less its margin, within its limits, to hundredths.
  const fitted = Math.min((windowWidth * room) / size.width, (windowHeight * room) / size.height);
  const scale = Math.round(Math.min(Math.max(fitted, size.scale), MAX_SCALE) * 100) / 100;
  return { reading, width: size.width, height: size.height, minScale: size.scale, scale };
}
