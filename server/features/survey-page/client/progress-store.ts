/// <reference lib="dom" />
// Progress kept on this device (localStorage), so a respondent who leaves resumes where they were.
// Private modes and full storage throw: saving is best effort.

export interface SavedProgress {
  session: string;
  answers: Record<string, unknown>;
  page: string;
  at: number;
}

const MAX_AGE_MS = 30 * 24 * 3600 * 1000;

export function progressStore(surveyKey: string) {
  const key = 'rapport:' + surveyKey;
  return {
    load(): SavedProgress | null {
      try {
        const v = JSON.parse(localStorage.getItem(key) || 'null') as SavedProgress | null;
        const fresh =
          v && typeof v === 'object' && typeof v.at === 'number' && v.at > Date.now() - MAX_AGE_MS;
        return fresh && typeof v.session === 'string' && v.answers && typeof v.answers === 'object'
          ? v
          : null;
      } catch {
        return null;
      }
    },
    save(v: Omit<SavedProgress, 'at'>): void {
      try {
        localStorage.setItem(
          key,
          JSON.stringify({ session: v.session, answers: v.answers, page: v.page, at: Date.now() }),
        );
      } catch {
        // nothing to do: the server keeps the partial response too
      }
    },
    clear(): void {
      try {
        localStorage.removeItem(key);
      } catch {
        // as above
      }
    },
  };
}
export type ProgressStore = ReturnType<typeof progressStore>;
