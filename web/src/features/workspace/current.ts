// The workspace the console is showing, provided by the workspace layout to every page under it.
import { createContext, useContext } from 'react';
import type { Workspace } from '../../api/types';

export const CurrentWorkspaceContext = createContext<Workspace | null>(null);

export function useCurrentWorkspace(): Workspace {
  const ws = useContext(CurrentWorkspaceContext);
  if (!ws) throw new Error('useCurrentWorkspace() outside a workspace page');
  return ws;
}

const LAST_KEY = 'rapport.lastWorkspace';

/** Remembered so that "/" reopens the workspace the person used last. */
export function rememberWorkspace(id: string): void {
  try {
    localStorage.setItem(LAST_KEY, id);
  } catch {
    // Storage may be off (private mode); then "/" opens the first workspace instead.
  }
}

export function lastWorkspaceId(workspaces: readonly Workspace[]): string | null {
  let last: string | null = null;
  try {
    last = localStorage.getItem(LAST_KEY);
  } catch {
    last = null;
  }
  return workspaces.find((w) => w.id === last)?.id ?? workspaces[0]?.id ?? null;
}
