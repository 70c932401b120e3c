
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
      "ValidationError"
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
      "PropertyVideoTask"
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
    "RefreshTaskResult": [
      "ProviderRejectedError",
      "ProviderUnavailableError",
      "RefreshTaskSuccess",
      "TaskNotFoundError"
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
      "ValidationError"
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
      "PropertyVideoTask"
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
    "RefreshTaskResult": [
      "ProviderRejectedError",
      "ProviderUnavailableError",
      "RefreshTaskSuccess",
      "TaskNotFoundError"
    ]
  }
};
      export default result;
    