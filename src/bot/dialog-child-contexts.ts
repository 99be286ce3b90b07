import { ComponentDialog, type Dialog, type DialogContext, type DialogSet } from 'botbuilder-dialogs';

// ComponentDialog keeps its inner stack under this key of its instance state (lib/componentDialog.js).
const PERSISTED_DIALOG_STATE = 'dialogs';

/**
 * A component dialog builds its inner DialogContext anew each time one is asked for: in a turn, once
 * when botbuilder walks to the innermost dialog to emit "activityReceived" and again when it
 * continues the stack, so at five levels deep every level is built twice (each ≈ 5.5 KB: a state
 * manager, its component registration, a services map). The context holds nothing but references
 * to the outer context and the inner stack, so the one built for an outer context is handed out
 * again as long as that context's active instance keeps the same inner stack. Keyed weakly by the
 * outer context, which lives one turn.
 */
export function reuseChildContexts(dialogs: DialogSet): void {
  for (const dialog of dialogs.getDialogs()) reuseIn(dialog, new Set());
}

function reuseIn(dialog: Dialog, seen: Set<Dialog>): void {
  if (!(dialog instanceof ComponentDialog) || seen.has(dialog)) return;
  seen.add(dialog);
  const build = dialog.createChildContext.bind(dialog);
  const built = new WeakMap<DialogContext, DialogContext>();
  dialog.createChildContext = (outer: DialogContext): DialogContext => {
    const inner = (outer.activeDialog?.state as Record<string, { dialogStack?: unknown } | undefined> | undefined)?.[PERSISTED_DIALOG_STATE];
    const known = built.get(outer);
    if (known && inner && known.stack === inner.dialogStack) return known;
    const child = build(outer);
    built.set(outer, child);
    return child;
  };
  for (const child of dialog.dialogs.getDialogs()) reuseIn(child, seen);
}
