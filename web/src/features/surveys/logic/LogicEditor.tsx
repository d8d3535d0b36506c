// The builder's "Logic" tab: the survey page by page, read as sentences. For each question "Show this
// question only if …", for each page "After this page, if … go to …", for each ending "Use this
// ending if …". Every menu offers only what the definition accepts at that place.
import { Alert, Card, Divider, Flex, Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyDefinition } from '../../../../../common/survey/definition';
import { withDisplayIf, withEndingIf } from './condition-tree';
import { ConditionRule } from './ConditionEditor';
import { JumpList } from './JumpList';
import { endingLabel, pageLabel, questionLabel } from './logic-model';

interface Props {
  definition: SurveyDefinition;
  onChange: (next: SurveyDefinition) => void;
}

export function LogicEditor({ definition: def, onChange }: Props) {
  const { t } = useTranslation();
  const defaults = def.endings.filter((e) => !e.if).length;

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('surveyLogic.intro')}
      </Typography.Paragraph>
      {def.pages.map((page, p) => (
        <Card
          key={page.id}
          size="small"
          title={t('surveyLogic.pageHeading', { label: pageLabel(def, p, 60) })}
        >
          <Flex vertical gap={12}>
            {page.questions.map((q, i) => (
              <Fragment key={q.id}>
                {i > 0 && <Divider style={{ margin: 0 }} />}
                <Flex vertical gap={6}>
                  <Typography.Text strong>{questionLabel(def, q.id, 90)}</Typography.Text>
                  <ConditionRule
                    ctx={{ def, place: { kind: 'question', page: p, index: i } }}
                    condition={q.displayIf}
                    intro={t('surveyLogic.showOnlyIf')}
                    emptyText={t('surveyLogic.alwaysShown')}
                    onChange={(c) => onChange(withDisplayIf(def, p, i, c))}
                  />
                </Flex>
              </Fragment>
            ))}
            <Divider style={{ margin: 0 }} />
            <JumpList def={def} pageIndex={p} onChange={onChange} />
          </Flex>
        </Card>
      ))}
      <Card size="small" title={t('surveyLogic.endings')}>
        <Flex vertical gap={12}>
          {defaults > 1 && <Alert type="warning" showIcon title={t('surveyLogic.severalDefaults')} />}
          {defaults === 0 && <Alert type="info" showIcon title={t('surveyLogic.noDefault')} />}
          {def.endings.map((ending, k) => (
            <Fragment key={ending.id}>
              {k > 0 && <Divider style={{ margin: 0 }} />}
              <Flex vertical gap={6}>
                <Typography.Text strong>{endingLabel(def, ending.id, 90)}</Typography.Text>
                <ConditionRule
                  ctx={{ def, place: { kind: 'ending' } }}
                  condition={ending.if}
                  intro={t('surveyLogic.useEndingIf')}
                  emptyText={t('surveyLogic.defaultEnding')}
                  onChange={(c) => onChange(withEndingIf(def, k, c))}
                />
              </Flex>
            </Fragment>
          ))}
        </Flex>
      </Card>
    </Flex>
  );
}
