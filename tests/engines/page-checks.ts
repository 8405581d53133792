// Checks that run inside the page, in any engine: each is sent to the browser as its source text,
// so it may use only its argument and the page's globals.
import type { Box } from './pixels.ts';

export const isReady = () => Boolean(window.Reveal?.isReady());

/** The slide is shown and nothing on it moves any more (slide transition, fading step). */
export const isStill = (index: number) => {
  const deck = window.Reveal;
  if (!deck.isScrollView() && deck.getIndices().h !== index) return false;
  return [deck.getSlides()[index], deck.getSlideBackground(index)].every((element) => !element || element.getAnimations({ subtree: true }).every((animation) => animation.playState !== 'running'));
};

/** Resolves after the next two frames, so what changed is painted. */
export const painted = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

/**
 * The boxes of a slide's text (each element with text of its own) and what is wrong with it:
 * rendered but invisible, empty, outside the slide (its page in the reading view) or sticking out
 * of its own box. Parts the layout does not render in this view, notes, and steps not shown yet are left out.
 */
export const slideText = (index: number) => {
  const slide = window.Reveal.getSlides()[index];
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
  const deck = window.Reveal;
  const background = deck.getSlideBackground(index) as HTMLElement | undefined;
  const urls = [...(background?.querySelectorAll('.slide-background-content') ?? [])].flatMap((element) => [...getComputedStyle(element).backgroundImage.matchAll(/url\("?(.*?)"?\)/g)].map((match) => match[1]));
  const images = [...deck.getSlides()[index].querySelectorAll('img')];
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
  const slide = window.Reveal.getSlides()[index];
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
  window.Reveal.getSlides()[index].closest('.scroll-page')?.scrollIntoView({ block: 'start' });
};

/** The box of the question slide's second line, if it is shown and wholly in the window. */
export const followUpInView = () => {
  const line = document.querySelector('.question__follow-up');
  if (!line?.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return null;
  const { x, y, width, height } = line.getBoundingClientRect();
  return y >= 0 && y + height <= window.innerHeight ? { x, y, width, height } : null;
};

/** The index overview's enlargement, and the width of the slides. */
export const overviewZoom = () => {
  const slide = document.querySelector('section.layout-index-overview') as HTMLElement;
  return { zoom: Number(getComputedStyle(slide.firstElementChild as Element).zoom), slideWidth: Number(window.Reveal.getConfig().width) };
};
