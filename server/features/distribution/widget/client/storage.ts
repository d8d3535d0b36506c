/// <reference lib="dom" />
// The site's localStorage, best effort: blocked storage (privacy modes, sandboxed frames) throws,
// and then values live as long as the page.
const memory: Record<string, string> = {};

export function load(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return key in memory ? (memory[key] as string) : null;
  }
}

export function save(key: string, value: string): void {
  memory[key] = value;
  try {
    localStorage.setItem(key, value);
  } catch {
    // kept in memory above
  }
}
