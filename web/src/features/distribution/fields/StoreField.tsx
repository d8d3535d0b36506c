// The store a QR code or kiosk belongs to: its responses are counted under it. Any location of the
// tree may be picked (a brand-wide QR code), or none (null, so that an edit can clear it).
import { Form, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocations } from '../../../api/locations';
import { Readable } from '../../../components/Readable';
import { buildTree, locationTreeOptions } from '../../locations/tree';
import { useCurrentWorkspace } from '../../workspace/current';

export function StoreField() {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const locations = useLocations(ws.id);
  return (
    <Readable>
      <Form.Item
        name="locationId"
        label={t('distribution.form.store')}
        extra={t('distribution.form.storeHelp')}
        style={{ maxWidth: 420 }}
        getValueProps={(v: string | null | undefined) => ({ value: v ?? undefined })}
        normalize={(v: string | undefined) => v ?? null}
      >
        <TreeSelect
          aria-label={t('distribution.form.store')}
          allowClear
          loading={locations.isPending}
          showSearch={{ treeNodeFilterProp: 'title' }}
          treeDefaultExpandAll
          treeData={locationTreeOptions(buildTree(locations.data ?? []))}
          placeholder={t('distribution.form.noStore')}
          popupMatchSelectWidth={false}
        />
      </Form.Item>
    </Readable>
  );
}
