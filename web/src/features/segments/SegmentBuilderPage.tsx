// Building a segment (/segments/new) or changing one: match all or any of up to 20 conditions, with
// the live count and a sample of matching customers as the conditions change (asked once typing
// pauses). Save, delete, or see the segment's customers in the customer list.
import {
  ArrowLeftOutlined,
  DeleteOutlined,
  PlusOutlined,
  SaveOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { Button, Card, Col, Flex, Form, Input, Popconfirm, Radio, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomerFields } from '../../api/customers';
import { useLocations } from '../../api/locations';
import { useSegment, useSegmentMutations, type Segment, type SegmentDefinition } from '../../api/segments';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useNotify } from '../../components/useNotify';
import { ButtonLink } from '../customers/ButtonLink';
import { canEditSegments } from '../customers/labels';
import { Readable } from '../../components/Readable';
import { useCurrentWorkspace } from '../workspace/current';
import { completeDefinition, MAX_CONDITIONS, newCondition } from './conditions';
import { ConditionRow } from './ConditionRow';
import { SegmentPreviewCard } from './SegmentPreviewCard';

export function SegmentBuilderPage() {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const { segmentId } = useParams({ from: '/authed/w/$workspaceId/segments/$segmentId' });
  const isNew = segmentId === 'new';
  const segment = useSegment(ws.id, isNew ? null : segmentId);
  return (
    <Readable>
      <div style={{ marginBottom: 8 }}>
        <Link to="/w/$workspaceId/segments" params={{ workspaceId: ws.id }}>
          <ArrowLeftOutlined /> {t('areas.segments.title')}
        </Link>
      </div>
      {isNew ? (
        <Builder segment={null} />
      ) : (
        <QueryState isPending={segment.isPending} error={segment.error} refetch={segment.refetch}>
          {segment.data && <Builder key={segment.data.id} segment={segment.data} />}
        </QueryState>
      )}
    </Readable>
  );
}

function Builder({ segment }: { segment: Segment | null }) {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const navigate = useNavigate();
  const notify = useNotify();
  const fields = useCustomerFields(ws.id).data ?? [];
  const locations = useLocations(ws.id).data ?? [];
  const { create, update, remove } = useSegmentMutations(ws.id);
  const canEdit = canEditSegments(ws.role);
  const [name, setName] = useState(segment?.name ?? '');
  const [def, setDef] = useState<SegmentDefinition>(
    segment?.definition ?? { match: 'all', conditions: [newCondition('tag', [])] },
  );
  const complete = completeDefinition(def, fields);
  const setCondition = (i: number, next: SegmentDefinition['conditions'][number] | null) =>
    setDef((d) => ({
      ...d,
      conditions:
        next === null
          ? d.conditions.filter((_, j) => j !== i)
          : d.conditions.map((c, j) => (j === i ? next : c)),
    }));

  const save = () => {
    if (!complete) return;
    const body = { name: name.trim(), definition: complete };
    if (segment) {
      update.mutate(
        { id: segment.id, ...body },
        { onSuccess: () => notify.success(t('common.saved')), onError: notify.error },
      );
    } else {
      create.mutate(body, {
        onSuccess: (s) => {
          notify.success(t('segments.created', { name: s.name }));
          void navigate({
            to: '/w/$workspaceId/segments/$segmentId',
            params: { workspaceId: ws.id, segmentId: s.id },
            replace: true,
          });
        },
        onError: notify.error,
      });
    }
  };

  return (
    <>
      <PageHeader
        title={segment ? segment.name : t('segments.new')}
        description={t('segments.builderDescription')}
        actions={
          <>
            {segment && (
              <ButtonLink
                to="/w/$workspaceId/customers"
                params={{ workspaceId: ws.id }}
                search={{ segmentId: segment.id } as never}
                icon={<TeamOutlined />}
              >
                {t('segments.showCustomers')}
              </ButtonLink>
            )}
            {segment && canEdit && (
              <Popconfirm
                title={t('segments.deleteConfirm', { name: segment.name })}
                okText={t('common.delete')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  remove.mutateAsync(segment.id).then(() => {
                    notify.success(t('segments.deleted', { name: segment.name }));
                    void navigate({ to: '/w/$workspaceId/segments', params: { workspaceId: ws.id } });
                  }, notify.error)
                }
              >
                <Button danger icon={<DeleteOutlined />}>
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            )}
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card>
            <Form layout="vertical" disabled={!canEdit} onFinish={save} name="segment">
              <Form.Item label={t('segments.name')} required>
                <Input
                  aria-label={t('segments.name')}
                  value={name}
                  maxLength={200}
                  onChange={(e) => setName(e.target.value)}
                />
              </Form.Item>
              <Flex gap={8} align="center" wrap style={{ marginBottom: 16 }}>
                <Typography.Text id="segment-match">{t('segments.matchLabel')}</Typography.Text>
                <Radio.Group
                  aria-labelledby="segment-match"
                  optionType="button"
                  value={def.match}
                  onChange={(e) => setDef((d) => ({ ...d, match: e.target.value as 'all' | 'any' }))}
                  options={[
                    { value: 'all', label: t('segments.matchAll') },
                    { value: 'any', label: t('segments.matchAny') },
                  ]}
                />
              </Flex>
              <Flex vertical gap={12} style={{ marginBottom: 16 }}>
                {def.conditions.map((c, i) => (
                  <ConditionRow
                    // Rows have no ids; the index is their identity (removing one re-renders the rest).
                    key={i}
                    index={i}
                    condition={c}
                    fields={fields}
                    locations={locations}
                    onChange={(next) => setCondition(i, next)}
                    onRemove={() => setCondition(i, null)}
                  />
                ))}
              </Flex>
              <Flex gap={8} wrap>
                <Button
                  icon={<PlusOutlined />}
                  disabled={def.conditions.length >= MAX_CONDITIONS}
                  onClick={() =>
                    setDef((d) => ({ ...d, conditions: [...d.conditions, newCondition('tag', fields)] }))
                  }
                >
                  {t('segments.addCondition')}
                </Button>
                <Button
                  type="primary"
                  htmlType="submit"
                  icon={<SaveOutlined />}
                  disabled={!complete || name.trim() === ''}
                  loading={create.isPending || update.isPending}
                >
                  {t('common.save')}
                </Button>
              </Flex>
              {!complete && def.conditions.length > 0 && (
                <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
                  {t('segments.incomplete')}
                </Typography.Paragraph>
              )}
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <SegmentPreviewCard workspaceId={ws.id} definition={complete} />
        </Col>
      </Row>
    </>
  );
}
