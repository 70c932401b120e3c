/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation CreateFlythroughVideo($input: CreateFlythroughVideoInput!, $idempotencyKey: String) {\n  createFlythroughVideo(input: $input, idempotencyKey: $idempotencyKey) {\n    __typename\n    ... on CreateFlythroughVideoSuccess {\n      task {\n        id\n        status\n        cost {\n          amount\n          unit\n          chargedWhen\n        }\n        photoUrl\n        style\n      }\n    }\n    ... on ValidationError {\n      message\n      violations {\n        path\n        code\n        message\n      }\n    }\n    ... on Error {\n      code\n      message\n    }\n  }\n}": typeof types.CreateFlythroughVideoDocument,
    "mutation CreatePropertyVideo($input: CreatePropertyVideoInput!, $idempotencyKey: String) {\n  createPropertyVideo(input: $input, idempotencyKey: $idempotencyKey) {\n    __typename\n    ... on CreatePropertyVideoSuccess {\n      task {\n        id\n        status\n        livemode\n        cost {\n          amount\n          unit\n          chargedWhen\n          charged\n        }\n        photos {\n          url\n          roomType\n        }\n        modificationMode\n      }\n    }\n    ... on ValidationError {\n      message\n      violations {\n        path\n        code\n        message\n      }\n    }\n    ... on ConcurrencyLimitError {\n      limit\n      inFlight\n    }\n    ... on InsufficientBalanceError {\n      required\n      balance\n    }\n    ... on Error {\n      code\n      message\n    }\n  }\n}": typeof types.CreatePropertyVideoDocument,
    "query Providers {\n  providers {\n    provider\n    mode\n    livemode\n    webhooks\n    samplePhotoUrls\n  }\n}": typeof types.ProvidersDocument,
    "mutation RedeliverWebhook($id: ID!) {\n  redeliverWebhook(id: $id) {\n    __typename\n    ... on RedeliverWebhookSuccess {\n      delivery {\n        id\n        webhookId\n        status\n        attempts\n        nextAttemptAt\n      }\n    }\n    ... on Error {\n      code\n      message\n    }\n  }\n}": typeof types.RedeliverWebhookDocument,
    "mutation RefreshTask($id: ID!) {\n  refreshTask(id: $id) {\n    __typename\n    ... on RefreshTaskSuccess {\n      task {\n        ...TaskFields\n      }\n    }\n    ... on Error {\n      code\n      message\n    }\n  }\n}": typeof types.RefreshTaskDocument,
    "query Task($id: ID!) {\n  task(id: $id) {\n    ...TaskFields\n  }\n}": typeof types.TaskDocument,
    "fragment TaskFields on GenerationTask {\n  id\n  __typename\n  provider\n  kind\n  status\n  livemode\n  progress {\n    fraction\n    estimated\n  }\n  queuePosition\n  estimatedCompletionAt\n  cost {\n    amount\n    unit\n    chargedWhen\n    refundedOnFailure\n    charged\n  }\n  video {\n    url\n    coverImageUrl\n    durationSeconds\n    resolution\n    expiresAt\n  }\n  error {\n    code\n    message\n    providerCode\n    retryable\n  }\n  createdAt\n  updatedAt\n  startedAt\n  completedAt\n  history {\n    status\n    source\n    at\n    detail\n  }\n}": typeof types.TaskFieldsFragmentDoc,
    "subscription TaskUpdates($id: ID!) {\n  task(id: $id) {\n    ...TaskFields\n  }\n}": typeof types.TaskUpdatesDocument,
    "query Tasks($first: Int, $after: String, $filter: TaskFilter) {\n  tasks(first: $first, after: $after, filter: $filter) {\n    edges {\n      cursor\n      node {\n        ...TaskFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.TasksDocument,
    "mutation UploadPhoto($file: File!) {\n  uploadPhoto(file: $file) {\n    __typename\n    ... on UploadPhotoSuccess {\n      photo {\n        id\n        url\n        expiresAt\n        contentType\n        width\n        height\n        byteSize\n      }\n    }\n    ... on ValidationError {\n      violations {\n        path\n        code\n        message\n      }\n    }\n    ... on Error {\n      code\n      message\n    }\n  }\n}": typeof types.UploadPhotoDocument,
    "query WebhookDeliveries($taskId: ID, $first: Int, $after: String) {\n  webhookDeliveries(taskId: $taskId, first: $first, after: $after) {\n    edges {\n      node {\n        id\n        webhookId\n        eventType\n        url\n        status\n        attempts\n        lastResponseStatus\n        lastError\n        lastAttemptAt\n        nextAttemptAt\n        createdAt\n        deliveredAt\n        task {\n          id\n          status\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.WebhookDeliveriesDocument,
};
const documents: Documents = {
    "mutation CreateFlythroughVideo($input: CreateFlythroughVideoInput!, $idempotencyKey: String) {\n  createFlythroughVideo(input: $input, idempotencyKey: $idempotencyKey) {\n    __typename\n    ... on CreateFlythroughVideoSuccess {\n      task {\n        id\n        status\n        cost {\n          amount\n          unit\n          chargedWhen\n        }\n        photoUrl\n        style\n      }\n    }\n    ... on ValidationError {\n      message\n      violations {\n        path\n        code\n        message\n      }\n    }\n    ... on Error {\n      code\n      message\n    }\n  }\n}": types.CreateFlythroughVideoDocument,
    "mutation CreatePropertyVideo($input: CreatePropertyVideoInput!, $idempotencyKey: String) {\n  createPropertyVideo(input: $input, idempotencyKey: $idempotencyKey) {\n    __typename\n    ... on CreatePropertyVideoSuccess {\n      task {\n        id\n        status\n        livemode\n        cost {\n          amount\n          unit\n          chargedWhen\n          charged\n        }\n        photos {\n          url\n          roomType\n        }\n        modificationMode\n      }\n    }\n    ... on ValidationError {\n      message\n      violations {\n        path\n        code\n        message\n      }\n    }\n    ... on ConcurrencyLimitError {\n      limit\n      inFlight\n    }\n    ... on InsufficientBalanceError {\n      required\n      balance\n    }\n    ... on Error {\n      code\n      message\n    }\n  }\n}": types.CreatePropertyVideoDocument,
    "query Providers {\n  providers {\n    provider\n    mode\n    livemode\n    webhooks\n    samplePhotoUrls\n  }\n}": types.ProvidersDocument,
    "mutation RedeliverWebhook($id: ID!) {\n  redeliverWebhook(id: $id) {\n    __typename\n    ... on RedeliverWebhookSuccess {\n      delivery {\n        id\n        webhookId\n        status\n        attempts\n        nextAttemptAt\n      }\n    }\n    ... on Error {\n      code\n      message\n    }\n  }\n}": types.RedeliverWebhookDocument,
    "mutation RefreshTask($id: ID!) {\n  refreshTask(id: $id) {\n    __typename\n    ... on RefreshTaskSuccess {\n      task {\n        ...TaskFields\n      }\n    }\n    ... on Error {\n      code\n      message\n    }\n  }\n}": types.RefreshTaskDocument,
    "query Task($id: ID!) {\n  task(id: $id) {\n    ...TaskFields\n  }\n}": types.TaskDocument,
    "fragment TaskFields on GenerationTask {\n  id\n  __typename\n  provider\n  kind\n  status\n  livemode\n  progress {\n    fraction\n    estimated\n  }\n  queuePosition\n  estimatedCompletionAt\n  cost {\n    amount\n    unit\n    chargedWhen\n    refundedOnFailure\n    charged\n  }\n  video {\n    url\n    coverImageUrl\n    durationSeconds\n    resolution\n    expiresAt\n  }\n  error {\n    code\n    message\n    providerCode\n    retryable\n  }\n  createdAt\n  updatedAt\n  startedAt\n  completedAt\n  history {\n    status\n    source\n    at\n    detail\n  }\n}": types.TaskFieldsFragmentDoc,
    "subscription TaskUpdates($id: ID!) {\n  task(id: $id) {\n    ...TaskFields\n  }\n}": types.TaskUpdatesDocument,
    "query Tasks($first: Int, $after: String, $filter: TaskFilter) {\n  tasks(first: $first, after: $after, filter: $filter) {\n    edges {\n      cursor\n      node {\n        ...TaskFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.TasksDocument,
    "mutation UploadPhoto($file: File!) {\n  uploadPhoto(file: $file) {\n    __typename\n    ... on UploadPhotoSuccess {\n      photo {\n        id\n        url\n        expiresAt\n        contentType\n        width\n        height\n        byteSize\n      }\n    }\n    ... on ValidationError {\n      violations {\n        path\n        code\n        message\n      }\n    }\n    ... on Error {\n      code\n      message\n    }\n  }\n}": types.UploadPhotoDocument,
    "query WebhookDeliveries($taskId: ID, $first: Int, $after: String) {\n  webhookDeliveries(taskId: $taskId, first: $first, after: $after) {\n    edges {\n      node {\n        id\n        webhookId\n        eventType\n        url\n        status\n        attempts\n        lastResponseStatus\n        lastError\n        lastAttemptAt\n        nextAttemptAt\n        createdAt\n        deliveredAt\n        task {\n          id\n          status\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.WebhookDeliveriesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateFlythroughVideo($input: CreateFlythroughVideoInput!, $idempotencyKey: String) {\n  createFlythroughVideo(input: $input, idempotencyKey: $idempotencyKey) {\n    __typename\n    ... on CreateFlythroughVideoSuccess {\n      task {\n        id\n        status\n        cost {\n          amount\n          unit\n          chargedWhen\n        }\n        photoUrl\n        style\n      }\n    }\n    ... on ValidationError {\n      message\n      violations {\n        path\n        code\n        message\n      }\n    }\n    ... on Error {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation CreateFlythroughVideo($input: CreateFlythroughVideoInput!, $idempotencyKey: String) {\n  createFlythroughVideo(input: $input, idempotencyKey: $idempotencyKey) {\n    __typename\n    ... on CreateFlythroughVideoSuccess {\n      task {\n        id\n        status\n        cost {\n          amount\n          unit\n          chargedWhen\n        }\n        photoUrl\n        style\n      }\n    }\n    ... on ValidationError {\n      message\n      violations {\n        path\n        code\n        message\n      }\n    }\n    ... on Error {\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePropertyVideo($input: CreatePropertyVideoInput!, $idempotencyKey: String) {\n  createPropertyVideo(input: $input, idempotencyKey: $idempotencyKey) {\n    __typename\n    ... on CreatePropertyVideoSuccess {\n      task {\n        id\n        status\n        livemode\n        cost {\n          amount\n          unit\n          chargedWhen\n          charged\n        }\n        photos {\n          url\n          roomType\n        }\n        modificationMode\n      }\n    }\n    ... on ValidationError {\n      message\n      violations {\n        path\n        code\n        message\n      }\n    }\n    ... on ConcurrencyLimitError {\n      limit\n      inFlight\n    }\n    ... on InsufficientBalanceError {\n      required\n      balance\n    }\n    ... on Error {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation CreatePropertyVideo($input: CreatePropertyVideoInput!, $idempotencyKey: String) {\n  createPropertyVideo(input: $input, idempotencyKey: $idempotencyKey) {\n    __typename\n    ... on CreatePropertyVideoSuccess {\n      task {\n        id\n        status\n        livemode\n        cost {\n          amount\n          unit\n          chargedWhen\n          charged\n        }\n        photos {\n          url\n          roomType\n        }\n        modificationMode\n      }\n    }\n    ... on ValidationError {\n      message\n      violations {\n        path\n        code\n        message\n      }\n    }\n    ... on ConcurrencyLimitError {\n      limit\n      inFlight\n    }\n    ... on InsufficientBalanceError {\n      required\n      balance\n    }\n    ... on Error {\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Providers {\n  providers {\n    provider\n    mode\n    livemode\n    webhooks\n    samplePhotoUrls\n  }\n}"): (typeof documents)["query Providers {\n  providers {\n    provider\n    mode\n    livemode\n    webhooks\n    samplePhotoUrls\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RedeliverWebhook($id: ID!) {\n  redeliverWebhook(id: $id) {\n    __typename\n    ... on RedeliverWebhookSuccess {\n      delivery {\n        id\n        webhookId\n        status\n        attempts\n        nextAttemptAt\n      }\n    }\n    ... on Error {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation RedeliverWebhook($id: ID!) {\n  redeliverWebhook(id: $id) {\n    __typename\n    ... on RedeliverWebhookSuccess {\n      delivery {\n        id\n        webhookId\n        status\n        attempts\n        nextAttemptAt\n      }\n    }\n    ... on Error {\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefreshTask($id: ID!) {\n  refreshTask(id: $id) {\n    __typename\n    ... on RefreshTaskSuccess {\n      task {\n        ...TaskFields\n      }\n    }\n    ... on Error {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation RefreshTask($id: ID!) {\n  refreshTask(id: $id) {\n    __typename\n    ... on RefreshTaskSuccess {\n      task {\n        ...TaskFields\n      }\n    }\n    ... on Error {\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Task($id: ID!) {\n  task(id: $id) {\n    ...TaskFields\n  }\n}"): (typeof documents)["query Task($id: ID!) {\n  task(id: $id) {\n    ...TaskFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TaskFields on GenerationTask {\n  id\n  __typename\n  provider\n  kind\n  status\n  livemode\n  progress {\n    fraction\n    estimated\n  }\n  queuePosition\n  estimatedCompletionAt\n  cost {\n    amount\n    unit\n    chargedWhen\n    refundedOnFailure\n    charged\n  }\n  video {\n    url\n    coverImageUrl\n    durationSeconds\n    resolution\n    expiresAt\n  }\n  error {\n    code\n    message\n    providerCode\n    retryable\n  }\n  createdAt\n  updatedAt\n  startedAt\n  completedAt\n  history {\n    status\n    source\n    at\n    detail\n  }\n}"): (typeof documents)["fragment TaskFields on GenerationTask {\n  id\n  __typename\n  provider\n  kind\n  status\n  livemode\n  progress {\n    fraction\n    estimated\n  }\n  queuePosition\n  estimatedCompletionAt\n  cost {\n    amount\n    unit\n    chargedWhen\n    refundedOnFailure\n    charged\n  }\n  video {\n    url\n    coverImageUrl\n    durationSeconds\n    resolution\n    expiresAt\n  }\n  error {\n    code\n    message\n    providerCode\n    retryable\n  }\n  createdAt\n  updatedAt\n  startedAt\n  completedAt\n  history {\n    status\n    source\n    at\n    detail\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription TaskUpdates($id: ID!) {\n  task(id: $id) {\n    ...TaskFields\n  }\n}"): (typeof documents)["subscription TaskUpdates($id: ID!) {\n  task(id: $id) {\n    ...TaskFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Tasks($first: Int, $after: String, $filter: TaskFilter) {\n  tasks(first: $first, after: $after, filter: $filter) {\n    edges {\n      cursor\n      node {\n        ...TaskFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query Tasks($first: Int, $after: String, $filter: TaskFilter) {\n  tasks(first: $first, after: $after, filter: $filter) {\n    edges {\n      cursor\n      node {\n        ...TaskFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UploadPhoto($file: File!) {\n  uploadPhoto(file: $file) {\n    __typename\n    ... on UploadPhotoSuccess {\n      photo {\n        id\n        url\n        expiresAt\n        contentType\n        width\n        height\n        byteSize\n      }\n    }\n    ... on ValidationError {\n      violations {\n        path\n        code\n        message\n      }\n    }\n    ... on Error {\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation UploadPhoto($file: File!) {\n  uploadPhoto(file: $file) {\n    __typename\n    ... on UploadPhotoSuccess {\n      photo {\n        id\n        url\n        expiresAt\n        contentType\n        width\n        height\n        byteSize\n      }\n    }\n    ... on ValidationError {\n      violations {\n        path\n        code\n        message\n      }\n    }\n    ... on Error {\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhookDeliveries($taskId: ID, $first: Int, $after: String) {\n  webhookDeliveries(taskId: $taskId, first: $first, after: $after) {\n    edges {\n      node {\n        id\n        webhookId\n        eventType\n        url\n        status\n        attempts\n        lastResponseStatus\n        lastError\n        lastAttemptAt\n        nextAttemptAt\n        createdAt\n        deliveredAt\n        task {\n          id\n          status\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query WebhookDeliveries($taskId: ID, $first: Int, $after: String) {\n  webhookDeliveries(taskId: $taskId, first: $first, after: $after) {\n    edges {\n      node {\n        id\n        webhookId\n        eventType\n        url\n        status\n        attempts\n        lastResponseStatus\n        lastError\n        lastAttemptAt\n        nextAttemptAt\n        createdAt\n        deliveredAt\n        task {\n          id\n          status\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;