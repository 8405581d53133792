// A QR code as inline SVG, made at build time by the qrcode library.
import QRCode from 'qrcode';
// The library's SVG renderer is synchronous (its public toString is not), so layouts can stay sync.
import { render as renderSvgTag } from 'qrcode/lib/renderer/svg-tag.js';
import { escapeHtml } from '../deck/markdown.ts';

export function qrCodeSvg(text: string, label: string): string {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const svg = renderSvgTag(qr, { margin: 2, color: { dark: '#0b1f4dff', light: '#ffffffff' } });
  return svg.trim().replace('<svg ', `<svg role="img" aria-label="${escapeHtml(label)}" class="qr-code" `);
}
