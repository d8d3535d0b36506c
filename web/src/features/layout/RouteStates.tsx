// What the router shows while a page's code loads, and when it fails to (typically a console
// updated on the server while this tab kept the old one: a reload fetches the new files).
import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../components/errors';

export function PagePending() {
  const { t } = useTranslation();
  return (
    <div role="status" aria-label={t('common.loading')} style={{ padding: 48, textAlign: 'center' }}>
      <Spin />
    </div>
  );
}

export function PageError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('errors.loadFailed')}
      subTitle={errorText(t, error)}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </Button>
      }
    />
  );
}
