import { createHmac } from 'node:crypto';

/** The fixed keys both emulators accept, so docs and demos can name them. */
export const SANDBOX_KEYS = {
  vibepeak: {
    /** Test mode: `livemode:false`, no credits, `test_scenario` honoured. */
    test: 'vpk_test_sandbox',
    /** Live, Pro plan (3 concurrent tasks), 1000 credits. */
    live: 'vpk_live_sandbox',
    /** Live, Plus plan (1 concurrent task), 1000 credits. */
    livePlus: 'vpk_live_plus_sandbox',
    /** Live, Pro plan, 0 credits: `INSUFFICIENT_CREDITS`. */
    noCredits: 'vpk_live_nocredits_sandbox',
    /** Live, a plan without API access: `PLAN_REQUIRED`. */
    noPlan: 'vpk_live_noplan_sandbox',
    /** Revoked: `401 API_KEY_REVOKED`. */
    revoked: 'vpk_live_revoked_sandbox',
  },
  roomai: {
    /** 1000 tokens. */
    live: 'rai_live_sandbox',
    /** Accepted like a live key ([choice]), 1000 tokens. */
    test: 'rai_test_sandbox',
    /** 0 tokens: `INSUFFICIENT_TOKENS`. */
    noTokens: 'rai_live_notokens_sandbox',
  },
} as const;

export type VibePeakPlan = 'pro' | 'plus' | 'none';

export interface VibePeakAccount {
  mode: 'live' | 'test';
  plan: VibePeakPlan;
  credits: number;
  revoked: boolean;
}

/** Concurrent tasks (queued + processing) per plan [docs]; `none` has no API access. */
export const PLAN_CONCURRENCY: Record<VibePeakPlan, number> = { pro: 3, plus: 1, none: 0 };

const vp = SANDBOX_KEYS.vibepeak;
export const VIBEPEAK_ACCOUNTS: Record<string, VibePeakAccount> = {
  [vp.test]: { mode: 'test', plan: 'pro', credits: 0, revoked: false },
  [vp.live]: { mode: 'live', plan: 'pro', credits: 1000, revoked: false },
  [vp.livePlus]: { mode: 'live', plan: 'plus', credits: 1000, revoked: false },
  [vp.noCredits]: { mode: 'live', plan: 'pro', credits: 0, revoked: false },
  [vp.noPlan]: { mode: 'live', plan: 'none', credits: 1000, revoked: false },
  [vp.revoked]: { mode: 'live', plan: 'pro', credits: 1000, revoked: true },
};

const rai = SANDBOX_KEYS.roomai;
/** Starting token balance of each Room AI key. */
export const ROOMAI_TOKENS: Record<string, number> = { [rai.live]: 1000, [rai.test]: 1000, [rai.noTokens]: 0 };

/** Each VibePeak key's own webhook secret: deterministic, so it can be printed and configured. */
export function sandboxWebhookSecret(apiKey: string): string {
  return `whsec_${createHmac('sha256', 'tourgraph-sandbox').update(apiKey).digest('hex').slice(0, 32)}`;
}

/** TTS voices VibePeak's emulator knows. Any other id is `VOICE_NOT_FOUND`. */
export const SANDBOX_VOICES = {
  /** Shared, English ("Sarah"). */
  sarah: 'EXAVITQu4vr4xnSDxMaL',
  /** Shared, English ("Rachel"). */
  rachel: '21m00Tcm4TlvDq8ikWAM',
  /** Exists but belongs to another account: `VOICE_ACCESS_DENIED`. */
  privateVoice: 'SandboxPrivateVoice1',
} as const;

export const SHARED_VOICES: ReadonlySet<string> = new Set([SANDBOX_VOICES.sarah, SANDBOX_VOICES.rachel]);
