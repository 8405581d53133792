// Functions that run inside the print view (Playwright serialises each one): they may use only their arguments.

export interface PageReport {
  id: string;
  /** The slide's content height, in px. */
  contentHeight: number;
  /** Parts of the slide that stick out of its page, e.g. "li.columns__item". */
  outside: string[];
  /** Pictures that could not be loaded. */
  brokenPictures: string[];
}

/** Measure every page of reveal's print view and wait until its pictures are decoded. */
export async function inspectPages({ slideHeight }: { slideHeight: number }): Promise<PageReport[]> {
  const pages = [...document.querySelectorAll<HTMLElement>('.reveal .slides .pdf-page')];
  const tolerance = 1;
  const broken = new Map<string, Promise<boolean>>();
  const decodes = (url: string) => {
    if (!broken.has(url)) {
      const picture = new Image();
      picture.src = url;
      broken.set(url, picture.decode().then(() => false, () => true));
    }
    return broken.get(url) as Promise<boolean>;
  };
  return Promise.all(
    pages.map(async (page) => {
      const slide = page.querySelector<HTMLElement>(':scope > section') as HTMLElement;
      const box = page.getBoundingClientRect();
      const outside = [...slide.querySelectorAll<HTMLElement>('*')]
        // Visually hidden text (a chart's table) is clipped on purpose and never printed.
        .filter((element) => element.getClientRects().length > 0 && !element.closest('.notes, .visually-hidden'))
        .filter((element) => {
          const rect = element.getBoundingClientRect();
          return rect.left < box.left - tolerance || rect.right > box.right + tolerance || rect.top < box.top - tolerance || rect.bottom > box.top + slideHeight + tolerance;
        })
        .map((element) => [element.tagName.toLowerCase(), ...element.classList].join('.'));
      const urls = new Set<string>();
      for (const element of [page, ...page.querySelectorAll<HTMLElement>('*')]) {
        for (const match of getComputedStyle(element).backgroundImage.matchAll(/url\("([^"]+)"\)/g)) urls.add(match[1]);
        if (element instanceof HTMLImageElement && element.currentSrc) urls.add(element.currentSrc);
      }
      const brokenPictures = (await Promise.all([...urls].map(async (url) => ((await decodes(url)) ? [url] : [])))).flat();
      return { id: slide.id, contentHeight: slide.scrollHeight, outside, brokenPictures };
    }),
  );
}
