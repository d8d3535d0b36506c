import { describe, expect, it } from 'vitest';
import type { Location } from '../../api/types';
import { buildTree, childKinds, nextPosition, possibleParents, subtreeIds } from './tree';

const loc = (id: string, parentId: string | null, kind: Location['kind'], position = 0): Location => ({
  id,
  parentId,
  kind,
  name: id,
  code: id,
  position,
  createdAt: '2026-01-01T00:00:00Z',
});

const items = [
  loc('brand', null, 'brand'),
  loc('east', 'brand', 'region', 1),
  loc('south', 'brand', 'region', 0),
  loc('sh', 'east', 'store'),
  loc('web', 'brand', 'online', 2),
];

describe('location tree', () => {
  it('nests by parentId and orders by position', () => {
    const [root] = buildTree(items);
    expect(root?.id).toBe('brand');
    expect(root?.children.map((c) => c.id)).toEqual(['south', 'east', 'web']);
    expect(root?.children[1]?.children.map((c) => c.id)).toEqual(['sh']);
  });

  it('keeps orphans at the top', () => {
    expect(buildTree([loc('lost', 'gone', 'store')]).map((n) => n.id)).toEqual(['lost']);
  });

  it('offers only the kinds the server allows', () => {
    expect(childKinds(null)).toEqual(['brand']);
    expect(childKinds('brand')).toEqual(['region', 'store', 'online']);
    expect(childKinds('region')).toEqual(['region', 'store', 'online']);
    expect(childKinds('store')).toEqual([]);
  });

  it('never moves a location under itself or its children', () => {
    expect([...subtreeIds(items, 'east')].sort()).toEqual(['east', 'sh']);
    const east = items[1]!;
    expect(possibleParents(items, east).map((l) => l.id)).toEqual(['brand', 'south']);
    expect(possibleParents(items, items[0]!)).toEqual([]);
  });

  it('puts new locations after their siblings', () => {
    expect(nextPosition(items, 'brand')).toBe(3);
    expect(nextPosition(items, 'sh')).toBe(0);
  });
});
