import type { ProviderPackage } from './package.ts';
import { roomAi } from './roomai/index.ts';
import { vibePeak } from './vibepeak/index.ts';

/**
 * The registration: every provider the gateway knows, in the order they are listed to clients.
 * Adding a provider is a folder beside these (its package: descriptor, client, input rules,
 * schema, settings) and one line here.
 */
// biome-ignore lint/suspicious/noExplicitAny: each package is typed by its own input; the list is used through the domain's `unknown` inputs.
export const PROVIDERS: readonly ProviderPackage<any>[] = [roomAi, vibePeak];
