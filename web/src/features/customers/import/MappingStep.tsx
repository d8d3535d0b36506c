// Step 2: the file as the server read it (encoding and delimiter, each correctable, which re-reads
// the preview), where each column goes, which identity finds existing customers, a preview of the
// first rows, and whether to try a dry run first.
import { PlayCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Descriptions, Flex, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportMutations, type CustomerImport } from '../../../api/customer-imports';
import { useCustomerFields, type IdentityKind } from '../../../api/customers';
import { useNotify } from '../../../components/useNotify';
import { identityKindName } from '../labels';
import { targetGroups } from './target-groups';
import { duplicateTargets, initialMapping, mappedIdentityKinds } from './targets';

/** As server/features/customers/import/detect-encoding.ts names them. */
const ENCODINGS = [
  'utf-8',
  'utf-8-bom',
  'utf-16le',
  'utf-16be',
  'gb18030',
  'big5',
  'shift_jis',
  'euc-kr',
  'windows-1252',
];
const DELIMITERS = [',', ';', '\t', '|'] as const;
const PREVIEW_ROWS = 10;

interface Props {
  workspaceId: string;
  file: CustomerImport;
}

export function MappingStep({ workspaceId, file }: Props) {
  const { t } = useTranslation();
  const fields = useCustomerFields(workspaceId);
  const { settings, start } = useImportMutations(workspaceId);
  const notify = useNotify();
  const [mapping, setMapping] = useState(() => initialMapping(file.headers, file.suggestedMapping));
  const [matchBy, setMatchBy] = useState<IdentityKind | null>(null);
  const [dryRun, setDryRun] = useState(true);
  // Headers change when the encoding or delimiter is corrected: map the new ones afresh.
  const [mappedHeaders, setMappedHeaders] = useState(file.headers);
  if (mappedHeaders !== file.headers) {
    setMappedHeaders(file.headers);
    setMapping(initialMapping(file.headers, file.suggestedMapping));
  }

  const kinds = mappedIdentityKinds(mapping);
  const match = matchBy && kinds.includes(matchBy) ? matchBy : (kinds[0] ?? null);
  const duplicates = duplicateTargets(mapping);
  const groups = targetGroups(t, fields.data ?? []);
  const delimiterName = (d: string) =>
    t(
      `customers.import.delimiters.${d === ',' ? 'comma' : d === ';' ? 'semicolon' : d === '\t' ? 'tab' : 'pipe'}`,
    );

  const reread = (change: { encoding?: string; delimiter?: string }) =>
    settings.mutate({ id: file.id, ...change }, { onError: notify.error });

  return (
    <Flex vertical gap={16}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'file', label: t('customers.import.file'), children: file.fileName },
          ...(file.format === 'csv'
            ? [
                {
                  key: 'encoding',
                  label: t('customers.import.encoding'),
                  children: (
                    <Select
                      aria-label={t('customers.import.encoding')}
                      data-testid="import-encoding"
                      size="small"
                      value={file.encoding ?? undefined}
                      loading={settings.isPending}
                      onChange={(encoding: string) => reread({ encoding })}
                      options={[...new Set([file.encoding ?? 'utf-8', ...ENCODINGS])].map((e) => ({
                        value: e,
                        label: e.toUpperCase(),
                      }))}
                      style={{ minWidth: 140 }}
                    />
                  ),
                },
                {
                  key: 'delimiter',
                  label: t('customers.import.delimiter'),
                  children: (
                    <Select
                      aria-label={t('customers.import.delimiter')}
                      size="small"
                      value={file.delimiter ?? undefined}
                      loading={settings.isPending}
                      onChange={(delimiter: string) => reread({ delimiter })}
                      options={DELIMITERS.map((d) => ({ value: d, label: delimiterName(d) }))}
                      style={{ minWidth: 160 }}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />

      <div>
        <Typography.Title level={5}>{t('customers.import.mapping')}</Typography.Title>
        <Table
          size="small"
          rowKey="header"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={file.headers.map((header, i) => ({
            header,
            sample: file.preview.slice(0, 3).map((row) => row[i] ?? ''),
          }))}
          columns={[
            {
              key: 'header',
              title: t('customers.import.column'),
              render: (_, r) => <strong>{r.header}</strong>,
            },
            {
              key: 'sample',
              title: t('customers.import.sample'),
              render: (_, r) => (
                <Typography.Text type="secondary">
                  {r.sample.filter(Boolean).join(' · ') || '—'}
                </Typography.Text>
              ),
            },
            {
              key: 'target',
              title: t('customers.import.target'),
              render: (_, r) => (
                <Select
                  aria-label={t('customers.import.targetFor', { column: r.header })}
                  value={mapping[r.header]}
                  onChange={(target: string) => setMapping((m) => ({ ...m, [r.header]: target }))}
                  options={groups.map((g) => ({ label: g.label, title: g.label, options: g.options }))}
                  status={duplicates.includes(mapping[r.header] ?? '') ? 'error' : undefined}
                  showSearch={{ optionFilterProp: 'label' }}
                  style={{ width: 220 }}
                />
              ),
            },
          ]}
        />
      </div>

      <Flex gap={16} wrap align="center">
        <Flex gap={8} align="center">
          <Typography.Text id="import-match-by">{t('customers.import.matchBy')}</Typography.Text>
          <Select
            aria-labelledby="import-match-by"
            value={match ?? undefined}
            placeholder={t('customers.import.matchByNone')}
            onChange={(k: IdentityKind) => setMatchBy(k)}
            options={kinds.map((k) => ({ value: k, label: identityKindName(t, k) }))}
            style={{ minWidth: 180 }}
          />
        </Flex>
        <Checkbox checked={dryRun} onChange={(e) => setDryRun(e.target.checked)}>
          {t('customers.import.dryRunFirst')}
        </Checkbox>
      </Flex>
      <Typography.Text type="secondary">{t('customers.import.matchByHelp')}</Typography.Text>

      {duplicates.length > 0 && (
        <Alert type="error" showIcon title={t('customers.import.duplicateTargets')} />
      )}
      {!match && <Alert type="warning" showIcon title={t('customers.import.needIdentity')} />}

      <div>
        <Typography.Title level={5}>{t('customers.import.preview')}</Typography.Title>
        <Table
          size="small"
          rowKey="n"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={file.preview.slice(0, PREVIEW_ROWS).map((cells, n) => ({ n, cells }))}
          columns={file.headers.map((h, i) => ({
            key: `${i}`,
            title: h,
            render: (_, r) => r.cells[i] ?? '',
          }))}
        />
      </div>

      <Flex>
        <Button
          type="primary"
          icon={<PlayCircleOutlined />}
          disabled={!match || duplicates.length > 0}
          loading={start.isPending}
          onClick={() =>
            match && start.mutate({ id: file.id, mapping, matchBy: match, dryRun }, { onError: notify.error })
          }
        >
          {dryRun ? t('customers.import.startDryRun') : t('customers.import.start')}
        </Button>
      </Flex>
    </Flex>
  );
}
