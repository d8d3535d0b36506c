// Recipients typed or pasted as tags: a pasted list ("a@x.com; b@y.com, c@z.com") becomes one tag
// per address, the same address twice is one, and the form names the first address that is not one.

/** What the API accepts: zod's email pattern (zod/v4/core/regexes.ts), so both sides agree. */
const EMAIL =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

export const isEmail = (value: string): boolean => EMAIL.test(value);

/** Every tag split on commas, semicolons and white space, trimmed, lower-cased, without repeats. */
export function normaliseRecipients(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const tag of tags)
    for (const part of tag.split(/[\s,;]+/)) {
      const email = part.trim().toLowerCase();
      if (email && !out.includes(email)) out.push(email);
    }
  return out;
}

/** The first entry that is not an email address, or null. */
export const firstInvalidRecipient = (emails: readonly string[]): string | null =>
  emails.find((e) => !isEmail(e)) ?? null;
