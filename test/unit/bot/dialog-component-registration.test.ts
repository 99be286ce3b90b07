import { describe, expect, it } from 'vitest';
import { ComponentRegistration, TestAdapter, TurnContext } from 'botbuilder';
import { DialogContext, DialogSet } from 'botbuilder-dialogs';
import { lendDialogsRegistration } from '../../../src/bot/dialog-component-registration.js';

const registered = () => ComponentRegistration.components.find((c) => c.constructor.name === 'DialogsComponentRegistration');

describe('lendDialogsRegistration', () => {
  it('lets every dialog context register the same DialogsComponentRegistration, which still yields the memory scopes', () => {
    lendDialogsRegistration();
    lendDialogsRegistration();
    const turn = new TurnContext(new TestAdapter(), { type: 'message', text: 'hi', conversation: { id: 'c-1' } } as never);
    new DialogContext(new DialogSet(), turn, { dialogStack: [] });
    const first = registered();
    const dc = new DialogContext(new DialogSet(), turn, { dialogStack: [] });
    expect(registered()).toBe(first);
    // The memory paths still resolve through the scopes the registration provides.
    dc.state.setValue('turn.answer', 42);
    expect(dc.state.getValue('turn.answer')).toBe(42);
  });
});
