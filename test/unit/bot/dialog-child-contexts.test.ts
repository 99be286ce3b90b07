import { describe, expect, it } from 'vitest';
import { ConversationState, MemoryStorage, TestAdapter, TurnContext } from 'botbuilder';
import { ComponentDialog, DialogSet, TextPrompt, WaterfallDialog, type DialogContext } from 'botbuilder-dialogs';
import { reuseChildContexts } from '../../../src/bot/dialog-child-contexts.js';

/** Two levels: a component dialog whose waterfall asks a question, the shape of the support dialog. */
function twoLevels() {
  const state = new ConversationState(new MemoryStorage());
  const dialogs = new DialogSet(state.createProperty('dialogState'));
  const inner = new ComponentDialog('outer');
  inner.addDialog(new TextPrompt('ask'));
  inner.addDialog(new WaterfallDialog('steps', [
    async (step) => step.prompt('ask', 'name?'),
    async (step) => step.endDialog(step.result),
  ]));
  dialogs.add(inner);
  reuseChildContexts(dialogs);
  const turn = () => new TurnContext(new TestAdapter(), { type: 'message', text: 'hi', channelId: 'test', conversation: { id: 'c-1' } } as never);
  return { dialogs, state, turn };
}

describe('reuseChildContexts', () => {
  it('hands out one inner context per outer context and inner stack, and a new one once the stack changes', async () => {
    const { dialogs, state, turn } = twoLevels();
    const first = turn();
    const dc = await dialogs.createContext(first);
    await dc.beginDialog('outer');
    const child: DialogContext | undefined = dc.child;
    expect(child?.activeDialog?.id).toBe('ask');
    expect(dc.child).toBe(child);
    await state.saveChanges(first);

    const next = turn();
    const dcNext = await dialogs.createContext(next);
    // Another turn's outer context gets its own inner one.
    expect(dcNext.child).not.toBe(child);
    await dcNext.cancelAllDialogs();
    await dcNext.beginDialog('outer');
    // A new instance of the component has a new inner stack: not the context built for the old one.
    expect(dcNext.child?.stack).toBe((dcNext.activeDialog?.state as { dialogs: { dialogStack: unknown } }).dialogs.dialogStack);
  });

  it('still runs the dialog to its end through the reused contexts', async () => {
    const { dialogs, state, turn } = twoLevels();
    const first = turn();
    await (await dialogs.createContext(first)).beginDialog('outer');
    await state.saveChanges(first);
    const second = turn();
    const result = await (await dialogs.createContext(second)).continueDialog();
    expect(result).toMatchObject({ status: 'complete', result: 'hi' });
  });
});
