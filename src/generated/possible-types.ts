
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Error": [
      "ConcurrencyLimitError",
      "IdempotencyKeyReusedError",
      "InsufficientBalanceError",
      "ProviderRejectedError",
      "ProviderUnavailableError",
      "RateLimitedError",
      "TaskNotFoundError",
      "ValidationError",
      "WebhookDeliveryNotFoundError"
    ],
    "FlythroughVideoResult": [
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
    "Error": [
      "ConcurrencyLimitError",
      "IdempotencyKeyReusedError",
      "InsufficientBalanceError",
      "ProviderRejectedError",
      "ProviderUnavailableError",
      "RateLimitedError",
      "TaskNotFoundError",
      "ValidationError",
      "WebhookDeliveryNotFoundError"
    ],
    "FlythroughVideoResult": [
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
    