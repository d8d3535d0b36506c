// Settings → Locations: the brand → region → store tree. Pick a location to edit it on the side
// (below on a phone); admins add, rename, recode, move and delete.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Grid, Row, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocations } from '../../api/locations';
import type { Location } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { isAdmin } from '../../components/roles';
import { useCurrentWorkspace } from '../workspace/current';
import { AddLocationModal } from './AddLocationModal';
import { KindTag } from './kinds';
import { LocationDetails } from './LocationDetails';
import { buildTree, parentIds, type LocationNode } from './tree';

function toTreeData(nodes: LocationNode[], compact: boolean): DataNode[] {
  return nodes.map((n) => ({
    key: n.id,
    title: (
      <Flex component="span" align="center" gap={8} wrap style={{ display: 'inline-flex' }}>
        <span>{n.name}</span>
        {/* On a phone the code waits in the editor below: the names need the width. */}
        {!compact && (
          <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
            {n.code}
          </Typography.Text>
        )}
        <KindTag kind={n.kind} compact={compact} />
      </Flex>
    ),
    children: toTreeData(n.children, compact),
  }));
}

export function LocationsPage() {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const query = useLocations(ws.id);
  const items = query.data ?? [];
  const canEdit = isAdmin(ws.role);
  const wide = Grid.useBreakpoint().md ?? true;
  // On a phone the editor sits under the tree: bring it into view when a location is picked.
  const details = useRef<HTMLDivElement>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // Everything with children starts expanded; after that the person decides.
  const [expanded, setExpanded] = useState<string[] | null>(null);
  const [addingUnder, setAddingUnder] = useState<Location | null | undefined>(undefined);
  const selected = items.find((l) => l.id === selectedId) ?? null;
  const expandedKeys = expanded ?? parentIds(items);

  const created = (loc: Location) => {
    if (loc.parentId) setExpanded([...new Set([...expandedKeys, loc.parentId])]);
    setSelectedId(loc.id);
  };

  return (
    <>
      <PageHeader
        title={t('nav.locations')}
        description={t('locations.pageDescription')}
        actions={
          canEdit && (
            <Button icon={<PlusOutlined />} onClick={() => setAddingUnder(null)}>
              {t('locations.addBrand')}
            </Button>
          )
        }
      />
      <QueryState isPending={query.isPending} error={query.error} refetch={query.refetch}>
        {items.length === 0 ? (
          <Card>
            <Empty description={t('locations.empty')} />
          </Card>
        ) : (
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={14}>
              <Card
                title={t('locations.treeTitle')}
                size={wide ? 'default' : 'small'}
                styles={{ body: { overflowX: 'auto' } }}
              >
                <Tree
                  aria-label={t('locations.treeTitle')}
                  blockNode
                  showLine
                  treeData={toTreeData(buildTree(items), !wide)}
                  expandedKeys={expandedKeys}
                  onExpand={(keys) => setExpanded(keys.map(String))}
                  selectedKeys={selectedId ? [selectedId] : []}
                  onSelect={(keys) => {
                    setSelectedId(keys[0] ? String(keys[0]) : null);
                    if (!wide && keys[0]) requestAnimationFrame(() => details.current?.scrollIntoView());
                  }}
                />
              </Card>
            </Col>
            <Col xs={24} lg={10} ref={details}>
              {selected ? (
                <LocationDetails
                  workspaceId={ws.id}
                  location={selected}
                  items={items}
                  canEdit={canEdit}
                  onAddChild={setAddingUnder}
                  onDeleted={() => setSelectedId(null)}
                />
              ) : (
                <Card>
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={canEdit ? t('locations.selectHint') : t('locations.selectHintReadOnly')}
                  />
                </Card>
              )}
            </Col>
          </Row>
        )}
      </QueryState>
      <AddLocationModal
        workspaceId={ws.id}
        parent={addingUnder}
        items={items}
        onClose={() => setAddingUnder(undefined)}
        onCreated={created}
      />
    </>
  );
}
