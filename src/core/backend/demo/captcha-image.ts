/**
 * The demo's captcha picture: the characters, each tilted and shifted, over a few crossing lines,
 * as an SVG data URL. A demo, not a defence: the characters are plain `<text>` in the SVG.
 */
import type { Random } from './random.js';

const WIDTH = 150;
const HEIGHT = 50;

export function renderCaptcha(text: string, random: Random): string {
  const step = (WIDTH - 20) / text.length;
  const glyphs = [...text].map((char, i) => {
    const x = 14 + i * step + random.int(6);
    const y = 34 + random.int(8) - 4;
    const angle = random.int(40) - 20;
    const shade = 30 + random.int(60);
    return `<text x="${x}" y="${y}" transform="rotate(${angle} ${x} ${y})" fill="rgb(${shade},${shade},${shade + 40})">${char}</text>`;
  });
  const lines = Array.from({ length: 4 }, () => {
    const [x1, y1, x2, y2] = [random.int(WIDTH), random.int(HEIGHT), random.int(WIDTH), random.int(HEIGHT)];
    return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="rgb(120,120,150)" stroke-width="1.5"/>`;
  });
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">` +
    `<rect width="100%" height="100%" fill="#f3f4f8"/>` +
    `<g font-family="monospace" font-size="28" font-weight="bold">${glyphs.join('')}</g>${lines.join('')}</svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
