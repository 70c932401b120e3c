import { ValidationFailedError } from '../tasks/errors.ts';
import { RateLimitedError } from '../tasks/rate-limits.ts';
import type { MediaCopy } from '../media/copies.ts';
import type { Photo } from '../media/photos.ts';
import { BadUserInputError } from '../resolvers/graphql-errors.ts';
import { PHOTO_TYPENAME, parseFile, readPhoto, uploadPhoto } from '../resolvers/photos.ts';
import { builder } from './builder.ts';
import { VideoRef } from './task.ts';

/**
 * Uploads and the gateway's copies of videos: the `File` scalar, the `Photo` node, `uploadPhoto`,
 * `photo(id)`, and what `Video` shows of the provider's links and of the copy.
 */

builder.scalarType('File', {
  description:
    'A file uploaded with the GraphQL multipart request spec (`multipart/form-data`: an `operations` part, a `map` part, then the file). Input only.',
  serialize: () => {
    throw new Error('File is an input type');
  },
  parseValue: parseFile,
  parseLiteral: () => {
    throw new BadUserInputError('File cannot be written in a document: send it as a variable of a multipart request.');
  },
});

const PhotoRef = builder.objectRef<Photo>(PHOTO_TYPENAME);

builder.node(PhotoRef, {
  description:
    'A photo you uploaded (`uploadPhoto`). Pass its `url` as `photoUrl` (createFlythroughVideo) or a `photos[].url` (createPropertyVideo): the providers fetch it from the gateway. It is yours: another client can neither read it nor use it in a create.',
  id: { resolve: (p) => p.id, description: 'Global id: opaque and stable; pass it to `photo(id)` or `node(id)`.' },
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'sha256' in value && 'width' in value && 'owner' in value,
  loadOne: (id, ctx) => ctx.media.photo(ctx.client.name, id),
  fields: (t) => ({
    url: t.field({
      type: 'URL',
      resolve: (p, _, ctx) => ctx.media.photoUrl(p),
      description: 'Where the providers fetch it: a signed URL on the gateway, valid until `expiresAt`. Use it as it is.',
    }),
    expiresAt: t.field({
      type: 'DateTime',
      resolve: (p) => p.expiresAt,
      description: 'When `url` stops working (`PHOTO_URL_TTL_SECONDS` after the upload); the photo is deleted a day later. Upload it again to use it after.',
    }),
    contentType: t.exposeString('contentType', { description: 'image/jpeg, image/png or image/webp: read from the bytes, whatever the upload declared.' }),
    width: t.exposeInt('width', { description: 'In pixels.' }),
    height: t.exposeInt('height', { description: 'In pixels. VibePeak needs a long side of 1280 px and a short side of 720 px at least.' }),
    byteSize: t.int({ resolve: (p) => p.size, description: 'Bytes.' }),
    sha256: t.exposeString('sha256', { description: 'SHA-256 of the bytes, hex.' }),
    createdAt: t.field({ type: 'DateTime', resolve: (p) => p.createdAt, description: 'When it was uploaded.' }),
  }),
});

builder.queryField('photo', (t) =>
  t.field({
    type: PhotoRef,
    nullable: true,
    description: 'One of your uploaded photos by id; null when there is none for you (or it was deleted after expiring).',
    args: { id: t.arg.id({ required: true, description: "The photo's global `id`." }) },
    resolve: (_, { id }, ctx) => readPhoto(ctx, String(id)),
  }),
);

builder.mutationField('uploadPhoto', (t) =>
  t.field({
    type: PhotoRef,
    description:
      'Uploads a room photo, as a multipart request (the GraphQL multipart request spec; send a header such as `x-graphql-yoga-csrf: 1` or your `Authorization`, which browsers cannot forge). JPEG, PNG or WebP, read from the bytes; at most `MAX_UPLOAD_BYTES`. A HEIC, a file that is not an image, or one too large is a ValidationError on `file`.',
    errors: {
      types: [ValidationFailedError, RateLimitedError],
      union: {
        name: 'UploadPhotoResult',
        description: 'What uploadPhoto returns: `UploadPhotoSuccess` with the photo, or one of the errors (all implement `Error`). Switch on `__typename`.',
      },
      result: { name: 'UploadPhotoSuccess', description: 'The photo was stored.' },
      dataField: { name: 'photo', description: 'The photo: pass its `url` to a create mutation.' },
    },
    args: { file: t.arg({ type: 'File', required: true, description: 'The photo: a file part of the multipart request, mapped onto this variable.' }) },
    resolve: (_, { file }, ctx) => uploadPhoto(ctx, file),
  }),
);

const MediaCopyStatusEnum = builder.enumType('MediaCopyStatus', {
  description: "Where the gateway's copy of a video is.",
  values: {
    PENDING: { description: "Being copied, or waiting for its next attempt: the video's URLs relay the provider's files meanwhile." },
    COPIED: { description: "Copied: the video's URLs serve the gateway's copy." },
    FAILED: { description: "Every attempt failed (see `lastError`): the video's URLs relay the provider's files while the provider keeps them." },
    EXPIRED: { description: 'Deleted after the retention (`MEDIA_RETENTION_DAYS`).' },
  } as const,
});

const MediaCopyRef = builder.objectRef<MediaCopy>('MediaCopy').implement({
  description: "The gateway's copy of a video and its cover, made when the task succeeds and retried with back-off until it is.",
  fields: (t) => ({
    status: t.field({ type: MediaCopyStatusEnum, resolve: (c) => c.status, description: 'PENDING, COPIED, FAILED or EXPIRED.' }),
    attempts: t.exposeInt('attempts', { description: 'Attempts made so far.' }),
    lastError: t.exposeString('lastError', { nullable: true, description: 'Why the last attempt failed; null once copied.' }),
    nextAttemptAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (c) => (c.status === 'PENDING' ? c.nextAttemptAt : null),
      description: 'When a PENDING copy is tried next.',
    }),
    copiedAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => c.copiedAt, description: 'When it was copied.' }),
    byteSize: t.int({
      nullable: true,
      resolve: (c) => (c.video ? c.video.size + (c.cover?.size ?? 0) : null),
      description: 'Bytes kept (video and cover), once copied.',
    }),
  }),
});

builder.objectFields(VideoRef, (t) => ({
  providerUrl: t.field({ type: 'URL', resolve: (v) => v.providerUrl, description: "The provider's own link to the video, until `providerExpiresAt`." }),
  providerCoverImageUrl: t.field({
    type: 'URL',
    nullable: true,
    resolve: (v) => v.providerCoverImageUrl,
    description: "The provider's own link to the cover image, when it made one.",
  }),
  providerExpiresAt: t.field({
    type: 'DateTime',
    nullable: true,
    resolve: (v) => v.providerExpiresAt,
    description: 'When the provider stops hosting its files (Room AI: 30 days, VibePeak: 7 days after completion). Null when unknown.',
  }),
  copy: t.field({
    type: MediaCopyRef,
    nullable: true,
    resolve: (v, _, ctx) => ctx.loadMediaCopy.load(v.taskId),
    description: "The gateway's copy of the files: whether `url` serves it yet. Null for a task that succeeded before copies were made.",
  }),
}));
