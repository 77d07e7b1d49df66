/** The driver's own error behind drizzle's wrapper: its SQLSTATE `code` and `detail`. */
function driverError(error: unknown): { code: string; detail?: string } | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const { code, detail } = current as { code?: unknown; detail?: unknown };
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
      return { code, ...(typeof detail === 'string' ? { detail } : {}) };
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** PostgreSQL's SQLSTATE of a driver error, looking through drizzle's wrapper. */
export function sqlState(error: unknown): string | undefined {
  return driverError(error)?.code;
}

/** The DETAIL of a PostgreSQL error (what a function's RAISE … USING DETAIL said). */
export function sqlDetail(error: unknown): string | undefined {
  return driverError(error)?.detail;
}

export function isUniqueViolation(error: unknown): boolean {
  return sqlState(error) === '23505';
}
