import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

/**
 * How packages/sdk is made from the API (run by `scripts/generate.ts`, and compared in the
 * package's own test): the OpenAPI document the app serves, with its keys in a stable order,
 * and the TypeScript types openapi-typescript makes of it, both formatted as Biome formats the repo.
 *
 * Not part of the package's public entry (`src/index.ts`).
 */

/** packages/sdk */
export const SDK_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The generated files, relative to packages/sdk. */
export const GENERATED_FILES = ['openapi.json', 'src/schema.ts'] as const;
export type GeneratedFile = (typeof GENERATED_FILES)[number];

export const OUT_OF_DATE = 'packages/sdk is out of date with the API: run `pnpm sdk:generate` and commit';

/** What serves the document: a marketplace's Fastify app (`app.inject`). */
export interface DocumentSource {
  inject(request: { method: 'GET'; url: string }): PromiseLike<{ statusCode: number; body: string }>;
}

/** The OpenAPI document the app serves at `/openapi.json`, as parsed JSON. */
export async function servedDocument(app: DocumentSource): Promise<Record<string, unknown>> {
  const response = await app.inject({ method: 'GET', url: '/openapi.json' });
  if (response.statusCode !== 200) throw new Error(`GET /openapi.json answered ${response.statusCode}: ${response.body}`);
  return JSON.parse(response.body) as Record<string, unknown>;
}

/**
 * The document with every object's keys sorted, so that a route added anywhere lands in one
 * place of the diff, except a schema's `properties`, which keep the order the route declares
 * (and so do the generated types). Arrays keep their order. Nothing else is changed: the
 * document holds no time, port or address that varies between runs (there is no `servers`).
 */
export function normaliseDocument(document: unknown): unknown {
  return sortKeys(document, false);
}

function sortKeys(value: unknown, keepOrder: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => sortKeys(item, false));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>);
  if (!keepOrder) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, item]) => [key, sortKeys(item, key === 'properties' && !keepOrder)]));
}

export interface SdkFiles {
  files: Record<GeneratedFile, string>;
  /** What the document has that the types cannot say (printed by the generator). */
  warnings: string[];
  operations: number;
}

const SCHEMA_HEADER = `/**
 * Generated from the marketplace's OpenAPI document (packages/sdk/openapi.json, served at
 * GET /openapi.json) by openapi-typescript: do not edit. Regenerate with \`pnpm sdk:generate\`;
 * \`pnpm sdk:check\` (run in CI) fails when it is out of date with the API.
 */

`;

/** openapi.json and src/schema.ts, as they should be checked in for this document. */
export async function renderSdkFiles(served: unknown): Promise<SdkFiles> {
  const document = normaliseDocument(served) as OpenAPI3;
  const { document: typable, warnings } = typableDocument(document);
  const types = astToString(await openapiTS(typable, { silent: true }));
  return {
    files: {
      'openapi.json': biomeFormat(`${JSON.stringify(document, null, 2)}\n`, 'openapi.json'),
      'src/schema.ts': biomeFormat(SCHEMA_HEADER + types, 'src/schema.ts'),
    },
    warnings,
    operations: operationsOf(document).length,
  };
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** `METHOD /path` of each operation in the document. */
export function operationsOf(document: unknown): string[] {
  const paths = (document as { paths?: Record<string, Record<string, unknown>> }).paths ?? {};
  return Object.entries(paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((method) => METHODS.includes(method))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
}

/**
 * A copy of the document for openapi-typescript (the checked-in openapi.json keeps the document
 * as served), where
 * - a parameter whose `schema` is not a schema object (what @fastify/swagger makes of a
 *   `Type.Record` querystring) is left out: openapi-typescript refuses it;
 * - a query or header parameter marked `required` but with a `default` is optional: the server
 *   fills the default in (Ajv's useDefaults), so a caller may leave it out (@fastify/swagger marks
 *   a TypeBox property with a default but without `Type.Optional` required).
 */
function typableDocument(document: OpenAPI3): { document: OpenAPI3; warnings: string[] } {
  const copy = structuredClone(document);
  const warnings: string[] = [];
  let defaulted = 0;
  for (const [path, item] of Object.entries(copy.paths ?? {})) {
    for (const [method, operation] of Object.entries(item as Record<string, unknown>)) {
      const op = operation as { parameters?: { name?: string; in?: string; required?: boolean; schema?: unknown }[] };
      if (!METHODS.includes(method) || !Array.isArray(op.parameters)) continue;
      op.parameters = op.parameters.filter((parameter) => {
        const valid = typeof parameter.schema === 'object' && parameter.schema !== null;
        if (!valid) {
          warnings.push(
            `${method.toUpperCase()} ${path}: ${parameter.in} parameter '${parameter.name}' has no schema object (${JSON.stringify(parameter.schema)}); left out of the types`,
          );
        }
        return valid;
      });
      for (const parameter of op.parameters) {
        if (parameter.in !== 'path' && parameter.required && (parameter.schema as { default?: unknown }).default !== undefined) {
          parameter.required = false;
          defaulted += 1;
        }
      }
    }
  }
  if (defaulted > 0) warnings.push(`${defaulted} query or header parameters marked required have a default; typed optional`);
  return { document: copy, warnings };
}

/** `text` as `biome format` writes the file at `path` (relative to packages/sdk), under the repo's biome.json. */
function biomeFormat(text: string, path: string): string {
  const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
  const repo = join(SDK_DIR, '..', '..');
  const result = spawnSync(process.execPath, [biome, 'format', `--stdin-file-path=${relative(repo, join(SDK_DIR, path))}`], {
    cwd: repo,
    input: text,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`biome format ${path} failed: ${result.stderr || result.error?.message}`);
  return result.stdout;
}
