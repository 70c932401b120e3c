import type { InputObjectRef, ObjectFieldBuilder, ObjectRef } from '@pothos/core';
import { createTask } from '../resolvers/create-task.ts';
import { ofKind } from '../resolvers/global-id.ts';
import type { ProviderId } from '../tasks/provider.ts';
import type { Task } from '../tasks/task.ts';
import { builder, type Context, type SchemaTypes } from './builder.ts';
import { enumOf } from './enums.ts';
import { CALLBACK_URL_DESCRIPTION, createResultOptions, IDEMPOTENCY_KEY_DESCRIPTION, PRIORITY_DESCRIPTION } from './errors.ts';
import { GenerationTask } from './task.ts';

/** An input of `estimateCost`: the field name and the create input it takes, with the provider it prices. */
interface EstimateField {
  name: string;
  input: InputObjectRef<SchemaTypes, unknown>;
  provider: ProviderId;
  description: string;
}

const estimateFields: EstimateField[] = [];

/** The fields of `EstimateCostInput`, one per provider, as the providers' schemas registered them. */
export function registeredEstimateFields(): readonly EstimateField[] {
  return estimateFields;
}

/**
 * What a provider's folder uses to add its part of the schema (its task type, its create input and
 * mutation, its enums): the builder and the shared pieces, handed over by `schema/index.ts` so that
 * a provider's schema module imports nothing from `schema/` at run time.
 */
export const providerSchemaApi = {
  builder,
  enumOf,

  /**
   * The task type of one provider's kind: a `GenerationTask` and a `Node` whose global id reads
   * only tasks of that kind.
   */
  taskNode<I>(
    name: string,
    options: {
      kind: string;
      description: string;
      fields: (t: ObjectFieldBuilder<SchemaTypes, Task<I>>) => Record<string, unknown>;
    },
  ): ObjectRef<SchemaTypes, Task<I>> {
    return builder.loadableNode(name, {
      description: options.description,
      interfaces: [GenerationTask],
      id: { resolve: (task: Task<I>) => task.id },
      isTypeOf: (value) => (value as Task).kind === options.kind,
      load: async (ids: string[], ctx: Context) =>
        (await ctx.loadTask.loadMany(ids)).map((t) => (t instanceof Error ? t : (ofKind(t, options.kind) as Task<I> | null))),
      // biome-ignore lint/suspicious/noExplicitAny: Pothos' field map type is internal; the fields are checked where they are written.
      fields: options.fields as any,
    }) as unknown as ObjectRef<SchemaTypes, Task<I>>;
  },

  /**
   * `Mutation.<name>(input, idempotencyKey, callbackUrl, priority)`: validates `input` against the provider's
   * rules (and `callbackUrl` against the outgoing-webhook rules) and creates a task, returning
   * `<result>` (the success type, or one of the create errors).
   */
  createMutation<I>(
    name: string,
    options: {
      provider: ProviderId;
      type: ObjectRef<SchemaTypes, Task<I>>;
      input: InputObjectRef<SchemaTypes, unknown>;
      inputDescription: string;
      description: string;
      result: { union: string; success: string; accepted: string };
    },
  ): void {
    builder.mutationField(name, (t) =>
      t.field({
        type: options.type as unknown as ObjectRef<SchemaTypes, Task>,
        description: options.description,
        errors: createResultOptions(options.result.union, options.result.success, options.result.accepted),
        args: {
          input: t.arg({ type: options.input, required: true, description: options.inputDescription }),
          idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
          callbackUrl: t.arg({ type: 'URL', required: false, description: CALLBACK_URL_DESCRIPTION }),
          priority: t.arg.int({ required: false, description: PRIORITY_DESCRIPTION }),
        },
        resolve: (_, { input, idempotencyKey, callbackUrl, priority }, ctx) => createTask(ctx, options.provider, input, idempotencyKey, callbackUrl, priority),
      }),
    );
  },

  /** Adds `<name>` to `EstimateCostInput` (a one-of): pricing a request to `provider`. */
  addEstimateField(field: EstimateField): void {
    estimateFields.push(field);
  },
};

export type ProviderSchemaApi = typeof providerSchemaApi;
