// Step 1: drop a CSV or XLSX file. The server reads its start right away: encoding, delimiter,
// headers and the first rows come back for step 2.
import { InboxOutlined } from '@ant-design/icons';
import { Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useImportMutations, type CustomerImport } from '../../../api/customer-imports';
import { useNotify } from '../../../components/useNotify';

interface Props {
  workspaceId: string;
  onUploaded: (i: CustomerImport) => void;
}

const ACCEPT =
  '.csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function UploadStep({ workspaceId, onUploaded }: Props) {
  const { t } = useTranslation();
  const { upload } = useImportMutations(workspaceId);
  const notify = useNotify();
  return (
    <Upload.Dragger
      accept={ACCEPT}
      multiple={false}
      showUploadList={false}
      disabled={upload.isPending}
      // The file goes up through our own request (multipart with the CSRF token), not antd's.
      customRequest={({ file }) =>
        upload.mutate(file as File, {
          onSuccess: onUploaded,
          onError: notify.error,
        })
      }
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <Typography.Paragraph strong style={{ marginBottom: 4 }}>
        {upload.isPending ? t('customers.import.uploading') : t('customers.import.drop')}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('customers.import.dropHelp')}
      </Typography.Paragraph>
    </Upload.Dragger>
  );
}
