// The one database interface the store and the server use. Two dialects sit behind it (PGlite embedded,
// PostgreSQL over the network); both speak PostgreSQL with $n placeholders, so the SQL is shared.

export interface Queryable {
  /** One statement with $1… parameters; rows as plain objects. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  readonly dialect: 'pglite' | 'postgres';
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Run `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * int8 → number. Amounts are integer 分 and fit in 2^53; anything larger is a corrupt row, and a silent
 * loss of precision would be worse than an error.
 */
export function parseInt8(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new RangeError(`int8 out of the safe range: ${text}`);
  return n;
}

export const INT8_OID = 20;
