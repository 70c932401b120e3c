import type { Violation } from './violations.ts';

/**
 * Photo checks before any credit is spent: every photo URL of a create is fetched far enough to read
 * its header, and refused when the provider could not use it. The implementation (network, address
 * policy) is `src/media/photo-inspector.ts`.
 */
export type PhotoVerdict =
  | { ok: true; type: string; width: number; height: number }
  | {
      ok: false;
      code: 'PHOTO_UNREACHABLE' | 'PHOTO_ADDRESS_NOT_ALLOWED' | 'NOT_AN_IMAGE' | 'PHOTO_FORMAT_NOT_SUPPORTED' | 'PHOTO_NOT_FOUND' | 'PHOTO_URL_EXPIRED';
      message: string;
    };

export interface PhotoInspector {
  /**
   * `allowPrivate`: the provider runs on this machine or network (the sandbox), so may fetch private
   * addresses. `owner`: the client creating the task (a photo it uploaded must be its own).
   */
  inspect(url: string, options: { allowPrivate: boolean; owner?: string }): Promise<PhotoVerdict>;
}

/** A provider's documented minimum: the long and the short side, in pixels. */
export interface PhotoFloor {
  longSide: number;
  shortSide: number;
}

/** Formats both providers take. */
const FORMATS: Record<string, string> = { jpg: 'JPEG', png: 'PNG', webp: 'WebP' };

/** Inspects every photo at once and returns what breaks a rule, each naming its path. */
export async function photoViolations(
  inspector: PhotoInspector,
  photos: { path: string[]; url: string }[],
  floor: PhotoFloor | undefined,
  allowPrivate: boolean,
  owner?: string,
): Promise<Violation[]> {
  const verdicts = await Promise.all(photos.map((p) => inspector.inspect(p.url, { allowPrivate, owner })));
  const violations: Violation[] = [];
  verdicts.forEach((verdict, i) => {
    const path = ['input', ...photos[i]!.path];
    if (!verdict.ok) {
      violations.push({ path, code: verdict.code, message: verdict.message });
      return;
    }
    if (!FORMATS[verdict.type]) {
      const what = verdict.type === 'heif' ? 'HEIC/HEIF' : verdict.type.toUpperCase();
      violations.push({ path, code: 'PHOTO_FORMAT_NOT_SUPPORTED', message: `is a ${what} image; send JPEG, PNG or WebP (convert HEIC photos to JPEG)` });
      return;
    }
    if (floor) {
      const long = Math.max(verdict.width, verdict.height);
      const short = Math.min(verdict.width, verdict.height);
      if (long < floor.longSide || short < floor.shortSide) {
        violations.push({
          path,
          code: 'PHOTO_TOO_SMALL',
          message: `is ${verdict.width}×${verdict.height}; the provider needs at least ${floor.longSide} px on the long side and ${floor.shortSide} px on the short side`,
        });
      }
    }
  });
  return violations;
}
