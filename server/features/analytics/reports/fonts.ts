// The one typeface of every report: Noto Sans SC, full character set (Simplified and Traditional
// Chinese, Latin with Spanish accents, ▲ ▼). It comes with the npm package, so a report renders
// the same on any host without system fonts. PDFs embed only the glyphs used (pdfkit subsets).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The family name inside the font files, as SVG and DOCX refer to it. */
export const REPORT_FONT_FAMILY = 'Noto Sans SC';

export const REPORT_FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
} as const;
