// The builder's translations: the survey's default language on the left, read-only, and the chosen
// language on the right, one row per text a respondent reads. Missing texts are highlighted and
// counted per language; "Show only missing" narrows the list to them.
import { Card, Col, Empty, Flex, Row, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyDefinition } from '../../../../../common/survey/definition';
import { ColorTag } from '../../../components/ColorTag';
import { endingLabel, pageLabel, questionRefs } from '../logic/logic-model';
import { languageName as languageNameIn } from '../status';
import { isMissing, missingCounts, missingPaths, setText, surveyStrings, type SurveyString } from './strings';
import { TranslationRow } from './TranslationRow';

interface Props {
  definition: SurveyDefinition;
  onChange: (next: SurveyDefinition) => void;
}

const sectionKey = (s: SurveyString) => `${s.section.kind}:${s.section.index}`;

export function TranslationEditor({ definition: def, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const languageName = (tag: string) => languageNameIn(tag, i18n.language);
  const targets = def.languages.filter((l) => l !== def.defaultLanguage);
  const [chosen, setChosen] = useState<string | null>(null);
  const target = chosen !== null && targets.includes(chosen) ? chosen : targets[0];
  // The rows shown when "only missing" was switched on stay while they are being filled in.
  const [pinned, setPinned] = useState<Set<string> | null>(null);

  if (!target) {
    return <Empty description={t('surveyTranslations.noTargets')} />;
  }

  const counts = missingCounts(def);
  const strings = surveyStrings(def);
  const visible = pinned ? strings.filter((s) => pinned.has(s.path) || isMissing(s, def, target)) : strings;
  const numbers = new Map(questionRefs(def).map((r) => [r.question.id, r.number]));

  const choose = (language: string) => {
    setChosen(language);
    if (pinned) setPinned(new Set(missingPaths(def, language)));
  };
  const sectionTitle = (s: SurveyString) =>
    s.section.kind === 'page'
      ? t('surveyTranslations.page', { label: pageLabel(def, s.section.index, 60) })
      : t('surveyTranslations.ending', {
          label: endingLabel(def, def.endings[s.section.index]?.id ?? '', 60),
        });

  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={12} align="center">
        <Typography.Text id="translation-target">{t('surveyTranslations.translateInto')}</Typography.Text>
        <Select
          aria-labelledby="translation-target"
          value={target}
          onChange={choose}
          popupMatchSelectWidth={false}
          style={{ minWidth: 220 }}
          options={targets.map((l) => ({
            value: l,
            label: `${languageName(l)} (${l}) · ${
              counts[l]
                ? t('surveyTranslations.missingCount', { n: counts[l] })
                : t('surveyTranslations.complete')
            }`,
          }))}
        />
        <Flex gap={8} align="center">
          <Switch
            id="translation-only-missing"
            checked={pinned !== null}
            onChange={(on) => setPinned(on ? new Set(missingPaths(def, target)) : null)}
          />
          <label htmlFor="translation-only-missing">{t('surveyTranslations.onlyMissing')}</label>
        </Flex>
      </Flex>
      <Flex wrap gap={8} role="list" aria-label={t('surveyTranslations.progress')}>
        {targets.map((l) => (
          <span key={l} role="listitem">
            <ColorTag color={counts[l] ? 'gold' : 'green'}>
              {languageName(l)}:{' '}
              {counts[l]
                ? t('surveyTranslations.missingCount', { n: counts[l] })
                : t('surveyTranslations.complete')}
            </ColorTag>
          </span>
        ))}
      </Flex>
      {visible.length === 0 ? (
        <Empty description={t('surveyTranslations.nothingMissing', { language: languageName(target) })} />
      ) : (
        <Card size="small">
          <Row gutter={16} style={{ marginBottom: 8 }}>
            <Col xs={0} md={12}>
              <Typography.Text strong>
                {t('surveyTranslations.defaultColumn', { language: languageName(def.defaultLanguage) })}
              </Typography.Text>
            </Col>
            <Col xs={0} md={12}>
              <Typography.Text strong>{languageName(target)}</Typography.Text>
            </Col>
          </Row>
          {visible.map((s, i) => (
            <div key={s.path}>
              {(i === 0 || sectionKey(visible[i - 1]!) !== sectionKey(s)) && (
                <Typography.Title level={5} style={{ marginTop: i === 0 ? 0 : 16 }}>
                  {sectionTitle(s)}
                </Typography.Title>
              )}
              <TranslationRow
                def={def}
                item={s}
                target={target}
                targetName={languageName(target)}
                questionNumber={s.questionId ? numbers.get(s.questionId) : undefined}
                onChange={(value) => onChange(setText(def, s.path, target, value))}
              />
            </div>
          ))}
        </Card>
      )}
    </Flex>
  );
}
