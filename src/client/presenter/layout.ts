// The presenter view's page: status bar, current slide, next slide, notes and buttons, in Swedish.
// The audience's deck (.reveal) moves into the "current slide" box.

export interface PresenterParts {
  root: HTMLElement;
  position: HTMLElement;
  status: HTMLElement;
  clock: HTMLElement;
  elapsed: HTMLElement;
  countdown: HTMLElement;
  countdownLabel: HTMLElement;
  remaining: HTMLElement;
  restart: HTMLButtonElement;
  /** Pauses and resumes the timer (T). */
  pause: HTMLButtonElement;
  /** Opens the audience window, for a talk started from the presenter view. */
  audience: HTMLButtonElement;
  current: HTMLElement;
  next: HTMLIFrameElement;
  end: HTMLElement;
  notes: HTMLElement;
  previous: HTMLButtonElement;
  forward: HTMLButtonElement;
  draw: HTMLButtonElement;
  laser: HTMLButtonElement;
  /** With `npm run present`: the phone's remote as a QR code, and whether the relay is reached. */
  remote: HTMLElement;
  remoteCode: HTMLElement;
  remoteStatus: HTMLElement;
}

const TEMPLATE = `
<header class="presenter__bar">
  <p class="presenter__position" data-part="position"></p>
  <p class="presenter__status" data-part="status" aria-live="polite"></p>
  <p class="presenter__time"><span class="presenter__label">Klockan</span> <span data-part="clock"></span></p>
  <p class="presenter__time"><span class="presenter__label">Tid</span> <span data-part="elapsed"></span></p>
  <p class="presenter__time presenter__countdown" data-part="countdown"><span class="presenter__label" data-part="countdownLabel">Kvar</span> <span data-part="remaining"></span></p>
  <button type="button" class="presenter__button" data-part="pause" aria-keyshortcuts="T">Pausa tiden</button>
  <button type="button" class="presenter__button" data-part="restart">Nollställ tiden</button>
  <button type="button" class="presenter__button" data-part="audience">Öppna bildspelet</button>
</header>
<section class="presenter__current" aria-label="Nuvarande bild" data-part="current"></section>
<nav class="presenter__nav" aria-label="Bläddra">
  <button type="button" class="presenter__button" data-part="previous">‹ Föregående</button>
  <button type="button" class="presenter__button" data-part="forward">Nästa ›</button>
  <button type="button" class="presenter__button" data-part="draw" aria-keyshortcuts="D">Rita</button>
  <button type="button" class="presenter__button" data-part="laser" aria-keyshortcuts="L">Laserpekare</button>
  <div class="presenter__tools" data-drawing-tools></div>
  <p class="presenter__keys">→ nästa · ← föregående · B svart skärm · G gå till bild · O översikt · F helskärm · D rita · L laserpekare · T pausa tiden · X hög kontrast</p>
</nav>
<section class="presenter__remote" data-part="remote" aria-labelledby="presenter-remote-heading" hidden>
  <h2 class="presenter__heading" id="presenter-remote-heading">Fjärrkontroll</h2>
  <div class="presenter__qr" data-part="remoteCode"></div>
  <p class="presenter__remote-status" data-part="remoteStatus" aria-live="polite"></p>
</section>
<section class="presenter__next" aria-labelledby="presenter-next-heading">
  <h2 class="presenter__heading" id="presenter-next-heading">Nästa</h2>
  <div class="presenter__frame">
    <iframe data-part="next" title="Nästa bild" tabindex="-1"></iframe>
    <p class="presenter__end" data-part="end" hidden>Sista bilden: inget mer efter den här.</p>
  </div>
</section>
<section class="presenter__notes" aria-labelledby="presenter-notes-heading">
  <h2 class="presenter__heading" id="presenter-notes-heading">Anteckningar</h2>
  <div class="presenter__notes-text" data-part="notes"></div>
</section>`;

export function createPresenterLayout(deckElement: HTMLElement): PresenterParts {
  const root = document.createElement('div');
  root.className = 'presenter';
  root.innerHTML = TEMPLATE;
  const part = <T extends HTMLElement>(name: string) => root.querySelector(`[data-part="${name}"]`) as T;
  const parts: PresenterParts = {
    root,
    position: part('position'),
    status: part('status'),
    clock: part('clock'),
    elapsed: part('elapsed'),
    countdown: part('countdown'),
    countdownLabel: part('countdownLabel'),
    remaining: part('remaining'),
    restart: part('restart'),
    pause: part('pause'),
    audience: part('audience'),
    current: part('current'),
    next: part('next'),
    end: part('end'),
    notes: part('notes'),
    previous: part('previous'),
    forward: part('forward'),
    draw: part('draw'),
    laser: part('laser'),
    remote: part('remote'),
    remoteCode: part('remoteCode'),
    remoteStatus: part('remoteStatus'),
  };
  deckElement.replaceWith(root);
  parts.current.append(deckElement);
  return parts;
}
