// An import's state as a coloured tag, marked when it was only a dry run.
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportStatus } from '../../../api/customer-imports';
import { ColorTag, type TagColor } from '../../../components/ColorTag';

const COLORS: Record<ImportStatus, TagColor> = {
  uploaded: 'grey',
  queued: 'blue',
  running: 'blue',
  done: 'green',
  failed: 'red',
  cancelled: 'orange',
};

const known = (s: string): s is ImportStatus => s in COLORS;

export function ImportStatusTag({ status, dryRun }: { status: string; dryRun: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} wrap>
      <ColorTag color={known(status) ? COLORS[status] : 'grey'}>
        {known(status) ? t(`customers.import.statuses.${status}`) : status}
      </ColorTag>
      {dryRun && status !== 'uploaded' && <ColorTag color="purple">{t('customers.import.dryRun')}</ColorTag>}
    </Flex>
  );
}
