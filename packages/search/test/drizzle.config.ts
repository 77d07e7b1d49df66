import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './test/fixture-schema.ts',
  out: './test/migrations',
  schemaFilter: ['searchtest'],
});
