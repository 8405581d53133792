// The reading view's pages, built from the slides in the page without reveal.js: each slide in the
// elements reveal's scroll view wraps it in (.scroll-page > .scroll-page-sticky > .scroll-page-content,
// its background beside it), so the theme and the layouts style the page as they styled reveal's.
// A slide's steps show at once: a reader reads at their own pace.

/** The slide's background settings as the renderer wrote them (src/layouts/*.ts), for the picture's box. */
const PICTURE_STYLES = {
  'data-background-size': 'backgroundSize',
  'data-background-position': 'backgroundPosition',
  'data-background-repeat': 'backgroundRepeat',
  'data-background-opacity': 'opacity',
} as const;

/** A page that has come near the view (the CSS lays out only those for good). */
const NEAR_CLASS = 'scroll-page--near';

export interface ReadingPage {
  element: HTMLElement;
  slide: HTMLElement;
  /**
   * The page comes near the view: lay it out for good (src/theme/reading-page.ts) and fetch its
   * pictures, the background's and those in its text.
   */
  comeNear(): void;
}

export function buildPages(slides: HTMLElement): ReadingPage[] {
  const pages = [...slides.querySelectorAll<HTMLElement>(':scope > section')].map(pageFor);
  slides.append(...pages.map((page) => page.element));
  return pages;
}

function pageFor(slide: HTMLElement): ReadingPage {
  const page = element('scroll-page');
  const sticky = element('scroll-page-sticky');
  const content = element('scroll-page-content');
  const background = backgroundFor(slide);
  for (const step of slide.querySelectorAll('.fragment')) step.classList.remove('fragment', 'visible', 'current-fragment');
  content.append(background.element, slide);
  sticky.append(content);
  page.append(sticky);
  let near = false;
  return {
    element: page,
    slide,
    comeNear() {
      if (near) return;
      near = true;
      page.classList.add(NEAR_CLASS);
      background.load();
      for (const image of slide.querySelectorAll<HTMLImageElement>('img[data-src]')) loadImage(image);
    },
  };
}

/** reveal's background element: the slide's classes (a photo's class picks its versions), its colour now, its picture later. */
function backgroundFor(slide: HTMLElement): { element: HTMLElement; load(): void } {
  const background = element(`slide-background ${slide.className.replace('present', '')}`.trim());
  const content = element('slide-background-content');
  background.append(content);
  // As reveal does: colour and gradient on the background, the picture and its settings inside it.
  background.style.backgroundColor = slide.getAttribute('data-background-color') ?? '';
  background.style.backgroundImage = slide.getAttribute('data-background-gradient') ?? '';
  for (const [attribute, property] of Object.entries(PICTURE_STYLES)) content.style[property] = slide.getAttribute(attribute) ?? '';
  const image = slide.getAttribute('data-background-image');
  return {
    element: background,
    load() {
      if (!image) return;
      content.style.backgroundImage = `url("${encodeURI(decodeURI(image))}")`;
      // The photo's versions outrank the original once this is set (src/vite/photo-plugin.ts).
      background.setAttribute('data-loaded', '');
    },
  };
}

/** A picture in the slide's text: its versions first, so the browser fetches one of them, never the original as well. */
function loadImage(image: HTMLImageElement): void {
  if (image.parentElement instanceof HTMLPictureElement) {
    for (const source of image.parentElement.querySelectorAll('source[data-srcset]')) {
      source.setAttribute('srcset', source.getAttribute('data-srcset') as string);
      source.removeAttribute('data-srcset');
    }
  }
  image.src = image.getAttribute('data-src') as string;
  image.removeAttribute('data-src');
}

function element(className: string): HTMLElement {
  const made = document.createElement('div');
  made.className = className;
  return made;
}
