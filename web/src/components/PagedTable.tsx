// A cursor-paged list as a table: loading and error states, the rows, an empty state and
// "Load more". Every settings list shows its data through this.
import { Empty, Table, type TableColumnsType, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import type { CursorList } from '../api/list';
import { LoadMore } from './LoadMore';
import { QueryState } from './QueryState';

interface Props<T> {
  list: CursorList<T>;
  columns: TableColumnsType<T>;
  rowKey: keyof T & string;
  empty: ReactNode;
  expandable?: TableProps<T>['expandable'];
  /** Row events, e.g. a click that opens the row's details. */
  onRow?: TableProps<T>['onRow'];
}

export function PagedTable<T extends object>({ list, columns, rowKey, empty, expandable, onRow }: Props<T>) {
  return (
    <QueryState isPending={list.isPending} error={list.error} refetch={list.refetch}>
      <Table<T>
        rowKey={rowKey}
        columns={columns}
        dataSource={list.items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={expandable}
        onRow={onRow}
        locale={{ emptyText: <Empty description={empty} /> }}
      />
      <LoadMore {...list} />
    </QueryState>
  );
}
