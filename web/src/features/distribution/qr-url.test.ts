import { describe, expect, it } from 'vitest';
import { qrFileUrl } from '../../api/distribution';

describe('qrFileUrl', () => {
  const ws = '0190c0de-0000-7000-8000-000000000001';
  const id = '0190c0de-0000-7000-8000-000000000002';
  const base = `/api/v1/workspaces/${ws}/distributions/${id}`;

  it('addresses the QR image with the store, staff member and table typed in, and nothing blank', () => {
    expect(qrFileUrl(ws, id, 'qr.svg')).toBe(`${base}/qr.svg`);
    expect(qrFileUrl(ws, id, 'qr.png', { loc: 'sh-jingan', staff: ' 王芳 ', table: '' })).toBe(
      `${base}/qr.png?loc=sh-jingan&staff=%E7%8E%8B%E8%8A%B3`,
    );
  });

  it('asks for the A6 card in a language, or one card per store', () => {
    expect(qrFileUrl(ws, id, 'card.pdf', { table: '12' }, { lang: 'zh-CN' })).toBe(
      `${base}/card.pdf?table=12&lang=zh-CN`,
    );
    expect(qrFileUrl(ws, id, 'card.pdf', {}, { lang: 'en', allStores: true })).toBe(
      `${base}/card.pdf?lang=en&all=stores`,
    );
  });
});
