import { type TLiteral, type TUnion, Type } from 'typebox';

/** A union of string literals from a `const` list, typed as that list (not `never`). */
export function StringEnum<const T extends readonly string[]>(
  values: T,
  options: { description?: string; default?: T[number]; examples?: T[number][] } = {},
): TUnion<{ -readonly [K in keyof T]: TLiteral<T[K]> }> {
  return Type.Union(values.map((value) => Type.Literal(value)) as never, options) as never;
}
