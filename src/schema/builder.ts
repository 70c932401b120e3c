import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from '../resolvers/context.ts';

export type { Context };

interface UserTypes {
  Context: Context;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: string; Output: string };
    URL: { Input: string; Output: string };
    File: { Input: File; Output: never };
  };
}

/** The schema's types as Pothos sees them, for refs passed between modules. */
export type SchemaTypes = PothosSchemaTypes.ExtendDefaultTypes<UserTypes>;

export const builder = new SchemaBuilder<UserTypes>({
  plugins: [ErrorsPlugin, DataloaderPlugin, RelayPlugin],
  defaultFieldNullability: false,
  errors: { defaultTypes: [] },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: {
      description: 'Any object with a global id, e.g. a task; null when there is none for you.',
      args: { id: { description: 'A global id, as read from an `id` field.' } },
    },
    nodeTypeOptions: { description: 'An object with a global id, readable again with `node(id)`.' },
    idFieldOptions: { description: 'Global id: opaque and stable; pass it to `node(id)`, `task(id)`, `refreshTask(id)` or `Subscription.task(id)`.' },
    pageInfoTypeOptions: { description: 'Where a page of a list sits: whether more follow, and the cursor to ask for them.' },
    hasNextPageFieldOptions: { description: 'Whether more items follow this page: ask again with `after: endCursor`.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page: true when it was read with `after`.' },
    startCursorFieldOptions: {
      description: 'The cursor of the first item on this page. On an empty page, the `after` that was sent (an empty string if none).',
    },
    endCursorFieldOptions: {
      description:
        'The cursor of the last item on this page: pass it as `after` for the next page. On an empty page, the `after` that was sent (an empty string if none).',
    },
    edgesFieldOptions: { description: 'The items of this page, each with its cursor, in list order.' },
    pageInfoFieldOptions: { description: 'Whether more items follow, and the cursor to ask for them.' },
    cursorFieldOptions: { description: 'Opaque position of this item in the list: pass it as `after` to read the items after it.' },
    nodeFieldOptions: { description: 'The item itself.' },
    firstArgOptions: { description: 'How many items to return: 0 to 100, default 20. A value outside is rejected with BAD_USER_INPUT.' },
    afterArgOptions: {
      description: 'Return the items after this cursor (an `endCursor` or `cursor` from an earlier page of the same list); omit for the first page.',
    },
    lastArgOptions: { description: 'Not supported: lists page forward only, so any value is rejected with BAD_USER_INPUT. Use `first`.' },
    beforeArgOptions: { description: 'Not supported: lists page forward only, so any value is rejected with BAD_USER_INPUT. Use `after`.' },
    nodesQueryOptions: false,
  },
});

builder.queryType({ description: 'Read tasks, providers, prices and the webhook log.' });
builder.mutationType({ description: 'Start generations, refresh their state, redeliver webhooks.' });
builder.subscriptionType({ description: 'Live task state, pushed on every change.' });
