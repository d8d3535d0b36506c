// The survey's accent colour as CSS custom properties, with the text colours that stay readable
// (WCAG contrast ≥ 4.5:1) whatever accent the editor picked.

const DEFAULT_ACCENT = '#0f766e';

function channels(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(channels(a)), luminance(channels(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

const hex = (rgb: number[]) => '#' + rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('');

export interface ThemeColours {
  /** The accent as the editor chose it: selected options, the progress bar, the main button. */
  accent: string;
  /** Text on the accent: white or black, whichever reads. */
  onAccent: string;
  /** The accent darkened until it reads as text or a border on white. */
  ink: string;
}

export function themeColours(accent: string | undefined): ThemeColours {
  const a =
    typeof accent === 'string' && /^#[0-9a-fA-F]{6}$/.test(accent) ? accent.toLowerCase() : DEFAULT_ACCENT;
  let rgb = channels(a);
  while (contrast(hex(rgb), '#ffffff') < 4.5) rgb = [rgb[0] * 0.9, rgb[1] * 0.9, rgb[2] * 0.9];
  return { accent: a, onAccent: contrast(a, '#ffffff') >= 4.5 ? '#ffffff' : '#000000', ink: hex(rgb) };
}

/** The style attribute's value (the page's CSP allows inline style attributes, not inline scripts). */
export function themeStyle(accent: string | undefined): string {
  const c = themeColours(accent);
  return `--a:${c.accent};--ao:${c.onAccent};--ai:${c.ink}`;
}
