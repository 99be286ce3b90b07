import { parseArgs } from 'node:util';
import { lintArticles } from '../lint-articles.js';

/** `npm run kb:lint -- [dir]`: one line per finding as file:line, exit 1 when there is an error. */
async function main(): Promise<number> {
  const { positionals } = parseArgs({ allowPositionals: true });
  const dir = positionals[0] ?? 'knowledge-base';
  const findings = await lintArticles(dir);
  findings.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  for (const f of findings) {
    console.log(`${dir}/${f.file}${f.line ? `:${f.line}` : ''}: ${f.severity}: ${f.message}`);
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  console.log(`${errors} error(s), ${findings.length - errors} warning(s)`);
  return errors > 0 ? 1 : 0;
}

main().then((code) => { process.exitCode = code; }, (err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
