
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "CancelTaskResult": [
      "CancelTaskSuccess",
      "TaskNotCancellableError",
      "TaskNotFoundError"
    ],
    "Error": [
      "BudgetExceededError",
      "ConcurrencyLimitError",
      "IdempotencyKeyReusedError",
      "InsufficientBalanceError",
      "ProviderRejectedError",
      "ProviderUnavailableError",
      "RateLimitedError",
      "TaskNotCancellableError",
      "TaskNotFoundError",
      "ValidationError",
      "WebhookDeliveryNotFoundError"
    ],
    "FlythroughVideoResult": [
      "BudgetExceededError",
      "ConcurrencyLimitError",
      "CreateFlythroughVideoSuccess",
      "IdempotencyKeyReusedError",
      "InsufficientBalanceError",
      "ProviderRejectedError",
      "ProviderUnavailableError",
      "RateLimitedError",
      "ValidationError"
    ],
    "GenerationTask": [
      "FlythroughVideoTask",
      "PropertyVideoTask"
    ],
    "Node": [
      "FlythroughVideoTask",
      "Photo",
      "PropertyVideoTask",
      "WebhookDelivery"
    ],
    "PropertyVideoResult": [
      "BudgetExceededError",
      "ConcurrencyLimitError",
      "CreatePropertyVideoSuccess",
      "IdempotencyKeyReusedError",
      "InsufficientBalanceError",
      "ProviderRejectedError",
      "ProviderUnavailableError",
      "RateLimitedError",
      "ValidationError"
    ],
    "RedeliverWebhookResult": [
      "RedeliverWebhookSuccess",
      "WebhookDeliveryNotFoundError"
    ],
    "RefreshTaskResult": [
      "ProviderRejectedError",
      "ProviderUnavailableError",
      "RefreshTaskSuccess",
      "TaskNotFoundError"
    ],
    "UploadPhotoResult": [
      "RateLimitedError",
      "UploadPhotoSuccess",
      "ValidationError"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "CancelTaskResult": [
      "CancelTaskSuccess",
      "TaskNotCancellableError",
      "TaskNotFoundError"
    ],
    "Error": [
      "BudgetExceededError",
      "ConcurrencyLimitError",
      "IdempotencyKeyReusedError",
      "InsufficientBalanceError",
      "ProviderRejectedError",
      "ProviderUnavailableError",
      "RateLimitedError",
      "TaskNotCancellableError",
      "TaskNotFoundError",
      "ValidationError",
      "WebhookDeliveryNotFoundError"
    ],
    "FlythroughVideoResult": [
      "BudgetExceededError",
      "ConcurrencyLimitError",
      "CreateFlythroughVideoSuccess",
      "IdempotencyKeyReusedError",
      "InsufficientBalanceError",
      "ProviderRejectedError",
      "ProviderUnavailableError",
      "RateLimitedError",
      "ValidationError"
    ],
    "GenerationTask": [
      "FlythroughVideoTask",
      "PropertyVideoTask"
    ],
    "Node": [
      "FlythroughVideoTask",
      "Photo",
      "PropertyVideoTask",
      "WebhookDelivery"
    ],
    "PropertyVideoResult": [
      "BudgetExceededError",
      "ConcurrencyLimitError",
      "CreatePropertyVideoSuccess",
      "IdempotencyKeyReusedError",
      "InsufficientBalanceError",
      "ProviderRejectedError",
      "ProviderUnavailableError",
      "RateLimitedError",
      "ValidationError"
    ],
    "RedeliverWebhookResult": [
      "RedeliverWebhookSuccess",
      "WebhookDeliveryNotFoundError"
    ],
    "RefreshTaskResult": [
      "ProviderRejectedError",
      "ProviderUnavailableError",
      "RefreshTaskSuccess",
      "TaskNotFoundError"
    ],
    "UploadPhotoResult": [
      "RateLimitedError",
      "UploadPhotoSuccess",
      "ValidationError"
    ]
  }
};
      export default result;
    