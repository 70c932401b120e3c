import type { ProviderDialect } from '../http/provider-error.ts';

/** `{"error":{"code","message","request_id","details"}}` [docs]. */
export const vibePeakDialect: ProviderDialect = {
  errorBody: (error, requestId) => ({
    error: { code: error.code, message: error.message, request_id: requestId, details: error.details ?? {} },
  }),
};
