// Between the API's instants (ISO 8601) and the browser's <input type="datetime-local"> values,
// which are wall-clock times in the browser's own time zone.

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-03-01T09:30" in local time; '' for none or an unreadable instant. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The instant a local "YYYY-MM-DDTHH:mm" means, as ISO 8601 UTC; null for '' or nonsense. */
export function fromLocalInput(value: string | null | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value ?? '');
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const d = new Date(year, month - 1, day, hour, minute);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
