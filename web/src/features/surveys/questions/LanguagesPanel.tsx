// The languages a survey is offered in and its default language (every text must exist in it;
// the others fall back to it). Removing a language removes its texts everywhere.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/index';
import { addLanguage, removeLanguage, setDefaultLanguage } from '../draft-ops';
import { useDraft } from '../draft-context';
import { languageName } from '../status';

/** The languages offered to add; any of them can be a survey's language. */
export const COMMON_LANGUAGES = [
  'en',
  'es',
  'zh-CN',
  'zh-TW',
  'zh-HK',
  'fr',
  'de',
  'it',
  'pt',
  'pt-BR',
  'nl',
  'sv',
  'da',
  'nb',
  'fi',
  'pl',
  'cs',
  'hu',
  'ro',
  'el',
  'tr',
  'ru',
  'uk',
  'ar',
  'he',
  'hi',
  'bn',
  'id',
  'ms',
  'th',
  'vi',
  'ja',
  'ko',
  'fil',
  'sw',
];

export function LanguagesPanel() {
  const { t } = useTranslation();
  const { draft, change, readOnly } = useDraft();
  const [adding, setAdding] = useState<string | null>(null);
  const ui = currentLanguage();
  const name = (tag: string) => languageName(tag, ui);
  const available = COMMON_LANGUAGES.filter((l) => !draft.languages.includes(l));

  return (
    <>
      <Typography.Paragraph type="secondary">{t('surveys.parts.languagesHelp')}</Typography.Paragraph>
      <Flex vertical gap={6} style={{ marginBottom: 12 }}>
        {draft.languages.map((lang) => {
          const isDefault = lang === draft.defaultLanguage;
          return (
            <Flex key={lang} align="center" gap={8} wrap>
              <span style={{ minWidth: 160 }}>
                {name(lang)}{' '}
                <Typography.Text type="secondary" code>
                  {lang}
                </Typography.Text>
              </span>
              {isDefault ? (
                <Tag color="blue">{t('surveys.parts.defaultLanguage')}</Tag>
              ) : (
                !readOnly && (
                  <>
                    <Popconfirm
                      title={t('surveys.parts.makeDefaultConfirm', { language: name(lang) })}
                      description={t('surveys.parts.makeDefaultHelp')}
                      okText={t('surveys.parts.makeDefault')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => change((d) => setDefaultLanguage(d, lang))}
                    >
                      <Button size="small">{t('surveys.parts.makeDefault')}</Button>
                    </Popconfirm>
                    <Popconfirm
                      title={t('surveys.parts.removeLanguageConfirm', { language: name(lang) })}
                      description={t('surveys.parts.removeLanguageHelp')}
                      okText={t('common.delete')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('common.cancel')}
                      onConfirm={() => change((d) => removeLanguage(d, lang))}
                    >
                      <Button
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('surveys.parts.removeLanguage', { language: name(lang) })}
                      />
                    </Popconfirm>
                  </>
                )
              )}
            </Flex>
          );
        })}
      </Flex>
      {!readOnly && (
        <Flex gap={8} wrap>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('surveys.parts.addLanguage')}
            placeholder={t('surveys.parts.chooseLanguage')}
            style={{ minWidth: 220 }}
            value={adding}
            onChange={setAdding}
            options={available.map((l) => ({ value: l, label: `${name(l)} (${l})` }))}
          />
          <Button
            icon={<PlusOutlined />}
            disabled={!adding}
            onClick={() => {
              if (adding) change((d) => addLanguage(d, adding));
              setAdding(null);
            }}
          >
            {t('surveys.parts.addLanguage')}
          </Button>
        </Flex>
      )}
    </>
  );
}
