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
    "\n  mutation ApolloCreateFlythrough($input: CreateFlythroughVideoInput!) {\n    createFlythroughVideo(input: $input) {\n      __typename\n      ... on CreateFlythroughVideoSuccess { task { id status } }\n      ... on Error { code message }\n    }\n  }\n": typeof types.ApolloCreateFlythroughDocument,
    "\n  query ErrorsReadQueued($id: ID!) {\n    task(id: $id) { status queuePosition submittedAt history { status source detail } }\n  }\n": typeof types.ErrorsReadQueuedDocument,
    "\n  mutation ErrorsCancel($id: ID!) {\n    cancelTask(id: $id) { __typename ... on CancelTaskSuccess { task { status } } ... on Error { code } }\n  }\n": typeof types.ErrorsCancelDocument,
    "\n  query ErrorsReadFailed($id: ID!) {\n    task(id: $id) { status error { code retryable } history { status source detail } }\n  }\n": typeof types.ErrorsReadFailedDocument,
    "\n  fragment ApiTaskFields on GenerationTask {\n    id __typename provider kind status livemode\n    progress { fraction estimated }\n    cost { amount unit chargedWhen refundedOnFailure charged }\n    video { url coverImageUrl durationSeconds resolution expiresAt }\n    error { code message providerCode retryable }\n    createdAt updatedAt completedAt\n    history { status source at detail }\n  }\n": typeof types.ApiTaskFieldsFragmentDoc,
    "\n  mutation ApiCreateProperty($input: CreatePropertyVideoInput!, $key: String) {\n    createPropertyVideo(input: $input, idempotencyKey: $key) {\n      __typename\n      ... on CreatePropertyVideoSuccess { task { ...ApiTaskFields } }\n      ... on Error { code message }\n      ... on ValidationError { violations { path code message } }\n      ... on InsufficientBalanceError { provider required balance }\n      ... on ConcurrencyLimitError { provider limit inFlight }\n      ... on ProviderUnavailableError { provider retryAfterSeconds }\n      ... on ProviderRejectedError { provider providerCode }\n      ... on IdempotencyKeyReusedError { idempotencyKey }\n    }\n  }\n": typeof types.ApiCreatePropertyDocument,
    "\n  mutation ApiCreateFlythrough($input: CreateFlythroughVideoInput!, $key: String) {\n    createFlythroughVideo(input: $input, idempotencyKey: $key) {\n      __typename\n      ... on CreateFlythroughVideoSuccess { task { ...ApiTaskFields } }\n      ... on Error { code message }\n      ... on ValidationError { violations { path code message } }\n      ... on InsufficientBalanceError { provider required balance }\n      ... on ConcurrencyLimitError { provider limit inFlight }\n      ... on ProviderUnavailableError { provider retryAfterSeconds }\n      ... on ProviderRejectedError { provider providerCode }\n      ... on IdempotencyKeyReusedError { idempotencyKey }\n    }\n  }\n": typeof types.ApiCreateFlythroughDocument,
    "\n  query ApiTask($id: ID!) {\n    task(id: $id) { ...ApiTaskFields }\n  }\n": typeof types.ApiTaskDocument,
    "\n  query ApiNode($id: ID!) {\n    node(id: $id) { __typename id ... on GenerationTask { ...ApiTaskFields } }\n  }\n": typeof types.ApiNodeDocument,
    "\n  query ApiTasks($first: Int, $after: String, $filter: TaskFilter) {\n    tasks(first: $first, after: $after, filter: $filter) {\n      edges { cursor node { ...ApiTaskFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ApiTasksDocument,
    "\n  mutation ApiRefresh($id: ID!) {\n    refreshTask(id: $id) {\n      __typename\n      ... on RefreshTaskSuccess { task { id status } }\n      ... on TaskNotFoundError { id code message }\n    }\n  }\n": typeof types.ApiRefreshDocument,
    "\n  query MutationsFlythroughFields($id: ID!) {\n    task(id: $id) { ... on FlythroughVideoTask { photoUrl style prompt } }\n  }\n": typeof types.MutationsFlythroughFieldsDocument,
    "\n  query MutationsPropertyFields($id: ID!) {\n    task(id: $id) { ... on PropertyVideoTask { photos { url } voice { voiceId language } script modificationMode testScenario } }\n  }\n": typeof types.MutationsPropertyFieldsDocument,
    "\n  query MutationsTaskAndNode($id: ID!) {\n    task(id: $id) { id }\n    node(id: $id) { id }\n  }\n": typeof types.MutationsTaskAndNodeDocument,
    "\n  query ProvidersModes {\n    providers { provider mode livemode webhooks }\n  }\n": typeof types.ProvidersModesDocument,
    "\n  query ProvidersEstimate($i: EstimateCostInput!) {\n    estimateCost(input: $i) { amount unit chargedWhen refundedOnFailure charged }\n  }\n": typeof types.ProvidersEstimateDocument,
    "\n  mutation ProvidersCreatePriced($i: CreatePropertyVideoInput!) {\n    createPropertyVideo(input: $i) {\n      __typename\n      ... on CreatePropertyVideoSuccess { task { cost { amount unit chargedWhen refundedOnFailure } } }\n    }\n  }\n": typeof types.ProvidersCreatePricedDocument,
    "\n  query SecretsProviders {\n    providers { provider mode livemode webhooks }\n  }\n": typeof types.SecretsProvidersDocument,
    "\n  query SecretsProviderNames {\n    providers { provider }\n  }\n": typeof types.SecretsProviderNamesDocument,
    "\n  query SecretsEstimate($i: EstimateCostInput!) {\n    estimateCost(input: $i) { amount unit }\n  }\n": typeof types.SecretsEstimateDocument,
    "\n  query SecretsTooManyTasks($first: Int) {\n    tasks(first: $first) { edges { cursor } }\n  }\n": typeof types.SecretsTooManyTasksDocument,
    "\n  subscription SecretsWatch($id: ID!) {\n    task(id: $id) { id status video { url } error { message } }\n  }\n": typeof types.SecretsWatchDocument,
    "\n  mutation TenancyCreateFlythrough($i: CreateFlythroughVideoInput!) {\n    createFlythroughVideo(input: $i) { __typename }\n  }\n": typeof types.TenancyCreateFlythroughDocument,
    "\n  query TenancyProviderNames {\n    providers { provider }\n  }\n": typeof types.TenancyProviderNamesDocument,
    "\n  subscription TenancyTaskId($id: ID!) {\n    task(id: $id) { id }\n  }\n": typeof types.TenancyTaskIdDocument,
    "\n  subscription TenancyTaskStatus($id: ID!) {\n    task(id: $id) { id status }\n  }\n": typeof types.TenancyTaskStatusDocument,
    "\n  subscription TenancyTasksStatus {\n    tasks { id status }\n  }\n": typeof types.TenancyTasksStatusDocument,
    "\n  mutation EdgeRefresh($id: ID!) {\n    refreshTask(id: $id) { __typename ... on Error { code } }\n  }\n": typeof types.EdgeRefreshDocument,
    "\n  query EdgeRead($id: ID!) {\n    task(id: $id) { id }\n  }\n": typeof types.EdgeReadDocument,
    "\n  mutation EdgeCreateFlythrough($i: CreateFlythroughVideoInput!) {\n    createFlythroughVideo(input: $i) { __typename ... on ValidationError { code violations { path code } } }\n  }\n": typeof types.EdgeCreateFlythroughDocument,
    "\n  mutation EdgeCreateProperty($i: CreatePropertyVideoInput!) {\n    createPropertyVideo(input: $i) { __typename ... on ValidationError { violations { path code } } }\n  }\n": typeof types.EdgeCreatePropertyDocument,
    "\n  mutation PhotoChecksProperty($i: CreatePropertyVideoInput!) {\n    createPropertyVideo(input: $i) { __typename ... on ValidationError { violations { path code message } } }\n  }\n": typeof types.PhotoChecksPropertyDocument,
    "\n  mutation PhotoChecksFlythrough($i: CreateFlythroughVideoInput!) {\n    createFlythroughVideo(input: $i) { __typename ... on ValidationError { violations { path code message } } }\n  }\n": typeof types.PhotoChecksFlythroughDocument,
    "\n  mutation RateLimitsCreate($input: CreateFlythroughVideoInput!, $key: String) {\n    createFlythroughVideo(input: $input, idempotencyKey: $key) {\n      __typename\n      ... on CreateFlythroughVideoSuccess { task { id } }\n      ... on RateLimitedError { code message retryAfterSeconds limitPerMinute burst }\n    }\n  }\n": typeof types.RateLimitsCreateDocument,
    "\n  subscription RateLimitsTasks($f: TaskFilter) {\n    tasks(filter: $f) { id }\n  }\n": typeof types.RateLimitsTasksDocument,
    "\n  mutation RobustnessCreate($i: CreatePropertyVideoInput!) {\n    createPropertyVideo(input: $i) { __typename ... on CreatePropertyVideoSuccess { task { id } } }\n  }\n": typeof types.RobustnessCreateDocument,
    "\n  mutation RobustnessRefresh($id: ID!) {\n    refreshTask(id: $id) { __typename ... on Error { code message } ... on ProviderUnavailableError { retryAfterSeconds } }\n  }\n": typeof types.RobustnessRefreshDocument,
    "\n  subscription RobustnessStatus($id: ID!) {\n    task(id: $id) { status }\n  }\n": typeof types.RobustnessStatusDocument,
    "\n  query RobustnessFirstTask {\n    tasks(first: 1) { edges { node { id } } }\n  }\n": typeof types.RobustnessFirstTaskDocument,
    "\n  query RobustnessProviderNames {\n    providers { provider }\n  }\n": typeof types.RobustnessProviderNamesDocument,
    "\n  mutation SmokeCreate($i: CreatePropertyVideoInput!) {\n    createPropertyVideo(input: $i) { __typename ... on CreatePropertyVideoSuccess { task { id status } } }\n  }\n": typeof types.SmokeCreateDocument,
    "\n  query SmokeRead($id: ID!) {\n    task(id: $id) { status video { url providerUrl } }\n  }\n": typeof types.SmokeReadDocument,
    "\n  query GraphiqlListed {\n    tasks(first: 10) { edges { node { __typename status } } }\n  }\n": typeof types.GraphiqlListedDocument,
    "\n  mutation DeadlineRefresh($id: ID!) {\n    refreshTask(id: $id) { __typename }\n  }\n": typeof types.DeadlineRefreshDocument,
    "\n  fragment LiveTaskFields on GenerationTask {\n    id\n    status\n    updatedAt\n    completedAt\n    queuePosition\n    progress { fraction estimated }\n    video { url providerUrl }\n    error { code message providerCode retryable }\n    history { status source at detail }\n  }\n": typeof types.LiveTaskFieldsFragmentDoc,
    "\n  subscription Live($id: ID!) {\n    task(id: $id) { ...LiveTaskFields }\n  }\n": typeof types.LiveDocument,
    "\n  subscription Mine($filter: TaskFilter) {\n    tasks(filter: $filter) { ...LiveTaskFields }\n  }\n": typeof types.MineDocument,
    "\n  query One($id: ID!) {\n    task(id: $id) { ...LiveTaskFields }\n  }\n": typeof types.OneDocument,
    "\n  mutation LiveCreatePropertyVideo($i: CreatePropertyVideoInput!) {\n    createPropertyVideo(input: $i) {\n      __typename\n      ... on CreatePropertyVideoSuccess { task { id status } }\n      ... on Error { code message }\n    }\n  }\n": typeof types.LiveCreatePropertyVideoDocument,
    "\n  mutation LiveCreateFlythroughVideo($i: CreateFlythroughVideoInput!) {\n    createFlythroughVideo(input: $i) {\n      __typename\n      ... on CreateFlythroughVideoSuccess { task { id status } }\n      ... on Error { code message }\n    }\n  }\n": typeof types.LiveCreateFlythroughVideoDocument,
    "\n  subscription ProgressCadence($id: ID!) {\n    task(id: $id) { status progress { fraction estimated } }\n  }\n": typeof types.ProgressCadenceDocument,
    "\n  fragment ResumeSeen on GenerationTask { id status version updatedAt }\n": typeof types.ResumeSeenFragmentDoc,
    "\n  query ResumeRead($id: ID!) {\n    task(id: $id) { ...ResumeSeen }\n  }\n": typeof types.ResumeReadDocument,
    "\n  subscription ResumeTask($id: ID!, $after: Int) {\n    task(id: $id, afterVersion: $after) { ...ResumeSeen }\n  }\n": typeof types.ResumeTaskDocument,
    "\n  subscription ResumeTasks($since: DateTime) {\n    tasks(since: $since) { ...ResumeSeen }\n  }\n": typeof types.ResumeTasksDocument,
    "\n  subscription SharedWithSpread($id: ID!) { ...SharedRoot }\n  fragment SharedRoot on Subscription { task(id: $id) { id status updatedAt } }\n": typeof types.SharedWithSpreadDocument,
    "\n  subscription SharedWithInline($id: ID!) {\n    ... on Subscription { task(id: $id) { id status updatedAt } }\n  }\n": typeof types.SharedWithInlineDocument,
    "\n  mutation SubmitCrashCreate($input: CreateFlythroughVideoInput!, $key: String) {\n    createFlythroughVideo(input: $input, idempotencyKey: $key) {\n      __typename\n      ... on CreateFlythroughVideoSuccess { task { id status error { code retryable } } }\n      ... on Error { code message }\n    }\n  }\n": typeof types.SubmitCrashCreateDocument,
    "\n  query SubmitCrashRead($id: ID!) {\n    task(id: $id) { status error { code retryable } history { status source detail } video { url } }\n  }\n": typeof types.SubmitCrashReadDocument,
    "\n  subscription UnsubscribeMine {\n    tasks { id status }\n  }\n": typeof types.UnsubscribeMineDocument,
    "\n  mutation MediaTestUploadForVideo($file: File!) {\n    uploadPhoto(file: $file) { __typename ... on UploadPhotoSuccess { photo { url } } ... on Error { code message } }\n  }\n": typeof types.MediaTestUploadForVideoDocument,
    "\n  subscription MediaTestWatch($id: ID!) {\n    task(id: $id) { id status video { url coverImageUrl providerUrl providerCoverImageUrl expiresAt providerExpiresAt } }\n  }\n": typeof types.MediaTestWatchDocument,
    "\n  query MediaTestTask($id: ID!) {\n    task(id: $id) {\n      status\n      video { url coverImageUrl providerUrl providerCoverImageUrl expiresAt providerExpiresAt copy { status attempts lastError copiedAt byteSize } }\n    }\n  }\n": typeof types.MediaTestTaskDocument,
    "\n  mutation MediaTestUpload($file: File!) {\n    uploadPhoto(file: $file) {\n      __typename\n      ... on UploadPhotoSuccess { photo { id url expiresAt contentType width height byteSize sha256 createdAt } }\n      ... on ValidationError { violations { path code message } }\n      ... on Error { code message }\n    }\n  }\n": typeof types.MediaTestUploadDocument,
    "\n  query MediaTestPhoto($id: ID!) {\n    photo(id: $id) { id url contentType width height }\n    node(id: $id) { id ... on Photo { byteSize } }\n  }\n": typeof types.MediaTestPhotoDocument,
    "\n  mutation QueueCreate($input: CreatePropertyVideoInput!, $priority: Int) {\n    createPropertyVideo(input: $input, priority: $priority) {\n      __typename\n      ... on CreatePropertyVideoSuccess { task { id status queuePosition submittedAt } }\n      ... on BudgetExceededError { code unit period limit spent reserved remaining requested resetsAt message }\n      ... on Error { code message }\n    }\n  }\n": typeof types.QueueCreateDocument,
    "\n  mutation QueueCreateFlythrough($input: CreateFlythroughVideoInput!) {\n    createFlythroughVideo(input: $input) {\n      __typename\n      ... on CreateFlythroughVideoSuccess { task { id status } }\n      ... on BudgetExceededError { remaining reserved requested }\n      ... on Error { code }\n    }\n  }\n": typeof types.QueueCreateFlythroughDocument,
    "\n  query QueueRead($id: ID!) {\n    task(id: $id) {\n      status queuePosition createdAt submittedAt completedAt\n      video { url }\n      cost { amount charged }\n      history { status source detail at }\n    }\n  }\n": typeof types.QueueReadDocument,
    "\n  mutation QueueCancel($id: ID!) {\n    cancelTask(id: $id) {\n      __typename\n      ... on CancelTaskSuccess { task { status completedAt history { status source } } }\n      ... on TaskNotCancellableError { reason message task { status } }\n      ... on Error { code }\n    }\n  }\n": typeof types.QueueCancelDocument,
    "\n  query QueueUsage($from: DateTime!, $to: DateTime!, $groupBy: [UsageGroup!]) {\n    usage(from: $from, to: $to, groupBy: $groupBy) {\n      rows { provider unit day amount charges }\n      totals { unit amount charges }\n    }\n  }\n": typeof types.QueueUsageDocument,
    "\n  query QueueBudgets {\n    budgets { unit period limit spent reserved remaining resetsAt }\n  }\n": typeof types.QueueBudgetsDocument,
    "\n  mutation ReplicasRefresh($id: ID!) {\n    refreshTask(id: $id) { __typename ... on RefreshTaskSuccess { task { status } } }\n  }\n": typeof types.ReplicasRefreshDocument,
    "\n  mutation WhCreateProperty($input: CreatePropertyVideoInput!, $callbackUrl: URL, $key: String) {\n    createPropertyVideo(input: $input, callbackUrl: $callbackUrl, idempotencyKey: $key) {\n      __typename\n      ... on CreatePropertyVideoSuccess { task { id status callbackUrl } }\n      ... on ValidationError { violations { path code message } }\n      ... on Error { code message }\n    }\n  }\n": typeof types.WhCreatePropertyDocument,
    "\n  query WhDeliveries($taskId: ID, $first: Int, $after: String) {\n    webhookDeliveries(taskId: $taskId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id webhookId eventType url payload status attempts lastResponseStatus lastError\n          lastAttemptAt nextAttemptAt createdAt deliveredAt\n          task { id status }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.WhDeliveriesDocument,
    "\n  mutation WhRedeliver($id: ID!) {\n    redeliverWebhook(id: $id) {\n      __typename\n      ... on RedeliverWebhookSuccess { delivery { id webhookId status attempts nextAttemptAt } }\n      ... on WebhookDeliveryNotFoundError { id code message }\n    }\n  }\n": typeof types.WhRedeliverDocument,
    "\n  query WhNode($id: ID!) {\n    node(id: $id) { __typename id ... on WebhookDelivery { status attempts } }\n  }\n": typeof types.WhNodeDocument,
    "\n  mutation WhReplicaCreate($input: CreatePropertyVideoInput!) {\n    createPropertyVideo(input: $input) {\n      __typename\n      ... on CreatePropertyVideoSuccess { task { id } }\n    }\n  }\n": typeof types.WhReplicaCreateDocument,
    "\n  query WhRestartDeliveries {\n    webhookDeliveries(first: 100) {\n      edges { node { id webhookId eventType status attempts lastResponseStatus nextAttemptAt payload } }\n    }\n  }\n": typeof types.WhRestartDeliveriesDocument,
};
const documents: Documents = {
    "\n  mutation ApolloCreateFlythrough($input: CreateFlythroughVideoInput!) {\n    createFlythroughVideo(input: $input) {\n      __typename\n      ... on CreateFlythroughVideoSuccess { task { id status } }\n      ... on Error { code message }\n    }\n  }\n": types.ApolloCreateFlythroughDocument,
    "\n  query ErrorsReadQueued($id: ID!) {\n    task(id: $id) { status queuePosition submittedAt history { status source detail } }\n  }\n": types.ErrorsReadQueuedDocument,
    "\n  mutation ErrorsCancel($id: ID!) {\n    cancelTask(id: $id) { __typename ... on CancelTaskSuccess { task { status } } ... on Error { code } }\n  }\n": types.ErrorsCancelDocument,
    "\n  query ErrorsReadFailed($id: ID!) {\n    task(id: $id) { status error { code retryable } history { status source detail } }\n  }\n": types.ErrorsReadFailedDocument,
    "\n  fragment ApiTaskFields on GenerationTask {\n    id __typename provider kind status livemode\n    progress { fraction estimated }\n    cost { amount unit chargedWhen refundedOnFailure charged }\n    video { url coverImageUrl durationSeconds resolution expiresAt }\n    error { code message providerCode retryable }\n    createdAt updatedAt completedAt\n    history { status source at detail }\n  }\n": types.ApiTaskFieldsFragmentDoc,
    "\n  mutation ApiCreateProperty($input: CreatePropertyVideoInput!, $key: String) {\n    createPropertyVideo(input: $input, idempotencyKey: $key) {\n      __typename\n      ... on CreatePropertyVideoSuccess { task { ...ApiTaskFields } }\n      ... on Error { code message }\n      ... on ValidationError { violations { path code message } }\n      ... on InsufficientBalanceError { provider required balance }\n      ... on ConcurrencyLimitError { provider limit inFlight }\n      ... on ProviderUnavailableError { provider retryAfterSeconds }\n      ... on ProviderRejectedError { provider providerCode }\n      ... on IdempotencyKeyReusedError { idempotencyKey }\n    }\n  }\n": types.ApiCreatePropertyDocument,
    "\n  mutation ApiCreateFlythrough($input: CreateFlythroughVideoInput!, $key: String) {\n    createFlythroughVideo(input: $input, idempotencyKey: $key) {\n      __typename\n      ... on CreateFlythroughVideoSuccess { task { ...ApiTaskFields } }\n      ... on Error { code message }\n      ... on ValidationError { violations { path code message } }\n      ... on InsufficientBalanceError { provider required balance }\n      ... on ConcurrencyLimitError { provider limit inFlight }\n      ... on ProviderUnavailableError { provider retryAfterSeconds }\n      ... on ProviderRejectedError { provider providerCode }\n      ... on IdempotencyKeyReusedError { idempotencyKey }\n    }\n  }\n": types.ApiCreateFlythroughDocument,
    "\n  query ApiTask($id: ID!) {\n    task(id: $id) { ...ApiTaskFields }\n  }\n": types.ApiTaskDocument,
    "\n  query ApiNode($id: ID!) {\n    node(id: $id) { __typename id ... on GenerationTask { ...ApiTaskFields } }\n  }\n": types.ApiNodeDocument,
    "\n  query ApiTasks($first: Int, $after: String, $filter: TaskFilter) {\n    tasks(first: $first, after: $after, filter: $filter) {\n      edges { cursor node { ...ApiTaskFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ApiTasksDocument,
    "\n  mutation ApiRefresh($id: ID!) {\n    refreshTask(id: $id) {\n      __typename\n      ... on RefreshTaskSuccess { task { id status } }\n      ... on TaskNotFoundError { id code message }\n    }\n  }\n": types.ApiRefreshDocument,
    "\n  query MutationsFlythroughFields($id: ID!) {\n    task(id: $id) { ... on FlythroughVideoTask { photoUrl style prompt } }\n  }\n": types.MutationsFlythroughFieldsDocument,
    "\n  query MutationsPropertyFields($id: ID!) {\n    task(id: $id) { ... on PropertyVideoTask { photos { url } voice { voiceId language } script modificationMode testScenario } }\n  }\n": types.MutationsPropertyFieldsDocument,
    "\n  query MutationsTaskAndNode($id: ID!) {\n    task(id: $id) { id }\n    node(id: $id) { id }\n  }\n": types.MutationsTaskAndNodeDocument,
    "\n  query ProvidersModes {\n    providers { provider mode livemode webhooks }\n  }\n": types.ProvidersModesDocument,
    "\n  query ProvidersEstimate($i: EstimateCostInput!) {\n    estimateCost(input: $i) { amount unit chargedWhen refundedOnFailure charged }\n  }\n": types.ProvidersEstimateDocument,
    "\n  mutation ProvidersCreatePriced($i: CreatePropertyVideoInput!) {\n    createPropertyVideo(input: $i) {\n      __typename\n      ... on CreatePropertyVideoSuccess { task { cost { amount unit chargedWhen refundedOnFailure } } }\n    }\n  }\n": types.ProvidersCreatePricedDocument,
    "\n  query SecretsProviders {\n    providers { provider mode livemode webhooks }\n  }\n": types.SecretsProvidersDocument,
    "\n  query SecretsProviderNames {\n    providers { provider }\n  }\n": types.SecretsProviderNamesDocument,
    "\n  query SecretsEstimate($i: EstimateCostInput!) {\n    estimateCost(input: $i) { amount unit }\n  }\n": types.SecretsEstimateDocument,
    "\n  query SecretsTooManyTasks($first: Int) {\n    tasks(first: $first) { edges { cursor } }\n  }\n": types.SecretsTooManyTasksDocument,
    "\n  subscription SecretsWatch($id: ID!) {\n    task(id: $id) { id status video { url } error { message } }\n  }\n": types.SecretsWatchDocument,
    "\n  mutation TenancyCreateFlythrough($i: CreateFlythroughVideoInput!) {\n    createFlythroughVideo(input: $i) { __typename }\n  }\n": types.TenancyCreateFlythroughDocument,
    "\n  query TenancyProviderNames {\n    providers { provider }\n  }\n": types.TenancyProviderNamesDocument,
    "\n  subscription TenancyTaskId($id: ID!) {\n    task(id: $id) { id }\n  }\n": types.TenancyTaskIdDocument,
    "\n  subscription TenancyTaskStatus($id: ID!) {\n    task(id: $id) { id status }\n  }\n": types.TenancyTaskStatusDocument,
    "\n  subscription TenancyTasksStatus {\n    tasks { id status }\n  }\n": types.TenancyTasksStatusDocument,
    "\n  mutation EdgeRefresh($id: ID!) {\n    refreshTask(id: $id) { __typename ... on Error { code } }\n  }\n": types.EdgeRefreshDocument,
    "\n  query EdgeRead($id: ID!) {\n    task(id: $id) { id }\n  }\n": types.EdgeReadDocument,
    "\n  mutation EdgeCreateFlythrough($i: CreateFlythroughVideoInput!) {\n    createFlythroughVideo(input: $i) { __typename ... on ValidationError { code violations { path code } } }\n  }\n": types.EdgeCreateFlythroughDocument,
    "\n  mutation EdgeCreateProperty($i: CreatePropertyVideoInput!) {\n    createPropertyVideo(input: $i) { __typename ... on ValidationError { violations { path code } } }\n  }\n": types.EdgeCreatePropertyDocument,
    "\n  mutation PhotoChecksProperty($i: CreatePropertyVideoInput!) {\n    createPropertyVideo(input: $i) { __typename ... on ValidationError { violations { path code message } } }\n  }\n": types.PhotoChecksPropertyDocument,
    "\n  mutation PhotoChecksFlythrough($i: CreateFlythroughVideoInput!) {\n    createFlythroughVideo(input: $i) { __typename ... on ValidationError { violations { path code message } } }\n  }\n": types.PhotoChecksFlythroughDocument,
    "\n  mutation RateLimitsCreate($input: CreateFlythroughVideoInput!, $key: String) {\n    createFlythroughVideo(input: $input, idempotencyKey: $key) {\n      __typename\n      ... on CreateFlythroughVideoSuccess { task { id } }\n      ... on RateLimitedError { code message retryAfterSeconds limitPerMinute burst }\n    }\n  }\n": types.RateLimitsCreateDocument,
    "\n  subscription RateLimitsTasks($f: TaskFilter) {\n    tasks(filter: $f) { id }\n  }\n": types.RateLimitsTasksDocument,
    "\n  mutation RobustnessCreate($i: CreatePropertyVideoInput!) {\n    createPropertyVideo(input: $i) { __typename ... on CreatePropertyVideoSuccess { task { id } } }\n  }\n": types.RobustnessCreateDocument,
    "\n  mutation RobustnessRefresh($id: ID!) {\n    refreshTask(id: $id) { __typename ... on Error { code message } ... on ProviderUnavailableError { retryAfterSeconds } }\n  }\n": types.RobustnessRefreshDocument,
    "\n  subscription RobustnessStatus($id: ID!) {\n    task(id: $id) { status }\n  }\n": types.RobustnessStatusDocument,
    "\n  query RobustnessFirstTask {\n    tasks(first: 1) { edges { node { id } } }\n  }\n": types.RobustnessFirstTaskDocument,
    "\n  query RobustnessProviderNames {\n    providers { provider }\n  }\n": types.RobustnessProviderNamesDocument,
    "\n  mutation SmokeCreate($i: CreatePropertyVideoInput!) {\n    createPropertyVideo(input: $i) { __typename ... on CreatePropertyVideoSuccess { task { id status } } }\n  }\n": types.SmokeCreateDocument,
    "\n  query SmokeRead($id: ID!) {\n    task(id: $id) { status video { url providerUrl } }\n  }\n": types.SmokeReadDocument,
    "\n  query GraphiqlListed {\n    tasks(first: 10) { edges { node { __typename status } } }\n  }\n": types.GraphiqlListedDocument,
    "\n  mutation DeadlineRefresh($id: ID!) {\n    refreshTask(id: $id) { __typename }\n  }\n": types.DeadlineRefreshDocument,
    "\n  fragment LiveTaskFields on GenerationTask {\n    id\n    status\n    updatedAt\n    completedAt\n    queuePosition\n    progress { fraction estimated }\n    video { url providerUrl }\n    error { code message providerCode retryable }\n    history { status source at detail }\n  }\n": types.LiveTaskFieldsFragmentDoc,
    "\n  subscription Live($id: ID!) {\n    task(id: $id) { ...LiveTaskFields }\n  }\n": types.LiveDocument,
    "\n  subscription Mine($filter: TaskFilter) {\n    tasks(filter: $filter) { ...LiveTaskFields }\n  }\n": types.MineDocument,
    "\n  query One($id: ID!) {\n    task(id: $id) { ...LiveTaskFields }\n  }\n": types.OneDocument,
    "\n  mutation LiveCreatePropertyVideo($i: CreatePropertyVideoInput!) {\n    createPropertyVideo(input: $i) {\n      __typename\n      ... on CreatePropertyVideoSuccess { task { id status } }\n      ... on Error { code message }\n    }\n  }\n": types.LiveCreatePropertyVideoDocument,
    "\n  mutation LiveCreateFlythroughVideo($i: CreateFlythroughVideoInput!) {\n    createFlythroughVideo(input: $i) {\n      __typename\n      ... on CreateFlythroughVideoSuccess { task { id status } }\n      ... on Error { code message }\n    }\n  }\n": types.LiveCreateFlythroughVideoDocument,
    "\n  subscription ProgressCadence($id: ID!) {\n    task(id: $id) { status progress { fraction estimated } }\n  }\n": types.ProgressCadenceDocument,
    "\n  fragment ResumeSeen on GenerationTask { id status version updatedAt }\n": types.ResumeSeenFragmentDoc,
    "\n  query ResumeRead($id: ID!) {\n    task(id: $id) { ...ResumeSeen }\n  }\n": types.ResumeReadDocument,
    "\n  subscription ResumeTask($id: ID!, $after: Int) {\n    task(id: $id, afterVersion: $after) { ...ResumeSeen }\n  }\n": types.ResumeTaskDocument,
    "\n  subscription ResumeTasks($since: DateTime) {\n    tasks(since: $since) { ...ResumeSeen }\n  }\n": types.ResumeTasksDocument,
    "\n  subscription SharedWithSpread($id: ID!) { ...SharedRoot }\n  fragment SharedRoot on Subscription { task(id: $id) { id status updatedAt } }\n": types.SharedWithSpreadDocument,
    "\n  subscription SharedWithInline($id: ID!) {\n    ... on Subscription { task(id: $id) { id status updatedAt } }\n  }\n": types.SharedWithInlineDocument,
    "\n  mutation SubmitCrashCreate($input: CreateFlythroughVideoInput!, $key: String) {\n    createFlythroughVideo(input: $input, idempotencyKey: $key) {\n      __typename\n      ... on CreateFlythroughVideoSuccess { task { id status error { code retryable } } }\n      ... on Error { code message }\n    }\n  }\n": types.SubmitCrashCreateDocument,
    "\n  query SubmitCrashRead($id: ID!) {\n    task(id: $id) { status error { code retryable } history { status source detail } video { url } }\n  }\n": types.SubmitCrashReadDocument,
    "\n  subscription UnsubscribeMine {\n    tasks { id status }\n  }\n": types.UnsubscribeMineDocument,
    "\n  mutation MediaTestUploadForVideo($file: File!) {\n    uploadPhoto(file: $file) { __typename ... on UploadPhotoSuccess { photo { url } } ... on Error { code message } }\n  }\n": types.MediaTestUploadForVideoDocument,
    "\n  subscription MediaTestWatch($id: ID!) {\n    task(id: $id) { id status video { url coverImageUrl providerUrl providerCoverImageUrl expiresAt providerExpiresAt } }\n  }\n": types.MediaTestWatchDocument,
    "\n  query MediaTestTask($id: ID!) {\n    task(id: $id) {\n      status\n      video { url coverImageUrl providerUrl providerCoverImageUrl expiresAt providerExpiresAt copy { status attempts lastError copiedAt byteSize } }\n    }\n  }\n": types.MediaTestTaskDocument,
    "\n  mutation MediaTestUpload($file: File!) {\n    uploadPhoto(file: $file) {\n      __typename\n      ... on UploadPhotoSuccess { photo { id url expiresAt contentType width height byteSize sha256 createdAt } }\n      ... on ValidationError { violations { path code message } }\n      ... on Error { code message }\n    }\n  }\n": types.MediaTestUploadDocument,
    "\n  query MediaTestPhoto($id: ID!) {\n    photo(id: $id) { id url contentType width height }\n    node(id: $id) { id ... on Photo { byteSize } }\n  }\n": types.MediaTestPhotoDocument,
    "\n  mutation QueueCreate($input: CreatePropertyVideoInput!, $priority: Int) {\n    createPropertyVideo(input: $input, priority: $priority) {\n      __typename\n      ... on CreatePropertyVideoSuccess { task { id status queuePosition submittedAt } }\n      ... on BudgetExceededError { code unit period limit spent reserved remaining requested resetsAt message }\n      ... on Error { code message }\n    }\n  }\n": types.QueueCreateDocument,
    "\n  mutation QueueCreateFlythrough($input: CreateFlythroughVideoInput!) {\n    createFlythroughVideo(input: $input) {\n      __typename\n      ... on CreateFlythroughVideoSuccess { task { id status } }\n      ... on BudgetExceededError { remaining reserved requested }\n      ... on Error { code }\n    }\n  }\n": types.QueueCreateFlythroughDocument,
    "\n  query QueueRead($id: ID!) {\n    task(id: $id) {\n      status queuePosition createdAt submittedAt completedAt\n      video { url }\n      cost { amount charged }\n      history { status source detail at }\n    }\n  }\n": types.QueueReadDocument,
    "\n  mutation QueueCancel($id: ID!) {\n    cancelTask(id: $id) {\n      __typename\n      ... on CancelTaskSuccess { task { status completedAt history { status source } } }\n      ... on TaskNotCancellableError { reason message task { status } }\n      ... on Error { code }\n    }\n  }\n": types.QueueCancelDocument,
    "\n  query QueueUsage($from: DateTime!, $to: DateTime!, $groupBy: [UsageGroup!]) {\n    usage(from: $from, to: $to, groupBy: $groupBy) {\n      rows { provider unit day amount charges }\n      totals { unit amount charges }\n    }\n  }\n": types.QueueUsageDocument,
    "\n  query QueueBudgets {\n    budgets { unit period limit spent reserved remaining resetsAt }\n  }\n": types.QueueBudgetsDocument,
    "\n  mutation ReplicasRefresh($id: ID!) {\n    refreshTask(id: $id) { __typename ... on RefreshTaskSuccess { task { status } } }\n  }\n": types.ReplicasRefreshDocument,
    "\n  mutation WhCreateProperty($input: CreatePropertyVideoInput!, $callbackUrl: URL, $key: String) {\n    createPropertyVideo(input: $input, callbackUrl: $callbackUrl, idempotencyKey: $key) {\n      __typename\n      ... on CreatePropertyVideoSuccess { task { id status callbackUrl } }\n      ... on ValidationError { violations { path code message } }\n      ... on Error { code message }\n    }\n  }\n": types.WhCreatePropertyDocument,
    "\n  query WhDeliveries($taskId: ID, $first: Int, $after: String) {\n    webhookDeliveries(taskId: $taskId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id webhookId eventType url payload status attempts lastResponseStatus lastError\n          lastAttemptAt nextAttemptAt createdAt deliveredAt\n          task { id status }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.WhDeliveriesDocument,
    "\n  mutation WhRedeliver($id: ID!) {\n    redeliverWebhook(id: $id) {\n      __typename\n      ... on RedeliverWebhookSuccess { delivery { id webhookId status attempts nextAttemptAt } }\n      ... on WebhookDeliveryNotFoundError { id code message }\n    }\n  }\n": types.WhRedeliverDocument,
    "\n  query WhNode($id: ID!) {\n    node(id: $id) { __typename id ... on WebhookDelivery { status attempts } }\n  }\n": types.WhNodeDocument,
    "\n  mutation WhReplicaCreate($input: CreatePropertyVideoInput!) {\n    createPropertyVideo(input: $input) {\n      __typename\n      ... on CreatePropertyVideoSuccess { task { id } }\n    }\n  }\n": types.WhReplicaCreateDocument,
    "\n  query WhRestartDeliveries {\n    webhookDeliveries(first: 100) {\n      edges { node { id webhookId eventType status attempts lastResponseStatus nextAttemptAt payload } }\n    }\n  }\n": types.WhRestartDeliveriesDocument,
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
export function graphql(source: "\n  mutation ApolloCreateFlythrough($input: CreateFlythroughVideoInput!) {\n    createFlythroughVideo(input: $input) {\n      __typename\n      ... on CreateFlythroughVideoSuccess { task { id status } }\n      ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ApolloCreateFlythrough($input: CreateFlythroughVideoInput!) {\n    createFlythroughVideo(input: $input) {\n      __typename\n      ... on CreateFlythroughVideoSuccess { task { id status } }\n      ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsReadQueued($id: ID!) {\n    task(id: $id) { status queuePosition submittedAt history { status source detail } }\n  }\n"): (typeof documents)["\n  query ErrorsReadQueued($id: ID!) {\n    task(id: $id) { status queuePosition submittedAt history { status source detail } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorsCancel($id: ID!) {\n    cancelTask(id: $id) { __typename ... on CancelTaskSuccess { task { status } } ... on Error { code } }\n  }\n"): (typeof documents)["\n  mutation ErrorsCancel($id: ID!) {\n    cancelTask(id: $id) { __typename ... on CancelTaskSuccess { task { status } } ... on Error { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorsReadFailed($id: ID!) {\n    task(id: $id) { status error { code retryable } history { status source detail } }\n  }\n"): (typeof documents)["\n  query ErrorsReadFailed($id: ID!) {\n    task(id: $id) { status error { code retryable } history { status source detail } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTaskFields on GenerationTask {\n    id __typename provider kind status livemode\n    progress { fraction estimated }\n    cost { amount unit chargedWhen refundedOnFailure charged }\n    video { url coverImageUrl durationSeconds resolution expiresAt }\n    error { code message providerCode retryable }\n    createdAt updatedAt completedAt\n    history { status source at detail }\n  }\n"): (typeof documents)["\n  fragment ApiTaskFields on GenerationTask {\n    id __typename provider kind status livemode\n    progress { fraction estimated }\n    cost { amount unit chargedWhen refundedOnFailure charged }\n    video { url coverImageUrl durationSeconds resolution expiresAt }\n    error { code message providerCode retryable }\n    createdAt updatedAt completedAt\n    history { status source at detail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiCreateProperty($input: CreatePropertyVideoInput!, $key: String) {\n    createPropertyVideo(input: $input, idempotencyKey: $key) {\n      __typename\n      ... on CreatePropertyVideoSuccess { task { ...ApiTaskFields } }\n      ... on Error { code message }\n      ... on ValidationError { violations { path code message } }\n      ... on InsufficientBalanceError { provider required balance }\n      ... on ConcurrencyLimitError { provider limit inFlight }\n      ... on ProviderUnavailableError { provider retryAfterSeconds }\n      ... on ProviderRejectedError { provider providerCode }\n      ... on IdempotencyKeyReusedError { idempotencyKey }\n    }\n  }\n"): (typeof documents)["\n  mutation ApiCreateProperty($input: CreatePropertyVideoInput!, $key: String) {\n    createPropertyVideo(input: $input, idempotencyKey: $key) {\n      __typename\n      ... on CreatePropertyVideoSuccess { task { ...ApiTaskFields } }\n      ... on Error { code message }\n      ... on ValidationError { violations { path code message } }\n      ... on InsufficientBalanceError { provider required balance }\n      ... on ConcurrencyLimitError { provider limit inFlight }\n      ... on ProviderUnavailableError { provider retryAfterSeconds }\n      ... on ProviderRejectedError { provider providerCode }\n      ... on IdempotencyKeyReusedError { idempotencyKey }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiCreateFlythrough($input: CreateFlythroughVideoInput!, $key: String) {\n    createFlythroughVideo(input: $input, idempotencyKey: $key) {\n      __typename\n      ... on CreateFlythroughVideoSuccess { task { ...ApiTaskFields } }\n      ... on Error { code message }\n      ... on ValidationError { violations { path code message } }\n      ... on InsufficientBalanceError { provider required balance }\n      ... on ConcurrencyLimitError { provider limit inFlight }\n      ... on ProviderUnavailableError { provider retryAfterSeconds }\n      ... on ProviderRejectedError { provider providerCode }\n      ... on IdempotencyKeyReusedError { idempotencyKey }\n    }\n  }\n"): (typeof documents)["\n  mutation ApiCreateFlythrough($input: CreateFlythroughVideoInput!, $key: String) {\n    createFlythroughVideo(input: $input, idempotencyKey: $key) {\n      __typename\n      ... on CreateFlythroughVideoSuccess { task { ...ApiTaskFields } }\n      ... on Error { code message }\n      ... on ValidationError { violations { path code message } }\n      ... on InsufficientBalanceError { provider required balance }\n      ... on ConcurrencyLimitError { provider limit inFlight }\n      ... on ProviderUnavailableError { provider retryAfterSeconds }\n      ... on ProviderRejectedError { provider providerCode }\n      ... on IdempotencyKeyReusedError { idempotencyKey }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTask($id: ID!) {\n    task(id: $id) { ...ApiTaskFields }\n  }\n"): (typeof documents)["\n  query ApiTask($id: ID!) {\n    task(id: $id) { ...ApiTaskFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiNode($id: ID!) {\n    node(id: $id) { __typename id ... on GenerationTask { ...ApiTaskFields } }\n  }\n"): (typeof documents)["\n  query ApiNode($id: ID!) {\n    node(id: $id) { __typename id ... on GenerationTask { ...ApiTaskFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTasks($first: Int, $after: String, $filter: TaskFilter) {\n    tasks(first: $first, after: $after, filter: $filter) {\n      edges { cursor node { ...ApiTaskFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ApiTasks($first: Int, $after: String, $filter: TaskFilter) {\n    tasks(first: $first, after: $after, filter: $filter) {\n      edges { cursor node { ...ApiTaskFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiRefresh($id: ID!) {\n    refreshTask(id: $id) {\n      __typename\n      ... on RefreshTaskSuccess { task { id status } }\n      ... on TaskNotFoundError { id code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ApiRefresh($id: ID!) {\n    refreshTask(id: $id) {\n      __typename\n      ... on RefreshTaskSuccess { task { id status } }\n      ... on TaskNotFoundError { id code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsFlythroughFields($id: ID!) {\n    task(id: $id) { ... on FlythroughVideoTask { photoUrl style prompt } }\n  }\n"): (typeof documents)["\n  query MutationsFlythroughFields($id: ID!) {\n    task(id: $id) { ... on FlythroughVideoTask { photoUrl style prompt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsPropertyFields($id: ID!) {\n    task(id: $id) { ... on PropertyVideoTask { photos { url } voice { voiceId language } script modificationMode testScenario } }\n  }\n"): (typeof documents)["\n  query MutationsPropertyFields($id: ID!) {\n    task(id: $id) { ... on PropertyVideoTask { photos { url } voice { voiceId language } script modificationMode testScenario } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsTaskAndNode($id: ID!) {\n    task(id: $id) { id }\n    node(id: $id) { id }\n  }\n"): (typeof documents)["\n  query MutationsTaskAndNode($id: ID!) {\n    task(id: $id) { id }\n    node(id: $id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvidersModes {\n    providers { provider mode livemode webhooks }\n  }\n"): (typeof documents)["\n  query ProvidersModes {\n    providers { provider mode livemode webhooks }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvidersEstimate($i: EstimateCostInput!) {\n    estimateCost(input: $i) { amount unit chargedWhen refundedOnFailure charged }\n  }\n"): (typeof documents)["\n  query ProvidersEstimate($i: EstimateCostInput!) {\n    estimateCost(input: $i) { amount unit chargedWhen refundedOnFailure charged }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvidersCreatePriced($i: CreatePropertyVideoInput!) {\n    createPropertyVideo(input: $i) {\n      __typename\n      ... on CreatePropertyVideoSuccess { task { cost { amount unit chargedWhen refundedOnFailure } } }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvidersCreatePriced($i: CreatePropertyVideoInput!) {\n    createPropertyVideo(input: $i) {\n      __typename\n      ... on CreatePropertyVideoSuccess { task { cost { amount unit chargedWhen refundedOnFailure } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecretsProviders {\n    providers { provider mode livemode webhooks }\n  }\n"): (typeof documents)["\n  query SecretsProviders {\n    providers { provider mode livemode webhooks }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecretsProviderNames {\n    providers { provider }\n  }\n"): (typeof documents)["\n  query SecretsProviderNames {\n    providers { provider }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecretsEstimate($i: EstimateCostInput!) {\n    estimateCost(input: $i) { amount unit }\n  }\n"): (typeof documents)["\n  query SecretsEstimate($i: EstimateCostInput!) {\n    estimateCost(input: $i) { amount unit }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecretsTooManyTasks($first: Int) {\n    tasks(first: $first) { edges { cursor } }\n  }\n"): (typeof documents)["\n  query SecretsTooManyTasks($first: Int) {\n    tasks(first: $first) { edges { cursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SecretsWatch($id: ID!) {\n    task(id: $id) { id status video { url } error { message } }\n  }\n"): (typeof documents)["\n  subscription SecretsWatch($id: ID!) {\n    task(id: $id) { id status video { url } error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyCreateFlythrough($i: CreateFlythroughVideoInput!) {\n    createFlythroughVideo(input: $i) { __typename }\n  }\n"): (typeof documents)["\n  mutation TenancyCreateFlythrough($i: CreateFlythroughVideoInput!) {\n    createFlythroughVideo(input: $i) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyProviderNames {\n    providers { provider }\n  }\n"): (typeof documents)["\n  query TenancyProviderNames {\n    providers { provider }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TenancyTaskId($id: ID!) {\n    task(id: $id) { id }\n  }\n"): (typeof documents)["\n  subscription TenancyTaskId($id: ID!) {\n    task(id: $id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TenancyTaskStatus($id: ID!) {\n    task(id: $id) { id status }\n  }\n"): (typeof documents)["\n  subscription TenancyTaskStatus($id: ID!) {\n    task(id: $id) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TenancyTasksStatus {\n    tasks { id status }\n  }\n"): (typeof documents)["\n  subscription TenancyTasksStatus {\n    tasks { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EdgeRefresh($id: ID!) {\n    refreshTask(id: $id) { __typename ... on Error { code } }\n  }\n"): (typeof documents)["\n  mutation EdgeRefresh($id: ID!) {\n    refreshTask(id: $id) { __typename ... on Error { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EdgeRead($id: ID!) {\n    task(id: $id) { id }\n  }\n"): (typeof documents)["\n  query EdgeRead($id: ID!) {\n    task(id: $id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EdgeCreateFlythrough($i: CreateFlythroughVideoInput!) {\n    createFlythroughVideo(input: $i) { __typename ... on ValidationError { code violations { path code } } }\n  }\n"): (typeof documents)["\n  mutation EdgeCreateFlythrough($i: CreateFlythroughVideoInput!) {\n    createFlythroughVideo(input: $i) { __typename ... on ValidationError { code violations { path code } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EdgeCreateProperty($i: CreatePropertyVideoInput!) {\n    createPropertyVideo(input: $i) { __typename ... on ValidationError { violations { path code } } }\n  }\n"): (typeof documents)["\n  mutation EdgeCreateProperty($i: CreatePropertyVideoInput!) {\n    createPropertyVideo(input: $i) { __typename ... on ValidationError { violations { path code } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PhotoChecksProperty($i: CreatePropertyVideoInput!) {\n    createPropertyVideo(input: $i) { __typename ... on ValidationError { violations { path code message } } }\n  }\n"): (typeof documents)["\n  mutation PhotoChecksProperty($i: CreatePropertyVideoInput!) {\n    createPropertyVideo(input: $i) { __typename ... on ValidationError { violations { path code message } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PhotoChecksFlythrough($i: CreateFlythroughVideoInput!) {\n    createFlythroughVideo(input: $i) { __typename ... on ValidationError { violations { path code message } } }\n  }\n"): (typeof documents)["\n  mutation PhotoChecksFlythrough($i: CreateFlythroughVideoInput!) {\n    createFlythroughVideo(input: $i) { __typename ... on ValidationError { violations { path code message } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateLimitsCreate($input: CreateFlythroughVideoInput!, $key: String) {\n    createFlythroughVideo(input: $input, idempotencyKey: $key) {\n      __typename\n      ... on CreateFlythroughVideoSuccess { task { id } }\n      ... on RateLimitedError { code message retryAfterSeconds limitPerMinute burst }\n    }\n  }\n"): (typeof documents)["\n  mutation RateLimitsCreate($input: CreateFlythroughVideoInput!, $key: String) {\n    createFlythroughVideo(input: $input, idempotencyKey: $key) {\n      __typename\n      ... on CreateFlythroughVideoSuccess { task { id } }\n      ... on RateLimitedError { code message retryAfterSeconds limitPerMinute burst }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RateLimitsTasks($f: TaskFilter) {\n    tasks(filter: $f) { id }\n  }\n"): (typeof documents)["\n  subscription RateLimitsTasks($f: TaskFilter) {\n    tasks(filter: $f) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RobustnessCreate($i: CreatePropertyVideoInput!) {\n    createPropertyVideo(input: $i) { __typename ... on CreatePropertyVideoSuccess { task { id } } }\n  }\n"): (typeof documents)["\n  mutation RobustnessCreate($i: CreatePropertyVideoInput!) {\n    createPropertyVideo(input: $i) { __typename ... on CreatePropertyVideoSuccess { task { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RobustnessRefresh($id: ID!) {\n    refreshTask(id: $id) { __typename ... on Error { code message } ... on ProviderUnavailableError { retryAfterSeconds } }\n  }\n"): (typeof documents)["\n  mutation RobustnessRefresh($id: ID!) {\n    refreshTask(id: $id) { __typename ... on Error { code message } ... on ProviderUnavailableError { retryAfterSeconds } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RobustnessStatus($id: ID!) {\n    task(id: $id) { status }\n  }\n"): (typeof documents)["\n  subscription RobustnessStatus($id: ID!) {\n    task(id: $id) { status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RobustnessFirstTask {\n    tasks(first: 1) { edges { node { id } } }\n  }\n"): (typeof documents)["\n  query RobustnessFirstTask {\n    tasks(first: 1) { edges { node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RobustnessProviderNames {\n    providers { provider }\n  }\n"): (typeof documents)["\n  query RobustnessProviderNames {\n    providers { provider }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SmokeCreate($i: CreatePropertyVideoInput!) {\n    createPropertyVideo(input: $i) { __typename ... on CreatePropertyVideoSuccess { task { id status } } }\n  }\n"): (typeof documents)["\n  mutation SmokeCreate($i: CreatePropertyVideoInput!) {\n    createPropertyVideo(input: $i) { __typename ... on CreatePropertyVideoSuccess { task { id status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmokeRead($id: ID!) {\n    task(id: $id) { status video { url providerUrl } }\n  }\n"): (typeof documents)["\n  query SmokeRead($id: ID!) {\n    task(id: $id) { status video { url providerUrl } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphiqlListed {\n    tasks(first: 10) { edges { node { __typename status } } }\n  }\n"): (typeof documents)["\n  query GraphiqlListed {\n    tasks(first: 10) { edges { node { __typename status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeadlineRefresh($id: ID!) {\n    refreshTask(id: $id) { __typename }\n  }\n"): (typeof documents)["\n  mutation DeadlineRefresh($id: ID!) {\n    refreshTask(id: $id) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveTaskFields on GenerationTask {\n    id\n    status\n    updatedAt\n    completedAt\n    queuePosition\n    progress { fraction estimated }\n    video { url providerUrl }\n    error { code message providerCode retryable }\n    history { status source at detail }\n  }\n"): (typeof documents)["\n  fragment LiveTaskFields on GenerationTask {\n    id\n    status\n    updatedAt\n    completedAt\n    queuePosition\n    progress { fraction estimated }\n    video { url providerUrl }\n    error { code message providerCode retryable }\n    history { status source at detail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Live($id: ID!) {\n    task(id: $id) { ...LiveTaskFields }\n  }\n"): (typeof documents)["\n  subscription Live($id: ID!) {\n    task(id: $id) { ...LiveTaskFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Mine($filter: TaskFilter) {\n    tasks(filter: $filter) { ...LiveTaskFields }\n  }\n"): (typeof documents)["\n  subscription Mine($filter: TaskFilter) {\n    tasks(filter: $filter) { ...LiveTaskFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query One($id: ID!) {\n    task(id: $id) { ...LiveTaskFields }\n  }\n"): (typeof documents)["\n  query One($id: ID!) {\n    task(id: $id) { ...LiveTaskFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveCreatePropertyVideo($i: CreatePropertyVideoInput!) {\n    createPropertyVideo(input: $i) {\n      __typename\n      ... on CreatePropertyVideoSuccess { task { id status } }\n      ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation LiveCreatePropertyVideo($i: CreatePropertyVideoInput!) {\n    createPropertyVideo(input: $i) {\n      __typename\n      ... on CreatePropertyVideoSuccess { task { id status } }\n      ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveCreateFlythroughVideo($i: CreateFlythroughVideoInput!) {\n    createFlythroughVideo(input: $i) {\n      __typename\n      ... on CreateFlythroughVideoSuccess { task { id status } }\n      ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation LiveCreateFlythroughVideo($i: CreateFlythroughVideoInput!) {\n    createFlythroughVideo(input: $i) {\n      __typename\n      ... on CreateFlythroughVideoSuccess { task { id status } }\n      ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProgressCadence($id: ID!) {\n    task(id: $id) { status progress { fraction estimated } }\n  }\n"): (typeof documents)["\n  subscription ProgressCadence($id: ID!) {\n    task(id: $id) { status progress { fraction estimated } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResumeSeen on GenerationTask { id status version updatedAt }\n"): (typeof documents)["\n  fragment ResumeSeen on GenerationTask { id status version updatedAt }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResumeRead($id: ID!) {\n    task(id: $id) { ...ResumeSeen }\n  }\n"): (typeof documents)["\n  query ResumeRead($id: ID!) {\n    task(id: $id) { ...ResumeSeen }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ResumeTask($id: ID!, $after: Int) {\n    task(id: $id, afterVersion: $after) { ...ResumeSeen }\n  }\n"): (typeof documents)["\n  subscription ResumeTask($id: ID!, $after: Int) {\n    task(id: $id, afterVersion: $after) { ...ResumeSeen }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ResumeTasks($since: DateTime) {\n    tasks(since: $since) { ...ResumeSeen }\n  }\n"): (typeof documents)["\n  subscription ResumeTasks($since: DateTime) {\n    tasks(since: $since) { ...ResumeSeen }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SharedWithSpread($id: ID!) { ...SharedRoot }\n  fragment SharedRoot on Subscription { task(id: $id) { id status updatedAt } }\n"): (typeof documents)["\n  subscription SharedWithSpread($id: ID!) { ...SharedRoot }\n  fragment SharedRoot on Subscription { task(id: $id) { id status updatedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SharedWithInline($id: ID!) {\n    ... on Subscription { task(id: $id) { id status updatedAt } }\n  }\n"): (typeof documents)["\n  subscription SharedWithInline($id: ID!) {\n    ... on Subscription { task(id: $id) { id status updatedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCrashCreate($input: CreateFlythroughVideoInput!, $key: String) {\n    createFlythroughVideo(input: $input, idempotencyKey: $key) {\n      __typename\n      ... on CreateFlythroughVideoSuccess { task { id status error { code retryable } } }\n      ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCrashCreate($input: CreateFlythroughVideoInput!, $key: String) {\n    createFlythroughVideo(input: $input, idempotencyKey: $key) {\n      __typename\n      ... on CreateFlythroughVideoSuccess { task { id status error { code retryable } } }\n      ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubmitCrashRead($id: ID!) {\n    task(id: $id) { status error { code retryable } history { status source detail } video { url } }\n  }\n"): (typeof documents)["\n  query SubmitCrashRead($id: ID!) {\n    task(id: $id) { status error { code retryable } history { status source detail } video { url } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription UnsubscribeMine {\n    tasks { id status }\n  }\n"): (typeof documents)["\n  subscription UnsubscribeMine {\n    tasks { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MediaTestUploadForVideo($file: File!) {\n    uploadPhoto(file: $file) { __typename ... on UploadPhotoSuccess { photo { url } } ... on Error { code message } }\n  }\n"): (typeof documents)["\n  mutation MediaTestUploadForVideo($file: File!) {\n    uploadPhoto(file: $file) { __typename ... on UploadPhotoSuccess { photo { url } } ... on Error { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MediaTestWatch($id: ID!) {\n    task(id: $id) { id status video { url coverImageUrl providerUrl providerCoverImageUrl expiresAt providerExpiresAt } }\n  }\n"): (typeof documents)["\n  subscription MediaTestWatch($id: ID!) {\n    task(id: $id) { id status video { url coverImageUrl providerUrl providerCoverImageUrl expiresAt providerExpiresAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MediaTestTask($id: ID!) {\n    task(id: $id) {\n      status\n      video { url coverImageUrl providerUrl providerCoverImageUrl expiresAt providerExpiresAt copy { status attempts lastError copiedAt byteSize } }\n    }\n  }\n"): (typeof documents)["\n  query MediaTestTask($id: ID!) {\n    task(id: $id) {\n      status\n      video { url coverImageUrl providerUrl providerCoverImageUrl expiresAt providerExpiresAt copy { status attempts lastError copiedAt byteSize } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MediaTestUpload($file: File!) {\n    uploadPhoto(file: $file) {\n      __typename\n      ... on UploadPhotoSuccess { photo { id url expiresAt contentType width height byteSize sha256 createdAt } }\n      ... on ValidationError { violations { path code message } }\n      ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation MediaTestUpload($file: File!) {\n    uploadPhoto(file: $file) {\n      __typename\n      ... on UploadPhotoSuccess { photo { id url expiresAt contentType width height byteSize sha256 createdAt } }\n      ... on ValidationError { violations { path code message } }\n      ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MediaTestPhoto($id: ID!) {\n    photo(id: $id) { id url contentType width height }\n    node(id: $id) { id ... on Photo { byteSize } }\n  }\n"): (typeof documents)["\n  query MediaTestPhoto($id: ID!) {\n    photo(id: $id) { id url contentType width height }\n    node(id: $id) { id ... on Photo { byteSize } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueCreate($input: CreatePropertyVideoInput!, $priority: Int) {\n    createPropertyVideo(input: $input, priority: $priority) {\n      __typename\n      ... on CreatePropertyVideoSuccess { task { id status queuePosition submittedAt } }\n      ... on BudgetExceededError { code unit period limit spent reserved remaining requested resetsAt message }\n      ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation QueueCreate($input: CreatePropertyVideoInput!, $priority: Int) {\n    createPropertyVideo(input: $input, priority: $priority) {\n      __typename\n      ... on CreatePropertyVideoSuccess { task { id status queuePosition submittedAt } }\n      ... on BudgetExceededError { code unit period limit spent reserved remaining requested resetsAt message }\n      ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueCreateFlythrough($input: CreateFlythroughVideoInput!) {\n    createFlythroughVideo(input: $input) {\n      __typename\n      ... on CreateFlythroughVideoSuccess { task { id status } }\n      ... on BudgetExceededError { remaining reserved requested }\n      ... on Error { code }\n    }\n  }\n"): (typeof documents)["\n  mutation QueueCreateFlythrough($input: CreateFlythroughVideoInput!) {\n    createFlythroughVideo(input: $input) {\n      __typename\n      ... on CreateFlythroughVideoSuccess { task { id status } }\n      ... on BudgetExceededError { remaining reserved requested }\n      ... on Error { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueRead($id: ID!) {\n    task(id: $id) {\n      status queuePosition createdAt submittedAt completedAt\n      video { url }\n      cost { amount charged }\n      history { status source detail at }\n    }\n  }\n"): (typeof documents)["\n  query QueueRead($id: ID!) {\n    task(id: $id) {\n      status queuePosition createdAt submittedAt completedAt\n      video { url }\n      cost { amount charged }\n      history { status source detail at }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueCancel($id: ID!) {\n    cancelTask(id: $id) {\n      __typename\n      ... on CancelTaskSuccess { task { status completedAt history { status source } } }\n      ... on TaskNotCancellableError { reason message task { status } }\n      ... on Error { code }\n    }\n  }\n"): (typeof documents)["\n  mutation QueueCancel($id: ID!) {\n    cancelTask(id: $id) {\n      __typename\n      ... on CancelTaskSuccess { task { status completedAt history { status source } } }\n      ... on TaskNotCancellableError { reason message task { status } }\n      ... on Error { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueUsage($from: DateTime!, $to: DateTime!, $groupBy: [UsageGroup!]) {\n    usage(from: $from, to: $to, groupBy: $groupBy) {\n      rows { provider unit day amount charges }\n      totals { unit amount charges }\n    }\n  }\n"): (typeof documents)["\n  query QueueUsage($from: DateTime!, $to: DateTime!, $groupBy: [UsageGroup!]) {\n    usage(from: $from, to: $to, groupBy: $groupBy) {\n      rows { provider unit day amount charges }\n      totals { unit amount charges }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueBudgets {\n    budgets { unit period limit spent reserved remaining resetsAt }\n  }\n"): (typeof documents)["\n  query QueueBudgets {\n    budgets { unit period limit spent reserved remaining resetsAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplicasRefresh($id: ID!) {\n    refreshTask(id: $id) { __typename ... on RefreshTaskSuccess { task { status } } }\n  }\n"): (typeof documents)["\n  mutation ReplicasRefresh($id: ID!) {\n    refreshTask(id: $id) { __typename ... on RefreshTaskSuccess { task { status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhCreateProperty($input: CreatePropertyVideoInput!, $callbackUrl: URL, $key: String) {\n    createPropertyVideo(input: $input, callbackUrl: $callbackUrl, idempotencyKey: $key) {\n      __typename\n      ... on CreatePropertyVideoSuccess { task { id status callbackUrl } }\n      ... on ValidationError { violations { path code message } }\n      ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation WhCreateProperty($input: CreatePropertyVideoInput!, $callbackUrl: URL, $key: String) {\n    createPropertyVideo(input: $input, callbackUrl: $callbackUrl, idempotencyKey: $key) {\n      __typename\n      ... on CreatePropertyVideoSuccess { task { id status callbackUrl } }\n      ... on ValidationError { violations { path code message } }\n      ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhDeliveries($taskId: ID, $first: Int, $after: String) {\n    webhookDeliveries(taskId: $taskId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id webhookId eventType url payload status attempts lastResponseStatus lastError\n          lastAttemptAt nextAttemptAt createdAt deliveredAt\n          task { id status }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query WhDeliveries($taskId: ID, $first: Int, $after: String) {\n    webhookDeliveries(taskId: $taskId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id webhookId eventType url payload status attempts lastResponseStatus lastError\n          lastAttemptAt nextAttemptAt createdAt deliveredAt\n          task { id status }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhRedeliver($id: ID!) {\n    redeliverWebhook(id: $id) {\n      __typename\n      ... on RedeliverWebhookSuccess { delivery { id webhookId status attempts nextAttemptAt } }\n      ... on WebhookDeliveryNotFoundError { id code message }\n    }\n  }\n"): (typeof documents)["\n  mutation WhRedeliver($id: ID!) {\n    redeliverWebhook(id: $id) {\n      __typename\n      ... on RedeliverWebhookSuccess { delivery { id webhookId status attempts nextAttemptAt } }\n      ... on WebhookDeliveryNotFoundError { id code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhNode($id: ID!) {\n    node(id: $id) { __typename id ... on WebhookDelivery { status attempts } }\n  }\n"): (typeof documents)["\n  query WhNode($id: ID!) {\n    node(id: $id) { __typename id ... on WebhookDelivery { status attempts } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhReplicaCreate($input: CreatePropertyVideoInput!) {\n    createPropertyVideo(input: $input) {\n      __typename\n      ... on CreatePropertyVideoSuccess { task { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation WhReplicaCreate($input: CreatePropertyVideoInput!) {\n    createPropertyVideo(input: $input) {\n      __typename\n      ... on CreatePropertyVideoSuccess { task { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhRestartDeliveries {\n    webhookDeliveries(first: 100) {\n      edges { node { id webhookId eventType status attempts lastResponseStatus nextAttemptAt payload } }\n    }\n  }\n"): (typeof documents)["\n  query WhRestartDeliveries {\n    webhookDeliveries(first: 100) {\n      edges { node { id webhookId eventType status attempts lastResponseStatus nextAttemptAt payload } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;