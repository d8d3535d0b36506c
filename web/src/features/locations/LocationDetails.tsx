// The selected location: rename, recode, move under another parent, add under it, delete it.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Form, Input, Popconfirm, TreeSelect, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocationMutations, type LocationChanges } from '../../api/locations';
import type { Location } from '../../api/types';
import { useNotify } from '../../components/useNotify';
import { formatDate } from '../../i18n/format';
import { CODE_PATTERN } from './AddLocationModal';
import { KindTag } from './kinds';
import { buildTree, childKinds, possibleParents, type LocationNode } from './tree';

interface Fields {
  name: string;
  code: string;
  parentId: string | null;
}

interface Props {
  workspaceId: string;
  location: Location;
  items: readonly Location[];
  canEdit: boolean;
  onAddChild: (parent: Location) => void;
  onDeleted: () => void;
}

interface ParentOption {
  value: string;
  title: string;
  disabled: boolean;
  children: ParentOption[];
}

export function LocationDetails({ workspaceId, location, items, canEdit, onAddChild, onDeleted }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Fields>();
  const { update, remove } = useLocationMutations(workspaceId);
  const notify = useNotify();
  const allowed = new Set(possibleParents(items, location).map((l) => l.id));
  const toOption = (n: LocationNode): ParentOption => ({
    value: n.id,
    title: `${n.name} (${t(`locations.kinds.${n.kind}`)})`,
    disabled: !allowed.has(n.id),
    children: n.children.filter((c) => c.kind === 'brand' || c.kind === 'region').map(toOption),
  });
  const parentTree = buildTree(items).map(toOption);

  const submit = (values: Fields) => {
    // Send only what changed, so that an untouched code is never re-validated or re-checked.
    const changes: LocationChanges = {};
    if (values.name !== location.name) changes.name = values.name;
    if (values.code !== location.code) changes.code = values.code;
    if (location.kind !== 'brand' && values.parentId !== location.parentId)
      changes.parentId = values.parentId;
    if (!Object.keys(changes).length) return;
    update.mutate(
      { id: location.id, ...changes },
      {
        onSuccess: () => notify.success(t('common.saved')),
        onError: notify.formError(form, ['name', 'code', 'parentId']),
      },
    );
  };

  const del = () =>
    remove.mutate(location.id, {
      onSuccess: () => {
        notify.success(t('locations.deleted', { name: location.name }));
        onDeleted();
      },
      onError: notify.error,
    });

  const canHaveChildren = childKinds(location.kind).length > 0;
  return (
    <Card
      title={
        <Flex align="center" gap={8} wrap>
          <span>{location.name}</span>
          <KindTag kind={location.kind} />
        </Flex>
      }
    >
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'code',
            label: t('locations.code'),
            children: <Typography.Text code>{location.code}</Typography.Text>,
          },
          { key: 'created', label: t('common.created'), children: formatDate(location.createdAt) },
        ]}
      />
      {canEdit && (
        <Form
          name="editLocation"
          key={location.id}
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ name: location.name, code: location.code, parentId: location.parentId }}
        >
          <Form.Item
            name="name"
            label={t('locations.name')}
            rules={[{ required: true, whitespace: true, max: 200 }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="code"
            label={t('locations.code')}
            extra={t('locations.codeHelp')}
            rules={[{ required: true, pattern: CODE_PATTERN, message: t('locations.codeInvalid') }]}
          >
            <Input style={{ fontFamily: 'monospace' }} />
          </Form.Item>
          {location.kind !== 'brand' && (
            <Form.Item name="parentId" label={t('locations.parent')} extra={t('locations.parentHelp')}>
              <TreeSelect
                treeData={parentTree}
                treeDefaultExpandAll
                showSearch={{ treeNodeFilterProp: 'title' }}
              />
            </Form.Item>
          )}
          <Flex gap={8} wrap>
            <Button type="primary" htmlType="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
            {canHaveChildren && (
              <Button icon={<PlusOutlined />} onClick={() => onAddChild(location)}>
                {t('locations.addChild')}
              </Button>
            )}
            <Popconfirm
              title={t('locations.deleteConfirm', { name: location.name })}
              description={t('locations.deleteHelp')}
              okText={t('common.delete')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={del}
            >
              <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
                {t('common.delete')}
              </Button>
            </Popconfirm>
          </Flex>
        </Form>
      )}
    </Card>
  );
}
