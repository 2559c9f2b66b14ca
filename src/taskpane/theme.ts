import type { ThemeName } from './components/App';

/**
 * Light or dark from a background colour as Office reports it (`#RRGGBB`):
 * dark when its relative luminance (sRGB weights, ITU-R BT.709) is below one
 * half. Unknown or missing colours mean light, Office's default.
 * @example themeForBackground('#1F1F1F') // 'dark'
 */
export function themeForBackground(color: string | undefined): ThemeName {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color?.trim() ?? '');
  if (!m) return 'light';
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.5 ? 'dark' : 'light';
}
