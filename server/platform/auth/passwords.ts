// argon2id with @node-rs/argon2's defaults (19 MiB, 2 passes, OWASP's recommendation).
import { hash, verify } from '@node-rs/argon2';

const ARGON2ID = 2; // Algorithm.Argon2id; the enum is const and cannot be imported under isolatedModules.

export const hashPassword = (password: string): Promise<string> => hash(password, { algorithm: ARGON2ID });

export const verifyPassword = (hashed: string, password: string): Promise<boolean> =>
  verify(hashed, password).catch(() => false);

let dummy: Promise<string> | undefined;
/** A hash to verify against when there is no such user, so that both cases take as long. */
export const dummyHash = (): Promise<string> => (dummy ??= hashPassword('no such user'));
