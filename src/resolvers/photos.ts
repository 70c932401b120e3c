import { decodeGlobalID } from '@pothos/plugin-relay';
import type { Photo, UploadedFile } from '../media/photos.ts';
import type { Context } from './context.ts';
import { BadUserInputError } from './graphql-errors.ts';

/** The GraphQL type of uploaded photos, which their global ids start with. */
export const PHOTO_TYPENAME = 'Photo';

/** `Mutation.uploadPhoto`: the caller's new photo, or a ValidationError naming `file`. */
export function uploadPhoto(ctx: Context, file: File): Promise<Photo> {
  const upload: UploadedFile = { name: file.name, type: file.type, size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) };
  return ctx.media.uploadPhoto(ctx.client.name, upload);
}

/** `Query.photo(id)`: one of the caller's photos by global id; null when there is none for it. */
export async function readPhoto(ctx: Context, globalId: string): Promise<Photo | null> {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    return null;
  }
  return decoded.typename === PHOTO_TYPENAME ? ctx.media.photo(ctx.client.name, decoded.id) : null;
}

/** What the `File` scalar takes: a file part of a multipart request (yoga hands it over as a `File`). */
export function parseFile(value: unknown): File {
  const file = value as Partial<File> | null;
  if (!file || typeof file !== 'object' || typeof file.arrayBuffer !== 'function' || typeof file.size !== 'number') {
    throw new BadUserInputError('File must be a file part of a multipart request (the GraphQL multipart request spec), mapped onto this variable.');
  }
  return value as File;
}
