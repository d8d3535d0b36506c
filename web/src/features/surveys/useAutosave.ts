// The builder's draft in local state, checked on every change and saved ~800 ms after the last one
// when it is valid (the server refuses an invalid draft anyway). Saves run one after another, so the
// newest draft always lands last; leaving the page saves what is pending at once.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Survey, SurveyDefinition } from '../../api/surveys';
import { useSurveyMutations } from '../../api/surveys';
import { draftIssues, type DraftIssue } from './issues';

export const AUTOSAVE_DELAY_MS = 800;

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'invalid'; issue: DraftIssue }
  | { kind: 'failed'; error: unknown };

export function useAutosave(workspaceId: string, survey: Survey) {
  const { update } = useSurveyMutations(workspaceId);
  const [draft, setDraft] = useState<SurveyDefinition>(survey.draft);
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(survey.draft));
  const [inFlight, setInFlight] = useState(0);
  const [failure, setFailure] = useState<{ json: string; error: unknown } | null>(null);
  /** Counts saves that landed: the preview reloads on each. */
  const [saves, setSaves] = useState(0);

  const issues = useMemo(() => draftIssues(draft), [draft]);
  const json = useMemo(() => JSON.stringify(draft), [draft]);
  const dirty = json !== savedJson;

  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const lastQueued = useRef(savedJson);
  const mutate = update.mutateAsync;
  const surveyId = survey.id;

  /** Queues a save of this draft unless the same text is already saved or queued. */
  const save = useCallback(
    (next: SurveyDefinition, nextJson: string): Promise<unknown> => {
      if (nextJson === lastQueued.current) return queue.current;
      lastQueued.current = nextJson;
      setInFlight((n) => n + 1);
      queue.current = queue.current
        .then(() => mutate({ id: surveyId, draft: next }))
        .then(
          () => {
            setSavedJson(nextJson);
            setFailure(null);
            setSaves((n) => n + 1);
          },
          (error: unknown) => {
            // Let the next change (or "try again") send it again.
            if (lastQueued.current === nextJson) lastQueued.current = '';
            setFailure({ json: nextJson, error });
          },
        )
        .finally(() => setInFlight((n) => n - 1));
      return queue.current;
    },
    [mutate, surveyId],
  );

  const valid = issues.length === 0;
  useEffect(() => {
    if (!dirty || !valid) return;
    if (failure?.json === json) return;
    const timer = setTimeout(() => void save(draft, json), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, json, dirty, valid, failure, save]);

  // Leaving the builder (another page of the console) saves what is still waiting.
  const latest = useRef({ draft, json, dirty, valid });
  useEffect(() => {
    latest.current = { draft, json, dirty, valid };
  });
  useEffect(
    () => () => {
      const l = latest.current;
      if (l.dirty && l.valid) void save(l.draft, l.json);
    },
    [save],
  );

  // Closing the tab with a change not yet saved: the browser asks first.
  const unsaved = dirty || inFlight > 0;
  useEffect(() => {
    if (!unsaved) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  const change = useCallback((fn: (d: SurveyDefinition) => SurveyDefinition) => setDraft((d) => fn(d)), []);

  /** Saves now (before publishing); resolves true once the server has this draft. */
  const flush = useCallback(async (): Promise<boolean> => {
    if (!valid) return false;
    if (dirty) await save(draft, json);
    await queue.current;
    return lastQueued.current === json;
  }, [valid, dirty, save, draft, json]);

  const retry = () => {
    setFailure(null);
    void save(draft, json);
  };

  let state: SaveState;
  if (!valid) state = { kind: 'invalid', issue: issues[0]! };
  else if (inFlight > 0 || (dirty && failure?.json !== json)) state = { kind: 'saving' };
  else if (failure && dirty) state = { kind: 'failed', error: failure.error };
  else state = { kind: 'saved' };

  return { draft, setDraft, change, issues, state, saves, flush, retry, dirty };
}
