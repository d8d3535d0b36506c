import { describe, expect, it } from 'vitest';
import { firstInvalidRecipient, isEmail, normaliseRecipients } from './recipients';

describe('report recipients', () => {
  it('splits a pasted list into one address per tag, lower-cased, without repeats', () => {
    expect(
      normaliseRecipients(['CEO@Example.com; ops@example.com,  store@example.cn', 'ceo@example.com']),
    ).toEqual(['ceo@example.com', 'ops@example.com', 'store@example.cn']);
    expect(normaliseRecipients([' ', ''])).toEqual([]);
  });

  it('finds the first entry that is not an email address', () => {
    expect(firstInvalidRecipient(['a@example.com', 'b@example', 'c'])).toBe('b@example');
    expect(firstInvalidRecipient(['a@example.com', 'o.brien+cx@shop.example.cn'])).toBeNull();
    // The API (zod) takes ASCII addresses only: the form says so before sending.
    expect(firstInvalidRecipient(['张伟@例子.中国'])).toBe('张伟@例子.中国');
    expect(isEmail('no-at-sign.example.com')).toBe(false);
  });
});
