// What a screen reader finds in a page: its headings as an outline, and its pictures with their names.
import type { Page } from '@playwright/test';

/** "h2 Kort om mig" for each heading a screen reader lists, in document order. */
export async function headingOutline(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')]
      .filter((heading) => !heading.closest('[aria-hidden="true"]:not(section), .notes'))
      .map((heading) => `${heading.tagName.toLowerCase()} ${heading.textContent?.replace(/\s+/g, ' ').trim()}`),
  );
}

/** What is wrong with an outline: it opens with the one h1, and each heading goes at most one level deeper. */
export function outlineProblems(outline: string[]): string[] {
  const problems: string[] = [];
  const levels = outline.map((line) => Number(line[1]));
  if (levels[0] !== 1) problems.push(`the first heading is not an h1: ${outline[0]}`);
  if (levels.filter((level) => level === 1).length !== 1) problems.push('the page does not have exactly one h1');
  levels.forEach((level, i) => {
    if (i > 0 && level > levels[i - 1] + 1) problems.push(`skips a level: ${outline[i - 1]} → ${outline[i]}`);
  });
  return problems;
}

/** Every picture in the slides that has neither a name nor a mark that it is decorative. */
export async function unnamedPictures(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const named = (element: Element) => Boolean(element.getAttribute('aria-label')?.trim() || element.getAttribute('alt')?.trim() || element.querySelector(':scope > title')?.textContent?.trim());
    // reveal hides the slides not shown; a picture hidden on purpose is hidden inside its slide.
    const decorative = (element: Element) => element.closest('[aria-hidden="true"]:not(section)') !== null || element.getAttribute('alt') === '' || ['presentation', 'none'].includes(element.getAttribute('role') ?? '');
    const pictures = [...document.querySelectorAll('.reveal .slides :is(img, svg, [role="img"], picture, canvas)')].filter((element) => !element.parentElement?.closest('svg'));
    const problems = pictures.filter((element) => !named(element) && !decorative(element)).map((element) => `${element.closest('section')?.id}: <${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">`);
    // A slide's background picture is CSS: the slide must describe it with an element of its own.
    for (const slide of document.querySelectorAll('.reveal .slides section[data-background-image]')) {
      if (![...slide.querySelectorAll('[role="img"]')].some(named)) problems.push(`${slide.id}: its background picture is not described`);
    }
    return problems;
  });
}
