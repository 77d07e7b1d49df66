import { escapeHtml } from '@tradeqn/mail';
import { loadSharp } from '../products/product-images.ts';

const palette = ['#0b6e4f', '#8a5a19', '#1f5f8b', '#7a2e3b', '#4b6b1f', '#5b3f8c', '#a0522d', '#2f6f6f'];

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.slice(0, 3);
}

/** A picture for a demo product, drawn here (no download): its name on a coloured card. */
export async function drawDemoImage(name: string, origin: string, colourIndex: number): Promise<Buffer> {
  const colour = palette[colourIndex % palette.length] ?? '#0b6e4f';
  const lines = wrap(name, 14);
  const text = lines
    .map(
      (line, index) =>
        `<text x="600" y="${560 + (index - (lines.length - 1) / 2) * 130}" font-size="110" font-weight="700">${escapeHtml(line)}</text>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 1200 1200">
    <rect width="1200" height="1200" fill="${colour}"/>
    <circle cx="1050" cy="150" r="260" fill="#ffffff" fill-opacity="0.08"/>
    <circle cx="120" cy="1100" r="320" fill="#ffffff" fill-opacity="0.06"/>
    <g fill="#ffffff" text-anchor="middle" font-family="DejaVu Sans, Noto Sans, sans-serif">${text}
      <text x="600" y="1000" font-size="52" fill-opacity="0.85">${escapeHtml(origin)}</text>
      <text x="600" y="1080" font-size="40" fill-opacity="0.7">Sàn TMĐT Quảng Ngãi · ảnh minh hoạ</text>
    </g></svg>`;
  return (await loadSharp())(Buffer.from(svg)).png().toBuffer();
}
