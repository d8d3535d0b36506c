// "Merge into…": find the customer this one should become part of, by name, phone or email, then
// go to the merge screen (which shows the preview before anything happens).
import { Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomerSearch } from '../../api/customers';

interface Props {
  workspaceId: string;
  /** The customer being merged away: never offered as its own target. */
  sourceId: string;
  open: boolean;
  onClose: () => void;
  onPick: (targetId: string) => void;
}

export function MergeTargetModal({ workspaceId, sourceId, open, onClose, onPick }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [target, setTarget] = useState<string | null>(null);
  // Ask the server once typing pauses, not on every key.
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const found = useCustomerSearch(workspaceId, q);
  const options = (found.data ?? [])
    .filter((c) => c.id !== sourceId)
    .map((c) => ({
      value: c.id,
      label: [c.name || t('customers.unnamed'), c.phone, c.email].filter(Boolean).join(' · '),
    }));

  return (
    <Modal
      open={open}
      title={t('customers.merge.pickTitle')}
      okText={t('customers.merge.review')}
      okButtonProps={{ disabled: target === null }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => target && onPick(target)}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('customers.merge.pickHelp')}</Typography.Paragraph>
      <Select
        showSearch={{ filterOption: false, onSearch: setTyped }}
        aria-label={t('customers.merge.keep')}
        placeholder={t('customers.merge.searchPlaceholder')}
        value={target ?? undefined}
        onChange={(v: string) => setTarget(v)}
        options={options}
        loading={found.isFetching}
        notFoundContent={q ? t('customers.list.noMatch') : t('customers.merge.typeToSearch')}
        style={{ width: '100%' }}
        autoFocus
      />
    </Modal>
  );
}
