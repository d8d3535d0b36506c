import { describe, expect, it } from 'vitest';
import { parsePastedList } from './recipients';

describe('parsePastedList', () => {
  it('reads one address per line, with an optional name and language', () => {
    const list = parsePastedList(
      'li.na@example.com\n\n  wang@example.cn, 王伟, zh-CN \r\nana@example.es;Ana García;es\nbob@example.com\tBob',
      'email',
    );
    expect(list).toEqual({
      recipients: [
        { address: 'li.na@example.com' },
        { address: 'wang@example.cn', name: '王伟', language: 'zh-CN' },
        { address: 'ana@example.es', name: 'Ana García', language: 'es' },
        { address: 'bob@example.com', name: 'Bob' },
      ],
      badLines: [],
      duplicates: 0,
    });
  });

  it('names the lines that are not a recipient and keeps the first of a repeated address', () => {
    const list = parsePastedList(
      'a@example.com\nnot an address\nA@Example.com, Again\nb@example.com, B, not a language!',
      'email',
    );
    expect(list.recipients).toEqual([{ address: 'a@example.com' }]);
    expect(list.badLines).toEqual([2, 4]);
    expect(list.duplicates).toBe(1);
  });

  it('takes phone numbers for SMS, the same number written two ways being one', () => {
    const list = parsePastedList('+86 138 0013 8000, 张三\n+8613800138000\nhello@example.com', 'sms');
    expect(list.recipients).toEqual([{ address: '+86 138 0013 8000', name: '张三' }]);
    expect(list.duplicates).toBe(1);
    expect(list.badLines).toEqual([3]);
  });

  it('takes WeChat openids as they are', () => {
    const list = parsePastedList('oUpF8uMuAJO_M2pxb1Q9zNjWeS6o\noUpF8uMuAJO_M2pxb1Q9zNjWeS6o', 'wechat');
    expect(list.recipients).toEqual([{ address: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' }]);
    expect(list.duplicates).toBe(1);
  });
});
