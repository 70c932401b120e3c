import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * `npm run codegen`: prints the Pothos schema to `schema.graphql` (committed, so every change to
 * the public contract shows in review; a test fails when it is stale) and writes typed documents
 * for the operations in `operations/` (used by the tests, GraphiQL and the demo).
 */
/** The typed documents output; the schema test regenerates it in memory to check the committed files. */
export const typedDocuments = {
  preset: 'client',
  // persistedDocuments: also writes src/generated/persisted-documents.json (sha256 → document), the manifest
  // TRUSTED_DOCUMENTS takes, and puts each document's hash in its `__meta__` for clients to send as documentId.
  presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
  config: { useTypeImports: true, enumsAsTypes: true, importExtension: '.ts', scalars: { DateTime: 'string', URL: 'string' } },
} satisfies CodegenConfig['generates'][string];

// The schema is printed by Node itself (not codegen's loader), so Pothos and graphql load exactly as in production.
const sdl = execFileSync(process.execPath, [fileURLToPath(new URL('./scripts/print-schema.ts', import.meta.url))], { encoding: 'utf8' });

const config: CodegenConfig = {
  schema: sdl,
  documents: ['operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'schema.graphql': { plugins: ['schema-ast'], config: { includeDirectives: true } },
    'src/generated/': typedDocuments,
  },
};

export default config;
