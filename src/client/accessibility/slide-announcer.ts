// Screen readers hear each new slide in Swedish: "Bild 6 av 26. Sverige ligger efter!", with its
// pictures' descriptions, and each step of a slide as it appears; the reading view (no reveal.js) stays quiet.
import type { FragmentEvent, RevealApi } from 'reveal.js';

// Block elements end a sentence, so a screen reader pauses between heading, points and pictures.
const BLOCKS = new Set(['P', 'DIV', 'UL', 'OL', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR']);

export function announceSlidesInSwedish(deck: RevealApi): void {
  const region = document.createElement('div');
  region.className = 'deck-status visually-hidden';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-atomic', 'true');
  const say = (text: string) => (region.textContent = text);
  deck.on('ready', () => {
    document.body.append(region);
    silenceRevealStatus(deck);
  });
  deck.on('slidechanged', () => {
    const slide = deck.getCurrentSlide();
    say(`Bild ${deck.getSlidePastCount(slide) + 1} av ${deck.getTotalSlides()}. ${spokenText(slide)}`);
  });
  deck.on('fragmentshown', (event) => {
    const { fragment } = event as FragmentEvent;
    say(spokenText(fragment));
  });
}

/** reveal's own live region reads the same slides in no set language; ours replaces it. */
function silenceRevealStatus(deck: RevealApi): void {
  const status = deck.getRevealElement()?.querySelector('.aria-status');
  status?.setAttribute('aria-live', 'off');
  status?.setAttribute('aria-hidden', 'true');
}

/** What a screen reader should hear of an element: its visible text and its pictures' descriptions. */
export function spokenText(element: Element): string {
  return sentences(element).replace(/\s+/g, ' ').trim();
}

function sentences(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) || isSilent(node)) return '';
  const label = node.getAttribute('role') === 'img' || node.tagName === 'IMG' ? (node.getAttribute('aria-label') ?? node.getAttribute('alt')) : null;
  const text = label ?? [...node.childNodes].map(sentences).join('');
  return BLOCKS.has(node.tagName) || label !== null ? endSentence(text) : text;
}

function isSilent(element: Element): boolean {
  if (element.getAttribute('aria-hidden') === 'true' || element.classList.contains('notes')) return true;
  // A step of the slide not yet shown is not read out ahead of time.
  if (element.classList.contains('fragment') && !element.classList.contains('visible')) return true;
  return getComputedStyle(element).display === 'none';
}

function endSentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return '';
  return /[.!?…:]$/.test(trimmed) ? `${trimmed} ` : `${trimmed}. `;
}
