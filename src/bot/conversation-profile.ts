import type { Language } from '../language.js';
import type { ProductLine } from '../kb/article-schema.js';
import type { VariantChoice } from '../kb/variant-steps.js';

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
  /**
   * Where the bot picks up on the customer's next message: after an agent gave the conversation
   * back (thank = survey, ask = a new problem), or after the after-hours offer of a ticket or callback.
   */
  resumeAt?: 'thank' | 'ask' | 'after-hours';
  /**
   * The kind of each product the customer has (滚筒 or 波轮…), as they said it anywhere in the
   * conversation or answered the bot's question; 'unsure' when they said they don't know.
   */
  variants?: Partial<Record<ProductLine, VariantChoice>>;
  /** For the agent's view: the article the bot walked through, and how many of its steps were done. */
  articleTried?: string;
  stepsDone?: number;
  /** The ticket whose quote or sign-off question was asked again here; a further unclear reply is a normal message. */
  afterVisitAskedAgain?: string;
}

export const PROFILE_PROPERTY = 'profile';
export const DIALOG_STATE_PROPERTY = 'dialogState';
