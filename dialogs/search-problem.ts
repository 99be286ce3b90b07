import type { TurnContext } from 'botbuilder';
import type { Language } from '../src/language.js';
import type { SearchHit, SearchOptions } from '../src/kb/knowledge-base.js';
import type { QueryRewriter } from '../src/kb/language-model.js';
import { searchWithRewrite } from '../src/kb/search-with-rewrite.js';
import type { DialogDeps } from './dialog-deps.js';

const REWRITES = Symbol('llm.rewrites');

/*
 * The acknowledge step and the find-article dialog search the same first message in one turn; the
 * model is asked once and the answer kept in the turn's state (gone when the turn ends).
 */
function rewriterForTurn(turn: TurnContext, rewriter: QueryRewriter): QueryRewriter {
  let cache = turn.turnState.get(REWRITES) as Map<string, Promise<string | undefined>> | undefined;
  if (!cache) turn.turnState.set(REWRITES, (cache = new Map()));
  const known = cache;
  return {
    rewrite(message, language) {
      const key = `${language}:${message}`;
      if (!known.has(key)) known.set(key, rewriter.rewrite(message, language));
      return known.get(key)!;
    },
  };
}

/** The knowledge-base search the dialogs run on a customer's description of their problem. */
export function searchProblem(
  turn: TurnContext,
  deps: Pick<DialogDeps, 'kb' | 'llm'>,
  problem: string,
  options: SearchOptions & { language: Language },
): Promise<SearchHit[]> {
  const rewriter = deps.llm?.rewriter && rewriterForTurn(turn, deps.llm.rewriter);
  return searchWithRewrite(deps.kb, rewriter, problem, options);
}
