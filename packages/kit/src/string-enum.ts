import { type TUnsafe, Type } from 'typebox';

/**
 * One of a `const` list of strings, as `{ type: "string", enum: [...] }`, typed as that list.
 * Not a union of literals: the response serializer checks an `anyOf` branch by branch on every
 * value it writes (it showed in the checkout profile), and OpenAPI shows an `enum` better.
 */
export function StringEnum<const T extends readonly string[]>(
  values: T,
  options: { description?: string; default?: T[number]; examples?: T[number][] } = {},
): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options } as never);
}
