// One localized text of the draft, edited in the builder's chosen language. In another language
// than the default, the default language's text shows as the placeholder: what to translate.
import { Form, Input } from 'antd';
import type { LocalizedText } from '../../../api/surveys';
import { setText } from '../draft-ops';
import { useDraft } from '../draft-context';

interface Props {
  id: string;
  label: string;
  value: LocalizedText | undefined;
  onChange: (next: LocalizedText | undefined) => void;
  /** An optional text (a description) disappears when emptied in every language. */
  optional?: boolean;
  multiline?: boolean;
  /** Marks the field as required in the default language. */
  required?: boolean;
  /** Inline, without the label above (option labels in a list): the label goes to aria-label. */
  bare?: boolean;
}

export function TextField({ id, label, value, onChange, optional, multiline, required, bare }: Props) {
  const { draft, lang, readOnly } = useDraft();
  const text = value?.[lang] ?? '';
  const fallback = lang === draft.defaultLanguage ? undefined : value?.[draft.defaultLanguage];
  const empty = required && lang === draft.defaultLanguage && text.trim() === '';
  const set = (v: string) => onChange(setText(value, lang, v, draft.defaultLanguage, optional));
  const common = {
    id,
    value: text,
    placeholder: fallback,
    disabled: readOnly,
    status: empty ? ('warning' as const) : undefined,
    lang,
  };
  const input = multiline ? (
    <Input.TextArea
      {...common}
      aria-label={bare ? label : undefined}
      autoSize={{ minRows: 1, maxRows: 6 }}
      onChange={(e) => set(e.target.value)}
    />
  ) : (
    <Input {...common} aria-label={bare ? label : undefined} onChange={(e) => set(e.target.value)} />
  );
  if (bare) return input;
  return (
    <Form.Item label={label} htmlFor={id} required={required} style={{ marginBottom: 12 }}>
      {input}
    </Form.Item>
  );
}
