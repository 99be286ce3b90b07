import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import MarkdownIt from 'markdown-it';
import { isAppError } from '../../errors.js';
import type { Backoffice } from '../../backoffice/create-backoffice.js';
import { composeArticle } from '../../kb/editor/article-text.js';
import { staffOf } from '../auth.js';
import { statusFor } from '../error-status.js';
import { ArticleIdParamsSchema, ArticleInputSchema, ArticleListQuerySchema, RevertBodySchema } from '../backoffice-schemas.js';

type Guard = (request: FastifyRequest) => Promise<void>;

/**
 * html: false escapes any HTML a trainer typed (a <script> shows as text), and markdown-it's
 * validateLink already refuses javascript:, vbscript:, file: and most data: links.
 */
const markdown = new MarkdownIt({ html: false, linkify: false });

/** Validation failures keep their per-field list, so the editor can show each error beside its field. */
export async function withFieldErrors<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T | FastifyReply> {
  try {
    return await work();
  } catch (err) {
    const errors = isAppError(err) ? err.details?.errors : undefined;
    if (!isAppError(err) || !Array.isArray(errors)) throw err;
    return reply.code(statusFor(err.code, err.status)).send({ code: err.code, message: err.message, errors });
  }
}

function splitInput(body: unknown) {
  const { body: markdownBody, baseRevision, ...fields } = ArticleInputSchema.parse(body);
  return { fields, body: markdownBody, baseRevision };
}

/** The trainers' article API: list, read, save drafts, publish, history, revert, retire, preview. */
export function registerArticleRoutes(app: FastifyInstance, backoffice: Backoffice, trainer: Guard): void {
  const { editor } = backoffice;
  const id = (request: FastifyRequest) => ArticleIdParamsSchema.parse(request.params).id;

  app.get('/api/articles', { onRequest: trainer }, async (request) => editor.list(ArticleListQuerySchema.parse(request.query)));
  app.get('/api/articles/:id', { onRequest: trainer }, async (request) => editor.get(id(request)));

  app.post('/api/articles', { onRequest: trainer }, async (request, reply) => withFieldErrors(reply, async () => {
    const view = await editor.save(undefined, splitInput(request.body), staffOf(request).id);
    return reply.code(201).send(view);
  }));
  app.put('/api/articles/:id', { onRequest: trainer }, async (request, reply) => withFieldErrors(reply, () =>
    editor.save(id(request), splitInput(request.body), staffOf(request).id)));

  app.post('/api/articles/:id/publish', { onRequest: trainer }, async (request) => editor.publish(id(request), staffOf(request).id));
  app.post('/api/articles/:id/retire', { onRequest: trainer }, async (request) => editor.retire(id(request), staffOf(request).id));
  app.get('/api/articles/:id/revisions', { onRequest: trainer }, async (request) => ({ revisions: await editor.revisions(id(request)) }));
  app.post('/api/articles/:id/revert', { onRequest: trainer }, async (request) => {
    const body = RevertBodySchema.parse(request.body);
    return editor.revert(id(request), body.revision, staffOf(request).id, { publish: body.publish });
  });

  /** Validates without saving and renders the body as safe HTML: the editor's preview pane. */
  app.post('/api/articles/preview', { onRequest: trainer }, async (request, reply) => {
    const input = splitInput(request.body);
    const composed = composeArticle(input.fields, input.body);
    const html = markdown.render(input.body);
    if (!composed.ok) return reply.code(422).send({ code: 'KB_ARTICLE_INVALID', message: 'The article has problems.', errors: composed.errors, html });
    return { article: composed.article, html };
  });
}
