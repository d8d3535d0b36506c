// The widget loader a website adds to its pages: within 5 KB gzipped, ES2018, free of zod and of
// anything from node_modules, and its URL patterns. (How it is served: widget-public.test.ts.)
import { gzipSync } from 'node:zlib';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { urlMatches } from './client/targeting';
import { buildLoader, LOADER_BUDGET_BYTES } from './loader';

describe('the widget loader', () => {
  it('weighs at most 5 KB gzipped', async () => {
    const { code } = await buildLoader();
    const gzipped = gzipSync(code, { level: 9 }).length;
    expect(gzipped).toBeGreaterThan(500); // it built something
    expect(gzipped).toBeLessThanOrEqual(LOADER_BUDGET_BYTES);
  });

  it('is ES2018 and bundles only its own client code', async () => {
    const { code, inputs } = await buildLoader();
    expect(inputs.every((f) => f.startsWith('server/features/distribution/widget/client/'))).toBe(true);
    expect(() => parse(code, { ecmaVersion: 2018 })).not.toThrow();
    expect(code).toMatch(/^("use strict";)?\(\(\)=>\{/);
  });
});

describe('urlMatches', () => {
  it('matches the whole address, * standing for any characters', () => {
    expect(urlMatches(null, 'https://shop.example.com/a')).toBe(true);
    expect(
      urlMatches('https://shop.example.com/checkout/*', 'https://shop.example.com/checkout/done?x=1'),
    ).toBe(true);
    expect(urlMatches('https://shop.example.com/checkout/*', 'https://shop.example.com/cart')).toBe(false);
    expect(urlMatches('*/thanks', 'https://shop.example.com/order/thanks')).toBe(true);
    expect(urlMatches('*/thanks', 'https://shop.example.com/thanks/more')).toBe(false);
    // Regular-expression characters are literal.
    expect(urlMatches('https://shop.example.com/a?b=(1)', 'https://shop.example.com/a?b=(1)')).toBe(true);
    expect(urlMatches('https://shop.example.com/a.b', 'https://shop.example.com/aXb')).toBe(false);
  });
});
