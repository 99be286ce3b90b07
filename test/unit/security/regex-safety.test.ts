import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';

/**
 * Issue 17, item 3: one message once froze the process for 11 s on a backtracking pattern. Every
 * regular-expression literal in the program is checked with recheck, which proves a pattern's
 * backtracking linear or finds the attack string that makes it polynomial or exponential. Patterns
 * built with `new RegExp` are covered by the linear-time tests of the code that builds them
 * (mask-linear-time.test.ts, understand/adversarial-input.test.ts).
 */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function regexLiterals(file: string): { file: string; line: number; pattern: RegExp }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { file: string; line: number; pattern: RegExp }[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(source);
      const end = text.lastIndexOf('/');
      found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, pattern: new RegExp(text.slice(1, end), text.slice(end + 1)) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('regular expressions in src/ and dialogs/', () => {
  const literals = [...sourceFiles('src'), ...sourceFiles('dialogs')].flatMap(regexLiterals);

  it('finds the program\'s patterns', () => {
    expect(literals.length).toBeGreaterThan(50);
  });

  // The understanding layer cuts every reply to 300 characters before any pattern sees it
  // (src/understand/normalize.ts), so a polynomial pattern there costs a bounded amount; an
  // exponential one never does.
  const bounded = (file: string) => file.startsWith('src/understand/');

  it('has no pattern whose backtracking grows faster than the input', () => {
    const unsafe = literals
      .map((literal) => ({ ...literal, result: checkSync(literal.pattern.source, literal.pattern.flags.replace(/[gy]/g, ''), { timeout: 2000 }) }))
      .filter(({ file, result }) => result.status === 'vulnerable' && (result.complexity.type === 'exponential' || !bounded(file)))
      .map(({ file, line, pattern, result }) => `${file}:${line} ${pattern} (${result.status === 'vulnerable' ? result.complexity.type : ''})`);
    expect(unsafe).toEqual([]);
    // recheck spends up to its 2 s timeout on each long alternation (the understanding layer's lexicons);
    // the budget is for the analysis on a loaded machine, the verdict is unchanged.
  }, 300_000);
});
