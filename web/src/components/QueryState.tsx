// What a page shows while its data loads or when loading failed: a spinner, a friendly "your role
// does not allow this" for 403, or the error with a retry button.
import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, isForbidden } from './errors';

interface Props {
  isPending: boolean;
  error: unknown;
  refetch?: () => unknown;
  children: ReactNode;
}

export function Forbidden() {
  const { t } = useTranslation();
  return <Result status="403" title={t('forbidden.title')} subTitle={t('forbidden.text')} />;
}

export function QueryState({ isPending, error, refetch, children }: Props) {
  const { t } = useTranslation();
  if (error) {
    if (isForbidden(error)) return <Forbidden />;
    return (
      <Result
        status="error"
        title={t('errors.loadFailed')}
        subTitle={errorText(t, error)}
        extra={refetch && <Button onClick={() => void refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (isPending) {
    return (
      <div role="status" aria-label={t('common.loading')} style={{ padding: 48, textAlign: 'center' }}>
        <Spin />
      </div>
    );
  }
  return <>{children}</>;
}
