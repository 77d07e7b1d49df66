import { AjvCompiler } from '@fastify/ajv-compiler';
import type { FastifyServerOptions } from 'fastify';

type SchemaNode = Record<string, unknown>;
type AjvServerOptions = Parameters<ReturnType<typeof AjvCompiler>>[1];

/** Sub-schemas each holding one schema, or a map or list of them, that closing walks into. */
const ONE_SCHEMA = ['additionalProperties', 'items', 'additionalItems', 'contains'] as const;
const SCHEMA_MAP = ['properties', 'patternProperties', '$defs', 'definitions'] as const;
const SCHEMA_LIST = ['anyOf', 'oneOf', 'prefixItems', 'items'] as const;

function isNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describesObject(node: SchemaNode): boolean {
  const type = node.type;
  return type === 'object' || (Array.isArray(type) && type.includes('object')) || isNode(node.properties);
}

/**
 * A copy of a JSON schema in which every object that does not say otherwise takes no property
 * it does not declare (`additionalProperties: false`). The members of an `allOf` are left open
 * at their own level, since each would refuse the others' properties; what they contain is
 * closed. `not`, `if`/`then`/`else` are copied as they are: closing inside them turns their
 * meaning around.
 */
export function closeObjects(schema: unknown, isAllOfMember = false): unknown {
  if (!isNode(schema)) return schema;
  const copy: SchemaNode = { ...schema };
  for (const key of ONE_SCHEMA) {
    if (isNode(copy[key])) copy[key] = closeObjects(copy[key]);
  }
  for (const key of SCHEMA_MAP) {
    const map = copy[key];
    if (isNode(map)) copy[key] = Object.fromEntries(Object.entries(map).map(([name, sub]) => [name, closeObjects(sub)]));
  }
  for (const key of SCHEMA_LIST) {
    const list = copy[key];
    if (Array.isArray(list)) copy[key] = list.map((sub) => closeObjects(sub));
  }
  if (Array.isArray(copy.allOf)) copy.allOf = copy.allOf.map((sub) => closeObjects(sub, true));
  if (
    !isAllOfMember &&
    describesObject(copy) &&
    copy.additionalProperties === undefined &&
    copy.unevaluatedProperties === undefined
  ) {
    copy.additionalProperties = false;
  }
  return copy;
}

/**
 * JSON bodies are validated as sent: no type coercion (`"12.000"` is not twelve thousand
 * đồng, `true` is not 1), nothing dropped, and an object in a body schema takes only the
 * properties it declares unless it says otherwise, so an unknown field is a 400 naming it.
 * Query strings, params and headers arrive as text and keep coercion.
 */
const BODY_OPTIONS = { coerceTypes: false, removeAdditional: false } as const;

/**
 * Fastify's `schemaController.compilersFactory.buildValidator`: Fastify's own Ajv compiler
 * (same pool, formats and `addSchema` references), with the strict options above for bodies.
 */
export function bodyStrictValidatorFactory(): NonNullable<
  NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>['buildValidator']
> {
  const pool = AjvCompiler();
  const closedCopies = new WeakMap<object, unknown>();
  const closed = (schema: unknown): unknown => {
    if (!isNode(schema)) return schema;
    let copy = closedCopies.get(schema);
    if (copy === undefined) {
      copy = closeObjects(schema);
      closedCopies.set(schema, copy);
    }
    return copy;
  };

  return (externalSchemas, serverOptions) => {
    const options = (serverOptions ?? {}) as NonNullable<AjvServerOptions>;
    const lenient = pool(externalSchemas as never, options);
    const strict = pool(
      Object.fromEntries(
        Object.entries(externalSchemas as Record<string, unknown>).map(([id, schema]) => [id, closed(schema)]),
      ) as never,
      { ...options, customOptions: { ...options.customOptions, ...BODY_OPTIONS } } as never,
    );
    return (route) =>
      route.httpPart === 'body' ? strict({ ...route, schema: closed(route.schema) as never }) : lenient(route as never);
  };
}
