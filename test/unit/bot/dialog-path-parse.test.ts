import { describe, expect, it } from 'vitest';
import { TestAdapter, TurnContext } from 'botbuilder';
import { DialogContext, DialogSet, DialogStateManager } from 'botbuilder-dialogs';
import { splitPlainDialogPaths } from '../../../src/bot/dialog-path-parse.js';

type Parse = (this: unknown, path: string, allowNestedPaths?: boolean) => unknown;
const prototype = DialogStateManager.prototype as unknown as { parsePath: Parse };
const original = prototype.parsePath;
const outcome = (parse: Parse, path: string) => {
  try {
    return parse.call({ getValue: () => 'nested' }, path);
  } catch (error) {
    return `throws ${(error as Error).message}`;
  }
};

describe('splitPlainDialogPaths', () => {
  it('parses every path as botbuilder-dialogs does, plain or not', () => {
    splitPlainDialogPaths();
    splitPlainDialogPaths();
    expect(prototype.parsePath).not.toBe(original);
    const paths = ['turn.activity', 'dialog._tracker.paths', 'this.stepIndex', 'user.x-y(1)', 'a.0', 'a..b', '.a', 'a.', 'a.$b', 'a[0]', "a['b.c']", 'a[b]', '', 'a b', 'a.[', 'ä.b'];
    for (const path of paths) expect(outcome(prototype.parsePath, path), path).toEqual(outcome(original, path));
  });

  it('still reads and writes dialog memory', () => {
    splitPlainDialogPaths();
    const turn = new TurnContext(new TestAdapter(), { type: 'message', text: 'hi', conversation: { id: 'c-1' } } as never);
    const dc = new DialogContext(new DialogSet(), turn, { dialogStack: [] });
    dc.state.setValue('turn.answer.value', 42);
    expect(dc.state.getValue('turn.answer.value')).toBe(42);
    expect(dc.state.getValue("turn['answer'].value")).toBe(42);
  });
});
