import { signVibePeakWebhook } from '../../providers/vibepeak/signature.ts';
import type { WebhookMessage } from '../webhooks.ts';

/**
 * A VibePeak webhook [docs]: the Get Task body plus `event`, signed per attempt with the key's
 * secret over `"{timestamp}.{raw body}"` (the scheme lives in signVibePeakWebhook).
 */
export function vibePeakWebhook(url: string, task: Record<string, unknown>, secret: string): WebhookMessage {
  const event = task.status === 'completed' ? 'task.completed' : 'task.failed';
  const body = JSON.stringify({ event, ...task });
  return {
    url,
    body,
    headers: () => {
      const timestamp = Math.floor(Date.now() / 1000);
      return {
        'x-vibepeak-event': event,
        'x-vibepeak-timestamp': String(timestamp),
        'x-vibepeak-signature': signVibePeakWebhook(secret, timestamp, body),
      };
    },
  };
}
