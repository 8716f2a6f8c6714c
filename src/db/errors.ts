/** PostgreSQL error details, from postgres.js, PGlite, or Drizzle's wrapper around either (`cause`). */
export interface PgErrorInfo {
  code: string;
  constraint: string | undefined;
}

export function pgError(err: unknown): PgErrorInfo | null {
  for (let current = err, depth = 0; current && depth < 3; depth += 1) {
    const candidate = current as {
      code?: unknown;
      constraint?: unknown;
      constraint_name?: unknown;
      cause?: unknown;
    };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) {
      const constraint = candidate.constraint ?? candidate.constraint_name;
      return { code: candidate.code, constraint: typeof constraint === 'string' ? constraint : undefined };
    }
    current = candidate.cause;
  }
  return null;
}

export const isUniqueViolation = (err: unknown, constraint?: string): boolean => {
  const info = pgError(err);
  return info?.code === '23505' && (constraint === undefined || info.constraint === constraint);
};

/**
 * A row is still referenced (or references a missing row). PostgreSQL 18 (which PGlite embeds)
 * reports a violated ON DELETE RESTRICT as 23001 restrict_violation; PostgreSQL 15 as 23503.
 */
export const isForeignKeyViolation = (err: unknown): boolean => {
  const code = pgError(err)?.code;
  return code === '23503' || code === '23001';
};

/** 55P03 lock_not_available: a `lock_timeout` (or NOWAIT) gave up waiting for a lock. */
export const isLockNotAvailable = (err: unknown): boolean => pgError(err)?.code === '55P03';
