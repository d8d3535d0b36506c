// The placeholders of an invitation's text — {{name}}, {{survey}}, {{link}}, {{workspace}} — the
// same in a distribution's own templates and the built-in texts, for email, SMS and WeChat alike.
const PLACEHOLDER = /\{\{\s*(name|survey|link|workspace)\s*\}\}/g;

export type TemplateValues = Record<'name' | 'survey' | 'link' | 'workspace', string>;

/**
 * A template as literal text and placeholders, in order: one pass, so a value that itself looks
 * like a placeholder (a survey called "{{link}}") stays text.
 */
export function templateParts(template: string): ({ text: string } | { value: keyof TemplateValues })[] {
  const parts: ({ text: string } | { value: keyof TemplateValues })[] = [];
  let at = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m.index > at) parts.push({ text: template.slice(at, m.index) });
    parts.push({ value: m[1] as keyof TemplateValues });
    at = m.index + m[0].length;
  }
  if (at < template.length) parts.push({ text: template.slice(at) });
  return parts;
}

/** The template with its placeholders filled in, as plain text. */
export const fillTemplate = (template: string, values: TemplateValues): string =>
  templateParts(template)
    .map((p) => ('text' in p ? p.text : values[p.value]))
    .join('');
