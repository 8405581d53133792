// Functions that run inside the print view (Playwright serialises each one): they may use only their arguments.

export interface PageReport {
  id: string;
  /** The slide's content height, in px. */
  contentHeight: number;
  /** Parts of the slide that stick out of its page, e.g. "li.columns__item". */
  outside: string[];
  /** The handout's notes are longer than their box. */
  notesOverflow: boolean;
  /** Pictures that could not be loaded. */
  brokenPictures: string[];
}

/** Measure page `index` of reveal's print view and wait until its pictures are decoded. */
export async function inspectPage({ index, slideHeight }: { index: number; slideHeight: number }): Promise<PageReport> {
  const page = document.querySelectorAll<HTMLElement>('.reveal .slides .pdf-page')[index];
  const slide = page.querySelector<HTMLElement>(':scope > section') as HTMLElement;
  const box = page.getBoundingClientRect();
  const tolerance = 1;
  const outside = [...slide.querySelectorAll<HTMLElement>('*')]
    // Visually hidden text (a chart's table) is clipped on purpose and never printed.
    .filter((element) => element.getClientRects().length > 0 && !element.closest('.notes, .visually-hidden'))
    .filter((element) => {
      const rect = element.getBoundingClientRect();
      return rect.left < box.left - tolerance || rect.right > box.right + tolerance || rect.top < box.top - tolerance || rect.bottom > box.top + slideHeight + tolerance;
    })
    .map((element) => [element.tagName.toLowerCase(), ...element.classList].join('.'));
  const next = page.nextElementSibling as HTMLElement | null;
  const notes = next?.classList.contains('handout__notes') ? next : null;

  const urls = new Set<string>();
  for (const element of [page, ...page.querySelectorAll<HTMLElement>('*')]) {
    for (const match of getComputedStyle(element).backgroundImage.matchAll(/url\("([^"]+)"\)/g)) urls.add(match[1]);
    if (element instanceof HTMLImageElement && element.currentSrc) urls.add(element.currentSrc);
  }
  const brokenPictures: string[] = [];
  await Promise.all(
    [...urls].map(async (url) => {
      const picture = new Image();
      picture.src = url;
      await picture.decode().catch(() => brokenPictures.push(url));
    }),
  );
  return {
    id: slide.id,
    contentHeight: slide.scrollHeight,
    outside,
    notesOverflow: notes !== null && notes.scrollHeight > notes.clientHeight + tolerance,
    brokenPictures,
  };
}

/** Put each slide's notes after its page, so they print under it (the handout); slides without notes say so. */
export function addHandoutNotes(notes: { id: string; html: string | null }[]): void {
  const pages = [...document.querySelectorAll<HTMLElement>('.reveal .slides .pdf-page')];
  pages.forEach((page, index) => {
    const slide = page.querySelector<HTMLElement>(':scope > section');
    const html = notes.find((entry) => entry.id === slide?.id)?.html;
    const aside = document.createElement('aside');
    aside.className = 'handout__notes';
    aside.innerHTML = `<p class="handout__label">Bild ${index + 1} av ${pages.length} · anteckningar</p>`;
    const body = document.createElement('div');
    body.className = html ? 'handout__text' : 'handout__text handout__text--empty';
    // The notes are the deck's own Markdown, rendered and escaped by its loader.
    body.innerHTML = html ?? '<p>Inga anteckningar till den här bilden.</p>';
    aside.append(body);
    page.after(aside);
  });
}
