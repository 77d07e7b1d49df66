import type { TNull, TSchema, TUnion } from 'typebox';

/**
 * `T | null` as `type: [T, "null"]` rather than `anyOf`: the response serializer writes a type
 * list directly, where an `anyOf` makes it validate the value against each branch first.
 * For schemas with a single primitive `type` (string, integer, number, boolean).
 */
export function Nullable<T extends TSchema>(schema: T): TUnion<[T, TNull]> {
  const type = (schema as { type?: unknown }).type;
  if (typeof type !== 'string') throw new Error('Nullable takes a schema with one primitive type');
  return { ...schema, type: [type, 'null'] } as unknown as TUnion<[T, TNull]>;
}
