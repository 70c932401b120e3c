import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import type DataLoader from 'dataloader';
import type { Logger } from '../log.ts';
import type { Task } from '../tasks/task.ts';
import type { TaskService } from '../tasks/service.ts';
import type { TaskEvents } from '../tasks/events.ts';

/** What every resolver gets: who is asking, the domain services, and a logger with the request id. */
export interface Context {
  /** The gateway client making the request (`local` in open mode). */
  client: { name: string };
  tasks: TaskService;
  events: TaskEvents;
  requestId: string;
  /** This request's task loader (batched, cached for the request only; never across subscription events). */
  loadTask: DataLoader<string, Task | null>;
  log: Logger;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: string; Output: string };
    URL: { Input: string; Output: string };
  };
}>({
  plugins: [ErrorsPlugin, DataloaderPlugin, RelayPlugin],
  defaultFieldNullability: false,
  errors: { defaultTypes: [] },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: { description: 'Any object with a global id, e.g. a task.' },
    nodeTypeOptions: { description: 'An object with a global id, readable again with `node(id)`.' },
    pageInfoTypeOptions: { description: 'Where a page of a list sits: whether more follow, and the cursor to ask for them.' },
    nodesQueryOptions: false,
  },
});

builder.queryType({ description: 'Read tasks, providers and prices.' });
builder.mutationType({ description: 'Start generations and refresh their state.' });
builder.subscriptionType({ description: 'Live task state, pushed on every change.' });
