// With `npm run present`, the presenter view shows the phone's remote as a QR code (the address
// the relay gives, with this start's secret) and whether the relay is reached.
import { create } from 'qrcode';
import type { RelayStatus } from '../sync/relay-link.ts';
import type { TalkSync } from '../sync/talk-sync.ts';
import type { PresenterParts } from './layout.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** Modules of light border around the code, which readers need. */
const MARGIN = 2;
const STATUS_TEXT: Record<RelayStatus, string> = {
  connecting: 'Ansluter till servern…',
  connected: 'Skanna med telefonen för att styra talet.',
  offline: 'Servern svarar inte: talet fortsätter här, telefonen väntar.',
  refused: 'Servern känner inte igen nyckeln: öppna talarvyn med adressen från npm run present.',
};

export function showRemoteCode(parts: PresenterParts, talk: TalkSync): void {
  const status = talk.relayStatus();
  if (status === null) return;
  parts.remote.hidden = false;
  const show = () => {
    const now = talk.relayStatus() ?? 'connecting';
    parts.remoteStatus.textContent = STATUS_TEXT[now];
    parts.remote.dataset.status = now;
  };
  talk.on('relay', show);
  talk.on('welcome', ({ remote }) => parts.remoteCode.replaceChildren(qrCode(remote), addressLink(remote)));
  const welcome = talk.welcome();
  if (welcome) parts.remoteCode.replaceChildren(qrCode(welcome.remote), addressLink(welcome.remote));
  show();
}

function qrCode(text: string): SVGSVGElement {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size + 2 * MARGIN;
  let path = '';
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) if (modules.get(x, y)) path += `M${x + MARGIN} ${y + MARGIN}h1v1h-1z`;
  }
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'QR-kod till fjärrkontrollen');
  svg.classList.add('presenter__qr-code');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.classList.add('presenter__qr-light');
  const dark = document.createElementNS(SVG, 'path');
  dark.setAttribute('d', path);
  dark.classList.add('presenter__qr-dark');
  svg.append(background, dark);
  return svg;
}

/** The address as text too, for a phone whose camera will not read the code. */
function addressLink(href: string): HTMLElement {
  const link = document.createElement('a');
  link.href = href;
  link.textContent = href;
  link.className = 'presenter__remote-address';
  link.target = '_blank';
  link.rel = 'noopener';
  return link;
}
