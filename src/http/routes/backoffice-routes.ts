import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../errors.js';
import type { Backoffice } from '../../backoffice/create-backoffice.js';
import { composeArticle } from '../../kb/editor/article-text.js';
import { draftFromGroup } from '../../kb/editor/unanswered-report.js';
import { summaryCsv } from '../../reports/summary-csv.js';
import { invalidArticle } from '../../kb/editor/article-editor.js';
import { AskBodySchema, DraftFromGroupBodySchema, SummaryQuerySchema, UnansweredQuerySchema } from '../backoffice-schemas.js';
import { withFieldErrors } from './article-routes.js';
import { staffOf } from '../auth.js';

type Guard = (request: FastifyRequest) => Promise<void>;

/** The trainers' knowledge-base tools (ask, unanswered questions) and the supervisors' summary. */
export function registerBackofficeRoutes(app: FastifyInstance, backoffice: Backoffice, guards: { trainer: Guard; supervisor: Guard; anyStaff: Guard }): void {
  /** Who the pasted token belongs to, so the pages can show the role and hide what it cannot do. */
  app.get('/api/staff/me', { onRequest: guards.anyStaff }, async (request) => staffOf(request));

  app.post('/api/kb/ask', { onRequest: guards.trainer }, async (request, reply) => withFieldErrors(reply, async () => {
    const body = AskBodySchema.parse(request.body);
    let article;
    if (body.article) {
      const { body: markdown, baseRevision: _base, ...fields } = body.article;
      const composed = composeArticle(fields, markdown);
      if (!composed.ok) throw invalidArticle(composed.errors);
      article = composed.article;
    }
    return backoffice.ask(body.question, { draft: body.draft || article !== undefined, language: body.language, article });
  }));

  app.get('/api/kb/unanswered', { onRequest: guards.trainer }, async (request) => ({
    groups: await backoffice.unanswered(UnansweredQuerySchema.parse(request.query)),
  }));

  /** "Start an article from this group": a pre-filled, unsaved draft for the editor. */
  app.post('/api/kb/unanswered/draft', { onRequest: guards.trainer }, async (request) => {
    const body = DraftFromGroupBodySchema.parse(request.body);
    const group = (await backoffice.unanswered(body)).find((g) => g.id === body.groupId);
    if (!group) throw new AppError('HTTP_NOT_FOUND', 'No group has that id in this range any more; reload the report.', { status: 404 });
    return draftFromGroup(group);
  });

  app.get('/api/reports/summary', { onRequest: guards.supervisor }, async (request, reply) => {
    const query = SummaryQuerySchema.parse(request.query);
    const summary = await backoffice.summary(query);
    if (query.format !== 'csv') return summary;
    const name = `summary-${summary.range.from.slice(0, 10)}-${summary.range.to.slice(0, 10)}.csv`;
    return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}"`).send(summaryCsv(summary));
  });
}
