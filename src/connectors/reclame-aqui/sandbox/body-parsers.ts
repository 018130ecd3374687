import type { FastifyInstance } from 'fastify';
import formbody from '@fastify/formbody';
import multipart, { type MultipartFile } from '@fastify/multipart';
import { z } from 'zod';

/** A file sent in a multipart body, as this sandbox keeps it. */
export interface UploadedFile {
  filename: string;
  mimetype: string;
  content: Buffer;
}

export const uploadedFileSchema = z.custom<UploadedFile>(
  (value) => typeof value === 'object' && value !== null && Buffer.isBuffer((value as UploadedFile).content),
  { error: 'deve ser um arquivo' },
);

const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * HugMe's clients disagree on encodings (providers.md): the write routes take JSON, multipart/form-data and
 * form-urlencoded alike, each flattened to one object of fields before validation. A JSON content type with an
 * empty body (some clients send it on the token and "end" calls) parses as no body instead of failing.
 */
export async function registerBodyParsers(app: FastifyInstance): Promise<void> {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    parseJson(request, text, done);
  });
  await app.register(formbody);
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: MAX_FILE_BYTES, files: 5 },
    async onFile(part: MultipartFile) {
      const file: UploadedFile = { filename: part.filename, mimetype: part.mimetype, content: await part.toBuffer() };
      (part as MultipartFile & { value?: UploadedFile }).value = file;
    },
  });
}
