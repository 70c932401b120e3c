// `npm start`: the gateway. Plain JavaScript so that Node's compile cache is on before any
// TypeScript loads: later starts then reuse the stripped and compiled modules instead of loading
// the type stripper again (about 0.3 s and 17 MB less per start). The cache lives in
// node_modules/.cache and is rebuilt by itself when a source file changes.
import module from 'node:module';
import { fileURLToPath } from 'node:url';

module.enableCompileCache?.(fileURLToPath(new URL('../node_modules/.cache/node-compile-cache', import.meta.url)));
const { main } = await import('../src/main.ts');
await main();
