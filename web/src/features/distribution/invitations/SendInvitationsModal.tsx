// "Send invitations": to a segment's customers or to a pasted list (one address per line,
// optionally `address, name, language`), now or at a chosen time. Each person gets a personal link;
// the contact rules (unsubscribes, the frequency cap, quiet hours) may leave some out or move them,
// and those the distribution has invited before are left out unless the box says invite them again.
import { Checkbox, Form, Input, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useInvitationMutations, type Distribution, type MessageChannel } from '../../../api/distribution';
import { useSegmentChoices } from '../../../api/segments';
import { FormModal } from '../../../components/FormModal';
import { Readable } from '../../../components/Readable';
import { useNotify } from '../../../components/useNotify';
import { fromLocalInput } from '../../surveys/datetime';
import { useCurrentWorkspace } from '../../workspace/current';
import { MAX_PASTED, parsePastedList } from '../recipients';

interface Fields {
  source: 'segment' | 'list';
  segmentId?: string;
  /** The pasted list as typed. */
  recipients?: string;
  when: 'now' | 'later';
  /** datetime-local, in the browser's time zone. */
  sendAt?: string;
  reinvite: boolean;
}

const FIELDS = ['segmentId', 'recipients', 'sendAt'] as const;

interface Props {
  open: boolean;
  distribution: Distribution;
  channel: MessageChannel;
  onClose: () => void;
}

export function SendInvitationsModal({ open, distribution: d, channel, onClose }: Props) {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const { send } = useInvitationMutations(ws.id, d.id);
  const notify = useNotify();
  return (
    <FormModal<Fields>
      open={open}
      name="send-invitations"
      title={t('distribution.send.title', { name: d.name })}
      okText={t('distribution.send.ok')}
      pending={send.isPending}
      width={640}
      onCancel={onClose}
      initialValues={{ source: 'list', recipients: '', when: 'now', reinvite: false }}
      onFinish={(values, form) => {
        const who =
          values.source === 'segment'
            ? { segmentId: values.segmentId! }
            : { recipients: parsePastedList(values.recipients ?? '', channel).recipients };
        const sendAt = values.when === 'later' ? fromLocalInput(values.sendAt) : null;
        send.mutate(
          { ...who, ...(sendAt ? { sendAt } : {}), reinvite: values.reinvite },
          {
            onSuccess: (r) => {
              notify.success(t('distribution.send.queued', { queued: r.queued, excluded: r.excluded }));
              onClose();
            },
            onError: notify.formError(form, FIELDS),
          },
        );
      }}
    >
      <Form.Item name="source" label={t('distribution.send.to')}>
        <Radio.Group
          options={[
            { value: 'list', label: t('distribution.send.pasted') },
            { value: 'segment', label: t('distribution.send.segment') },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['source']}>
        {({ getFieldValue }) =>
          getFieldValue('source') === 'segment' ? <SegmentField /> : <ListField channel={channel} />
        }
      </Form.Item>
      <Form.Item name="reinvite" valuePropName="checked" extra={t('distribution.send.reinviteHelp')}>
        <Checkbox>{t('distribution.send.reinvite')}</Checkbox>
      </Form.Item>
      <Form.Item name="when" label={t('distribution.send.when')}>
        <Radio.Group
          options={[
            { value: 'now', label: t('distribution.send.now') },
            { value: 'later', label: t('distribution.send.later') },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['when']}>
        {({ getFieldValue }) =>
          getFieldValue('when') === 'later' && (
            <Form.Item
              name="sendAt"
              label={t('distribution.send.sendAt')}
              extra={t('distribution.send.quietHoursHelp')}
              rules={[
                {
                  validator: (_, v?: string) => {
                    const at = fromLocalInput(v);
                    if (!at) return Promise.reject(new Error(t('distribution.send.sendAtRequired')));
                    return at > new Date().toISOString()
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('distribution.send.sendAtPast')));
                  },
                },
              ]}
            >
              <Input type="datetime-local" style={{ maxWidth: 260 }} />
            </Form.Item>
          )
        }
      </Form.Item>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('distribution.send.rulesHelp')}
      </Typography.Paragraph>
    </FormModal>
  );
}

function SegmentField() {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const segments = useSegmentChoices(ws.id);
  return (
    <Readable>
      <Form.Item
        name="segmentId"
        label={t('distribution.send.segment')}
        rules={[{ required: true, message: t('distribution.send.segmentRequired') }]}
        extra={t('distribution.send.segmentHelp')}
      >
        <Select
          aria-label={t('distribution.send.segment')}
          showSearch={{ optionFilterProp: 'label' }}
          loading={segments.isPending}
          placeholder={t('distribution.send.pickSegment')}
          options={(segments.data ?? []).map((s) => ({
            value: s.id,
            label: t('distribution.send.segmentOption', { name: s.name, n: s.count }),
          }))}
        />
      </Form.Item>
    </Readable>
  );
}

function ListField({ channel }: { channel: MessageChannel }) {
  const { t } = useTranslation();
  const text = (Form.useWatch('recipients') as string | undefined) ?? '';
  const parsed = parsePastedList(text, channel);
  return (
    <Form.Item
      name="recipients"
      label={t('distribution.send.list')}
      extra={
        <>
          {t(`distribution.send.listHelp.${channel}`)}{' '}
          {text.trim() && (
            <span data-testid="pasted-count">
              {t('distribution.send.listCount', { n: parsed.recipients.length })}
              {parsed.duplicates > 0 && ` ${t('distribution.send.listDuplicates', { n: parsed.duplicates })}`}
            </span>
          )}
        </>
      }
      rules={[
        {
          validator: (_, v?: string) => {
            const list = parsePastedList(v ?? '', channel);
            if (list.badLines.length > 0)
              return Promise.reject(
                new Error(t('distribution.send.badLines', { lines: list.badLines.slice(0, 10).join(', ') })),
              );
            if (list.recipients.length === 0)
              return Promise.reject(new Error(t('distribution.send.listRequired')));
            if (list.recipients.length > MAX_PASTED)
              return Promise.reject(new Error(t('distribution.send.listTooLong', { max: MAX_PASTED })));
            return Promise.resolve();
          },
        },
      ]}
    >
      <Input.TextArea
        autoSize={{ minRows: 5, maxRows: 14 }}
        placeholder={t(`distribution.send.listPlaceholder.${channel}`)}
        spellCheck={false}
      />
    </Form.Item>
  );
}
