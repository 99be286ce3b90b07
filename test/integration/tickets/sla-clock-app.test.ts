import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/clock.js';
import { WEBCHAT_CHANNEL_ID } from '../../../src/channels/web/to-activity.js';
import { openTicket } from '../../../src/tickets/open-ticket.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { HOUR_MS, SLA, sampleTicket } from '../../unit/tickets/sla-fixture.js';

const clock = new ManualClock('2026-11-20T02:00:00.000Z');
let server: TestApp;

beforeAll(async () => { server = await startTestApp({ clock, startSlaClock: false }); });
afterAll(async () => { await server?.close(); });

describe('the SLA clock wired into the app', () => {
  it('reports progress to a web chat customer through the app\'s messenger, recorded in the transcript', async () => {
    const customer = { channel: WEBCHAT_CHANNEL_ID, userId: 'u-sla', conversationId: 'c-sla' };
    const ticket = await openTicket(sampleTicket({ customer, language: 'en' }), {
      store: server.app.stores.tickets, clock, sla: SLA, timeZone: 'Asia/Shanghai', schedule: server.app.stores.slaSchedule,
    });
    clock.advance(6 * HOUR_MS);
    await server.app.slaClock.tick();
    const transcript = await server.app.stores.transcripts.read('webchat:c-sla');
    expect(transcript).toEqual([expect.objectContaining({ from: 'bot', text: expect.stringContaining(`update on your repair: ticket ${ticket.id}`) })]);
    expect((await server.app.stores.tickets.get(ticket.id))?.escalations?.map((e) => e.kind)).toEqual(['response-overdue', 'onsite-overdue']);
  });
});
