import type { ProviderDialect } from '../http/provider-error.ts';

/** `{"status":"error","error":{"code","message",…}}` [seed]; extra fields (`required`, `balance`) sit beside `code`. */
export const roomAiDialect: ProviderDialect = {
  errorBody: (error) => ({
    status: 'error',
    error: { code: error.code, message: error.message, ...error.extra, ...(error.details ? { details: error.details } : {}) },
  }),
};
