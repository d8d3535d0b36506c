// Erasing a customer cannot be undone: personal data goes from every table, responses stay only
// as anonymous statistics. So the person types the customer's name (or ERASE, for a customer
// without one) before the button works.
import { Alert, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useCustomerMutations, type Customer } from '../../api/customers';
import { useNotify } from '../../components/useNotify';

interface Props {
  workspaceId: string;
  customer: Customer;
  open: boolean;
  onClose: () => void;
  onErased: () => void;
}

export const ERASE_WORD = 'ERASE';

/** Typed exactly (spaces around it aside): the name, or the word ERASE. */
export const eraseConfirmed = (typed: string, name: string): boolean => {
  const s = typed.trim();
  return s === ERASE_WORD || (name.trim() !== '' && s === name.trim());
};

export function EraseModal({ workspaceId, customer, open, onClose, onErased }: Props) {
  const { t } = useTranslation();
  const { erase } = useCustomerMutations(workspaceId);
  const notify = useNotify();
  const [typed, setTyped] = useState('');
  const ok = eraseConfirmed(typed, customer.name);
  const close = () => {
    setTyped('');
    onClose();
  };
  return (
    <Modal
      open={open}
      title={t('customers.erase.title')}
      okText={t('customers.erase.ok')}
      okButtonProps={{ danger: true, disabled: !ok }}
      cancelText={t('common.cancel')}
      confirmLoading={erase.isPending}
      onCancel={close}
      onOk={() =>
        erase.mutate(customer.id, {
          onSuccess: () => {
            setTyped('');
            onErased();
          },
          onError: notify.error,
        })
      }
      destroyOnHidden
    >
      <Alert type="error" showIcon title={t('customers.erase.warning')} style={{ marginBottom: 16 }} />
      <Typography.Paragraph>
        {customer.name.trim() ? (
          <Trans
            i18nKey="customers.erase.typeName"
            values={{ name: customer.name.trim(), word: ERASE_WORD }}
            components={{ b: <Typography.Text strong code /> }}
          />
        ) : (
          <Trans
            i18nKey="customers.erase.typeWord"
            values={{ word: ERASE_WORD }}
            components={{ b: <Typography.Text strong code /> }}
          />
        )}
      </Typography.Paragraph>
      <Input
        aria-label={t('customers.erase.confirmLabel')}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        autoComplete="off"
        onPressEnter={() =>
          ok && !erase.isPending && erase.mutate(customer.id, { onSuccess: onErased, onError: notify.error })
        }
      />
    </Modal>
  );
}
