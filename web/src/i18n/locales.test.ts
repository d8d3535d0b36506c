// Every language has exactly the English keys, no empty text, and the same {{placeholders}} and
// <tags> (the Trans components) as English, so that no screen shows a raw key or loses a value.
import { describe, expect, it } from 'vitest';
import en from './en.json';
import es from './es.json';
import zhCN from './zh-CN.json';
import zhTW from './zh-TW.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object') flatten(v, key).forEach((val, sub) => out.set(sub, val));
    else out.set(key, v);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();
const tags = (s: string) => [...s.matchAll(/<\/(\w+)>/g)].map((m) => m[1]).sort();

const reference = flatten(en as Tree);
const locales = { 'zh-CN': zhCN, 'zh-TW': zhTW, es } as Record<string, Tree>;

describe('en.json', () => {
  it('has only non-empty strings', () => {
    for (const [key, value] of reference) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });
});

describe.each(Object.entries(locales))('%s', (_name, tree) => {
  const flat = flatten(tree);

  it('has no missing keys', () => {
    expect([...reference.keys()].filter((k) => !flat.has(k))).toEqual([]);
  });

  it('has no extra keys', () => {
    expect([...flat.keys()].filter((k) => !reference.has(k))).toEqual([]);
  });

  it('has no empty values', () => {
    const empty = [...flat].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('keeps the placeholders and tags of English', () => {
    for (const [key, value] of flat) {
      const source = reference.get(key);
      if (typeof source !== 'string' || typeof value !== 'string') continue;
      expect(placeholders(value), `${key} placeholders`).toEqual(placeholders(source));
      expect(tags(value), `${key} tags`).toEqual(tags(source));
    }
  });
});
