/**
 * A QR code drawn in the page (qrcode-generator; no outside service): a printed handout reopens
 * the meeting from a phone's camera. One SVG path of dark modules, with the quiet zone the
 * standard asks for (4 modules); attributes only, so it renders under a strict CSP.
 */
import { html, type TemplateResult } from 'lit';
import qrcode from 'qrcode-generator';

/** The QR code of `text` (error correction L: the densest, for a long link printed large enough). */
export function renderQrCode(text: string, label: string): TemplateResult {
  const qr = qrcode(0, 'L');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  const quiet = 4;
  let path = '';
  for (let row = 0; row < n; row++)
    for (let col = 0; col < n; col++)
      if (qr.isDark(row, col)) path += `M${col + quiet} ${row + quiet}h1v1h-1z`;
  const size = n + 2 * quiet;
  return html`<svg
    class="qr"
    viewBox="0 0 ${size} ${size}"
    role="img"
    aria-label=${label}
    shape-rendering="crispEdges"
  >
    <rect width=${size} height=${size} fill="#fff"></rect>
    <path d=${path} fill="#000"></path>
  </svg>`;
}
