import { builder } from './builder.ts';
import './scalars.ts';
import './enums.ts';
import './errors.ts';
import './task.ts';
import './flythrough.ts';
import './property-video.ts';
import './provider.ts';

export const schema = builder.toSchema({ sortSchema: true });
