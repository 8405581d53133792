// reveal.js names its buttons, pause screen and keyboard help in English; the audience gets them in Swedish.
import type { RevealApi } from 'reveal.js';

/** Accessible names of reveal's arrow buttons, by the button's class. */
const BUTTON_NAMES: Record<string, string> = {
  'navigate-left': 'Föregående bild',
  'navigate-right': 'Nästa bild',
  'navigate-up': 'Bilden ovanför',
  'navigate-down': 'Bilden nedanför',
};

/** reveal's keyboard help (key ?), action by action. */
const SHORTCUT_NAMES: Record<string, string> = {
  'Next slide': 'Nästa bild',
  'Previous slide': 'Föregående bild',
  'Navigate left': 'Bilden till vänster',
  'Navigate right': 'Bilden till höger',
  'Navigate up': 'Bilden ovanför',
  'Navigate down': 'Bilden nedanför',
  'Navigate without fragments': 'Byt bild utan att visa steg för steg',
  'Jump to first/last slide': 'Första eller sista bilden',
  Pause: 'Paus (svart skärm)',
  Fullscreen: 'Helskärm',
  'Jump to slide': 'Gå till bild',
  'Slide overview': 'Översikt över bilderna',
  'Speaker notes view': 'Talarvy',
};

const HELP_TEXTS: Record<string, string> = { ...SHORTCUT_NAMES, 'Keyboard Shortcuts': 'Kortkommandon', KEY: 'Tangent', ACTION: 'Funktion' };

export function nameControlsInSwedish(deck: RevealApi): void {
  deck.on('ready', () => {
    const root = deck.getRevealElement() as HTMLElement;
    for (const [name, label] of Object.entries(BUTTON_NAMES)) root.querySelector(`.controls .${name}`)?.setAttribute('aria-label', label);
    const resume = root.querySelector('.pause-overlay .resume-button');
    if (resume) resume.textContent = 'Fortsätt presentationen';
    // The field of "jump to slide" (key G) joins the page only when it opens.
    new MutationObserver(() => nameJumpField(root)).observe(root, { childList: true });
  });
  deck.on('showhelp', () => translateHelp(deck.getRevealElement() as HTMLElement));
}

function translateHelp(root: HTMLElement): void {
  // The help is written anew each time it opens, from reveal's English table.
  for (const element of root.querySelectorAll('.r-overlay-help-content :is(.title, th, td)')) {
    const text = element.textContent?.trim() ?? '';
    if (HELP_TEXTS[text]) element.textContent = HELP_TEXTS[text];
  }
  root.querySelector('.r-overlay-help .r-overlay-close')?.setAttribute('aria-label', 'Stäng');
}

function nameJumpField(root: HTMLElement): void {
  const field = root.querySelector<HTMLInputElement>('.jump-to-slide-input');
  if (!field || field.lang === 'sv') return;
  field.lang = 'sv';
  field.placeholder = 'Gå till bild';
  field.setAttribute('aria-label', 'Gå till bild: nummer eller namn');
}
