// Checks that run inside the page, in any engine: each is sent to the browser as its source text,
// so it may use only its argument and the page's globals.
import type { Box } from './pixels.ts';

/** The slide show once reveal.js is ready, the reading view (no reveal.js) once its pages are built: both mark the deck "ready". */
export const isReady = () => document.querySelector('.reveal.ready') !== null;

/** The slide is shown and nothing on it moves any more (slide transition, fading step). */
export const isStill = (index: number) => {
  // The reading view has no reveal.js and no transitions: only its pictures' boxes to wait for.
  const deck = window.Reveal as typeof window.Reveal | undefined;
  if (deck && deck.getIndices().h !== index) return false;
  const slide = document.querySelectorAll<HTMLElement>('.reveal .slides section')[index];
  return [slide, deck?.getSlideBackground(index)].every((element) => !element || element.getAnimations({ subtree: true }).every((animation) => animation.playState !== 'running'));
};

/** Resolves after the next two frames, so what changed is painted. */
export const painted = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

/**
 * The boxes of a slide's text (each element with text of its own) and what is wrong with it:
 * rendered but invisible, empty, outside the slide (its page in the reading view) or sticking out
 * of its own box. Parts the layout does not render in this view, notes, and steps not shown yet are left out.
 */
export const slideText = (index: number) => {
  const slide = document.querySelectorAll<HTMLElement>('.reveal .slides section')[index];
  const frame = (slide.closest('.scroll-page') ?? document.querySelector('.reveal .slides') as Element).getBoundingClientRect();
  const boxes: { x: number; y: number; width: number; height: number }[] = [];
  const problems: string[] = [];
  for (const element of slide.querySelectorAll('*')) {
    const own = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim();
    if (!own || element.closest('.notes, .visually-hidden, .fragment:not(.visible)') || element.getClientRects().length === 0) continue;
    const name = `${element.tagName.toLowerCase()} "${own.slice(0, 40)}"`;
    const { x, y, width, height } = element.getBoundingClientRect();
    const outside = x < frame.left - 1 || y < frame.top - 1 || x + width > frame.right + 1 || y + height > frame.bottom + 1;
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) problems.push(`${name} is invisible`);
    else if (width < 1 || height < 1) problems.push(`${name} has no size`);
    else if (outside) problems.push(`${name} stands outside the slide`);
    else if (element instanceof HTMLElement && element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1) problems.push(`${name} sticks out of its box`);
    else boxes.push({ x, y, width, height });
  }
  return { boxes, problems };
};

/** The slide's pictures (its background, its <img>s) that are not loaded and decoded. */
export const brokenPictures = async (index: number) => {
  const slide = document.querySelectorAll<HTMLElement>('.reveal .slides section')[index];
  // reveal's background of the slide; the reading view's is beside the slide in its page.
  const background = (window.Reveal ? window.Reveal.getSlideBackground(index) : slide.previousElementSibling) as HTMLElement | undefined;
  const urls = [...(background?.querySelectorAll('.slide-background-content') ?? [])].flatMap((element) => [...getComputedStyle(element).backgroundImage.matchAll(/url\("?(.*?)"?\)/g)].map((match) => match[1]));
  const images = [...slide.querySelectorAll('img')];
  const broken: string[] = [];
  for (const image of [...urls.map((url) => Object.assign(new Image(), { src: url })), ...images]) {
    const loaded = await image.decode().then(() => image.naturalWidth > 0, () => false);
    if (!loaded) broken.push((image.currentSrc || image.src).slice(0, 80));
  }
  return broken;
};

/** The weights of the deck's font that are loaded, after every slide was shown. */
export const loadedFontWeights = async () => {
  await document.fonts.ready;
  return [...document.fonts].filter((font) => font.family.replace(/"/g, '') === 'Inter' && font.status === 'loaded').map((font) => font.weight).sort();
};

/** The boxes of the shown slide's steps (fragments), in the order they appear. */
export const stepBoxes = (index: number) => {
  const slide = document.querySelectorAll<HTMLElement>('.reveal .slides section')[index];
  return [...slide.querySelectorAll('.fragment')].map((step) => {
    const { x, y, width, height } = step.getBoundingClientRect();
    return { x, y, width, height };
  });
};

/** Where each rendered part of the shown slide stands, as "tag x y width height". */
export const shownSlideLayout = () => {
  const slide = document.querySelector('.reveal .slides section.present');
  if (!slide) return [];
  return [slide, ...slide.querySelectorAll('*')]
    .filter((element) => element.getClientRects().length > 0)
    .map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return `${element.tagName.toLowerCase()} ${[x, y, width, height].map(Math.round).join(' ')}`;
    });
};

export type { Box };

/** Scroll the reading view to slide index as a reader would, its page's top at the window's. */
export const scrollToSlide = (index: number) => {
  document.querySelectorAll('.reveal .slides section')[index].closest('.scroll-page')?.scrollIntoView({ block: 'start' });
};

/** Whether the reading-view page that covers the middle of the window is the slide's with this id. */
export const slideInMiddleIs = (id: string) => {
  const middle = window.innerHeight / 2;
  const page = [...document.querySelectorAll('.scroll-page')].find((each) => each.getBoundingClientRect().top <= middle && each.getBoundingClientRect().bottom >= middle);
  return page?.querySelector('section')?.id === id;
};

/** The box of the question slide's second line, if it is shown and wholly in the window. */
export const followUpInView = () => {
  const line = document.querySelector('.question__follow-up');
  if (!line?.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return null;
  const { x, y, width, height } = line.getBoundingClientRect();
  return y >= 0 && y + height <= window.innerHeight ? { x, y, width, height } : null;
};

/**
 * The index overview's enlargement once its page is in view, and the width of the slides (the
 * reading view's, or the slide show's). The reading view lays a page out for good as it comes near
 * (src/theme/reading-page.ts): until then its content may not be styled.
 */
export const overviewZoom = async () => {
  const slide = document.querySelector('section.layout-index-overview') as HTMLElement;
  const page = slide.closest('.scroll-page');
  page?.scrollIntoView();
  const frame = () => new Promise((done) => requestAnimationFrame(done));
  for (let wait = 0; wait < 120 && page && !page.classList.contains('scroll-page--near'); wait++) await frame();
  await frame();
  await frame();
  return { zoom: Number(getComputedStyle(slide.firstElementChild as Element).zoom), slideWidth: slide.offsetWidth };
};
