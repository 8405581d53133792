// The handout inside the print view (Playwright serialises each function: they use only their arguments):
// each slide's notes under it, set smaller when long, and continued on pages of their own when longer still.

export interface HandoutNotes {
  id: string;
  html: string | null;
}

/** Put each slide's notes after its page, so they print under it; slides without notes say so. */
export function addHandoutNotes(notes: HandoutNotes[]): void {
  const pages = [...document.querySelectorAll<HTMLElement>('.reveal .slides .pdf-page')];
  pages.forEach((page, index) => {
    const slide = page.querySelector<HTMLElement>(':scope > section');
    const html = notes.find((entry) => entry.id === slide?.id)?.html;
    const aside = document.createElement('aside');
    aside.className = 'handout__notes';
    aside.dataset.label = `Bild ${index + 1} av ${pages.length} · anteckningar`;
    aside.innerHTML = `<p class="handout__label">${aside.dataset.label}</p>`;
    const body = document.createElement('div');
    body.className = html ? 'handout__text' : 'handout__text handout__text--empty';
    // The notes are the deck's own Markdown, rendered and escaped by its loader.
    body.innerHTML = html ?? '<p>Inga anteckningar till den här bilden.</p>';
    aside.append(body);
    page.after(aside);
  });
}

/**
 * Fit each slide's notes: the largest of `sizes` (px) at which they fit under the slide; at the
 * smallest, what does not fit moves to pages of its own, broken between paragraphs or list items
 * (inside one only when it alone is longer than a page). Returns how many pages each slide takes.
 */
export function layoutHandout({ sizes }: { sizes: number[] }): number[] {
  const overflows = (aside: HTMLElement) => aside.scrollHeight > aside.clientHeight + 1;
  const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, tr';
  // Numbered lists keep their numbers when they continue.
  for (const list of document.querySelectorAll<HTMLOListElement>('.handout__text ol')) {
    [...list.children].forEach((item, index) => ((item as HTMLLIElement).value ||= list.start + index));
  }

  /** Where the first word below the box's content bottom starts, or null when all fits. */
  const firstBelow = (aside: HTMLElement): { node: Text; offset: number } | null => {
    const limit = aside.getBoundingClientRect().bottom - parseFloat(getComputedStyle(aside).paddingBottom);
    const walker = document.createTreeWalker(aside.querySelector('.handout__text') as Node, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (const word of node.data.matchAll(/\S+/g)) {
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        if (range.getBoundingClientRect().bottom > limit) return { node, offset: word.index };
      }
    }
    return null;
  };

  /** Move what does not fit into a new box after this one, on a page of its own. */
  const continueAfter = (aside: HTMLElement): HTMLElement | null => {
    const below = firstBelow(aside);
    if (!below) return null;
    const body = aside.querySelector('.handout__text') as HTMLElement;
    const block = below.node.parentElement?.closest(BLOCKS);
    const firstBlock = body.querySelector(BLOCKS);
    const range = document.createRange();
    // Before the block that crosses the bottom; inside it only when nothing would stay before it.
    const whole = block && block !== firstBlock && body.contains(block);
    if (whole) range.setStartBefore(block);
    else range.setStart(below.node, below.offset);
    range.setEnd(body, body.childNodes.length);
    const moved = range.extractContents();
    if (!whole) moved.querySelector('li')?.classList.add('handout__item--continued');
    for (const empty of body.querySelectorAll('ul:empty, ol:empty, li:empty, p:empty')) empty.remove();
    const next = document.createElement('aside');
    next.className = 'handout__notes handout__notes--continued';
    next.style.fontSize = aside.style.fontSize;
    next.dataset.label = aside.dataset.label;
    next.innerHTML = `<p class="handout__label">${aside.dataset.label}, fortsättning</p>`;
    const nextBody = body.cloneNode(false) as HTMLElement;
    nextBody.append(moved);
    next.append(nextBody);
    aside.after(next);
    return next;
  };

  return [...document.querySelectorAll<HTMLElement>('.handout__notes')].map((aside) => {
    for (const size of sizes) {
      aside.style.fontSize = `${size}px`;
      if (!overflows(aside)) return 1;
    }
    let pages = 1;
    // Each pass moves at least one word, as the box's first word always fits: the guard is for the unforeseen.
    for (let box: HTMLElement | null = aside; box && overflows(box) && pages < 100; ) {
      box = continueAfter(box);
      if (box) pages++;
    }
    return pages;
  });
}
