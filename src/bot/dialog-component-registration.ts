import { createRequire } from 'node:module';

// botbuilder-dialogs' own module, which its DialogStateManager reads the class from at each construction.
const REGISTRATION_MODULE = 'botbuilder-dialogs/lib/dialogsComponentRegistration.js';

type RegistrationClass = new () => object;

/**
 * Every DialogContext builds a DialogStateManager, whose constructor registers a new
 * DialogsComponentRegistration (a service collection with a dependency graph and the factories of
 * nine memory scopes, ≈ 3.3 KB) in place of the one registered before; only a turn without lent
 * memory scopes (dialog-memory-scopes.ts) ever reads it. The class the constructor news up is
 * swapped, once per process, for one that hands back the first instance. Same name, so
 * ComponentRegistration keeps it under the same key.
 */
export function lendDialogsRegistration(): void {
  const module = createRequire(import.meta.url)(REGISTRATION_MODULE) as { DialogsComponentRegistration: RegistrationClass & { lent?: true } };
  const Original = module.DialogsComponentRegistration;
  if (Original.lent) return;
  let first: object | undefined;
  const Lent = class DialogsComponentRegistration extends Original {
    static override lent = true as const;
    constructor() {
      if (first) return first as DialogsComponentRegistration;
      super();
      first = this;
    }
  };
  module.DialogsComponentRegistration = Lent;
}
