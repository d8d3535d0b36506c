// The "Load more" button under every cursor-paged list.
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

export function LoadMore({ hasNextPage, isFetchingNextPage, fetchNextPage }: Props) {
  const { t } = useTranslation();
  if (!hasNextPage) return null;
  return (
    <div style={{ textAlign: 'center', marginTop: 16 }}>
      <Button loading={isFetchingNextPage} onClick={() => void fetchNextPage()}>
        {t('common.loadMore')}
      </Button>
    </div>
  );
}
