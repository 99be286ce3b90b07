import type { Language } from '../language.js';

/** What the bot remembers about one conversation beyond the dialog stack. */
export interface ConversationProfile {
  language?: Language;
  /** dialogSet.getVersion() when the dialog stack was saved; a deploy that changes steps restarts cleanly. */
  dialogVersion?: string;
  greeted?: boolean;
  upsellOffered?: boolean;
  upsellAccepted?: boolean;
  rating?: number;
  ticketIds?: string[];
  handoffRequested?: boolean;
}

export const PROFILE_PROPERTY = 'profile';
export const DIALOG_STATE_PROPERTY = 'dialogState';
