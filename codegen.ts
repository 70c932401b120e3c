import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * `npm run codegen`: prints the Pothos schema to `schema.graphql` (committed, so every change to
 * the public contract shows in review; a test fails when it is stale) and writes typed documents
 * for the operations in `operations/` (used by GraphiQL and the demo) and, apart from them, for the
 * tests' own inline operations (`graphql(\`…\`)` calls in `test/`).
 */
/** The typed documents output; the schema test regenerates it in memory to check the committed files. */
export const typedDocuments = {
  preset: 'client',
  // persistedDocuments: also writes src/generated/persisted-documents.json (sha256 → document), the manifest
  // TRUSTED_DOCUMENTS takes, and puts each document's hash in its `__meta__` for clients to send as documentId.
  presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
  config: { useTypeImports: true, enumsAsTypes: true, importExtension: '.ts', scalars: { DateTime: 'string', URL: 'string', File: 'File' } },
} satisfies CodegenConfig['generates'][string];

/** A path (or glob) in this repository, whatever the working directory. */
function fromHere(path: string): string {
  return fileURLToPath(new URL(path, import.meta.url));
}

// The schema is printed by Node itself (not codegen's loader), so Pothos and graphql load exactly as in production.
const sdl = execFileSync(process.execPath, [fileURLToPath(new URL('./scripts/print-schema.ts', import.meta.url))], { encoding: 'utf8' });

/**
 * Every typed-documents output with its documents; the schema test regenerates them all. The tests'
 * operations get their own output (same preset and types), so what clients are given in
 * `src/generated/` holds the public operations only. It sits under `src/generated/` because that
 * folder is the one the linter and formatter leave alone.
 */
export const typedOutputs = {
  'src/generated/': { ...typedDocuments, documents: [fromHere('operations/*.graphql')] },
  // Apollo Client's `possibleTypes` (which types implement each interface and union): without it its
  // cache drops every field selected through `... on Error` and the other abstract types.
  'src/generated/possible-types.ts': { plugins: ['fragment-matcher'], config: { apolloClientVersion: 3, useExplicitTyping: true } },
  // No manifest for the tests' operations: they must never become trusted documents.
  'src/generated/test/': { ...typedDocuments, presetConfig: { fragmentMasking: false }, documents: [fromHere('test/**/*.ts')] },
} satisfies CodegenConfig['generates'];

const config: CodegenConfig = {
  schema: sdl,
  ignoreNoDocuments: false,
  generates: {
    'schema.graphql': { plugins: ['schema-ast'], config: { includeDirectives: true } },
    ...typedOutputs,
  },
};

export default config;
