// A QR code as inline SVG, made at build time by the qrcode library.
import QRCode from 'qrcode';
// The library's SVG renderer is synchronous (its public toString is not), so layouts can stay sync.
import { render as renderSvgTag } from 'qrcode/lib/renderer/svg-tag.js';
import { escapeHtml } from '../deck/index.ts';
import { palette } from '../theme/tokens.ts';

/** Modules of light border around the code, which readers need. */
const MARGIN = 2;

export function qrCodeSvg(text: string, label: string): string {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  // The library takes #rrggbbaa colours.
  const code = renderSvgTag(qr, { margin: MARGIN, color: { dark: `${palette.navy}ff`, light: `${palette.white}ff` } }).trim();
  // The library's <svg> inside one of ours, which names it for screen readers and fills its box.
  const size = qr.modules.size + 2 * MARGIN;
  return `<svg role="img" aria-label="${escapeHtml(label)}" class="qr-code" viewBox="0 0 ${size} ${size}">${code}</svg>`;
}
