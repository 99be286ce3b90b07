import { DialogStateManager } from 'botbuilder-dialogs';

/** A dotted path of plain segments ("turn.activity", "dialog._tracker.paths"): every character valid, no brackets, quotes, '$' or empty segment. */
const PLAIN_PATH = /^[0-9A-Za-z_\-()]+(?:\.[0-9A-Za-z_\-()]+)*$/;

type ParsePath = (this: DialogStateManager, path: string, allowNestedPaths?: boolean) => (string | number)[];

/**
 * botbuilder-dialogs parses a memory path character by character, building each segment with `+=`,
 * on every getValue and setValue (several per dialog context and step: the largest single allocation
 * of a turn). For a plain dotted path its result is the path split at the dots, so that is what such a
 * path gets; any other path (brackets, quotes, '$', empty segments, invalid characters) goes to the
 * original, which also raises the errors.
 */
export function splitPlainDialogPaths(): void {
  const prototype = DialogStateManager.prototype as unknown as { parsePath: ParsePath & { plain?: true } };
  if (prototype.parsePath.plain) return;
  const original = prototype.parsePath;
  const parsePath: ParsePath & { plain?: true } = function (this: DialogStateManager, path, allowNestedPaths) {
    return PLAIN_PATH.test(path) ? path.split('.') : original.call(this, path, allowNestedPaths);
  };
  parsePath.plain = true;
  prototype.parsePath = parsePath;
}
