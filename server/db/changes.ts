/**
 * The fields of a PATCH that were actually given, or null when none were: Kysely cannot build an
 * UPDATE with nothing to SET, and an empty PATCH should simply answer the current state.
 */
export function givenChanges<T extends object>(changes: T): Partial<T> | null {
  const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<T>;
  return Object.keys(given).length ? given : null;
}
