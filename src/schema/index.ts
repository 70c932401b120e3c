import { PROVIDERS } from '../providers/index.ts';
import { builder } from './builder.ts';
import './scalars.ts';
import './enums.ts';
import './errors.ts';
import './task.ts';
import { providerSchemaApi } from './provider-api.ts';
import './provider.ts';
import './webhook-deliveries.ts';
import './spend.ts';
import './media.ts';

// Each registered provider adds its task type, create input and mutation.
for (const p of PROVIDERS) p.schema(providerSchemaApi, p.descriptor);

export const schema = builder.toSchema({ sortSchema: true });
