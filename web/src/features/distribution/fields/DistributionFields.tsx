// The fields of one kind of distribution, shared by "New distribution" and "Edit settings".
import type { DistributionKind } from '../../../api/distribution';
import { isMessageKind } from '../kinds';
import { KioskFields } from './KioskFields';
import { MessageFields } from './MessageFields';
import { OriginsField } from './OriginsField';
import { QrFields } from './QrFields';
import { WidgetFields } from './WidgetFields';

interface Props {
  kind: DistributionKind;
  /** The survey's languages, for the texts written per language. */
  languages: readonly string[];
}

export function DistributionFields({ kind, languages }: Props) {
  if (isMessageKind(kind)) return <MessageFields channel={kind} languages={languages} />;
  switch (kind) {
    case 'qr':
      return <QrFields languages={languages} />;
    case 'embed':
      return <OriginsField />;
    case 'widget':
      return <WidgetFields />;
    case 'kiosk':
      return <KioskFields />;
    default:
      return null;
  }
}
