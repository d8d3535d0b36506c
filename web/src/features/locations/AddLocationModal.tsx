// Adding a location under a parent (or a brand at the top), offering only the kinds allowed there.
import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocationMutations } from '../../api/locations';
import type { Location, LocationKind } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { useNotify } from '../../components/useNotify';
import { KIND_ICONS } from './kinds';
import { childKinds, nextPosition } from './tree';

export const CODE_PATTERN = /^[a-z0-9][a-z0-9-]{1,31}$/;

interface Fields {
  kind: LocationKind;
  name: string;
  code?: string;
}

interface Props {
  workspaceId: string;
  /** undefined: closed; null: a new brand at the top. */
  parent: Location | null | undefined;
  items: readonly Location[];
  onClose: () => void;
  onCreated: (location: Location) => void;
}

export function AddLocationModal({ workspaceId, parent, items, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { create } = useLocationMutations(workspaceId);
  const notify = useNotify();
  const kinds = parent === undefined ? [] : childKinds(parent?.kind ?? null);
  const parentId = parent?.id ?? null;

  return (
    <FormModal<Fields>
      open={parent !== undefined}
      name="addLocation"
      title={parent ? t('locations.addUnder', { name: parent.name }) : t('locations.addBrand')}
      okText={t('common.add')}
      pending={create.isPending}
      onCancel={onClose}
      initialValues={{ kind: kinds.includes('store') ? 'store' : kinds[0] }}
      onFinish={({ kind, name, code }, form) =>
        create.mutate(
          { parentId, kind, name, code: code || undefined, position: nextPosition(items, parentId) },
          {
            onSuccess: (created) => {
              notify.success(t('locations.added', { name: created.name }));
              onClose();
              onCreated(created);
            },
            onError: notify.formError(form, ['kind', 'name', 'code', 'parentId']),
          },
        )
      }
    >
      <Form.Item name="kind" label={t('locations.kind')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={kinds.map((k) => ({
            value: k,
            label: (
              <span>
                {KIND_ICONS[k]} {t(`locations.kinds.${k}`)}
              </span>
            ),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('locations.name')}
        rules={[{ required: true, whitespace: true, max: 200 }]}
      >
        <Input autoFocus />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('locations.code')}
        extra={t('locations.codeHelpOptional')}
        rules={[{ pattern: CODE_PATTERN, message: t('locations.codeInvalid') }]}
      >
        <Input style={{ fontFamily: 'monospace' }} />
      </Form.Item>
    </FormModal>
  );
}
