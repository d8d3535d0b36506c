// A person who can sign in. Email addresses are unique without regard to case.
import type { Db } from '../../db/database';
import { hashPassword } from '../auth/passwords';
import { conflict, isUniqueViolation } from '../errors';
import { newId } from '../ids';

export interface CreateUserOptions {
  email: string;
  name: string;
  password: string;
  locale?: string | null;
}

export const MIN_PASSWORD_LENGTH = 10;

export async function createUser(db: Db, opts: CreateUserOptions) {
  const id = newId();
  try {
    return await db
      .insertInto('users')
      .values({
        id,
        email: opts.email.trim(),
        name: opts.name.trim(),
        password_hash: await hashPassword(opts.password),
        locale: opts.locale ?? null,
      })
      .returning(['id', 'email', 'name'])
      .executeTakeFirstOrThrow();
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('Someone already uses that email address.', 'email');
    throw e;
  }
}
