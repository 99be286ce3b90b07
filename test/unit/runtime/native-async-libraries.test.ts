import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { rewriteAwaiters, rewriteLibrary, rewritePipelineLength } from '../../../src/runtime/native-async-libraries.js';

const require = createRequire(import.meta.url);
const PACKAGES = ['botbuilder', 'botbuilder-core', 'botbuilder-dialogs', 'botbuilder-stdlib', 'botframework-schema', 'botframework-connector'];

function libFiles(pkg: string): string[] {
  const root = join(require.resolve(`${pkg}/package.json`), '..', 'lib');
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.js') && !(dir === root && name === 'browser.js')) out.push(path);
    }
  };
  walk(root);
  return out;
}

/** The same rewrite done on TypeScript's syntax tree: what the lexer-based one must produce. */
function referenceRewrite(source: string): string {
  const sf = ts.createSourceFile('f.js', source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === '__awaiter' && node.arguments.length === 4) {
      const [self, args, promise, body] = node.arguments;
      if (ts.isFunctionExpression(body) && body.asteriskToken && body.parameters.length === 0 && args.getText(sf) === 'void 0' && promise.getText(sf) === 'void 0') {
        edits.push({ start: node.getStart(sf), end: body.body.getStart(sf) + 1, text: '(async function () {' });
        edits.push({ start: node.end - 1, end: node.end, text: `).call(${self.getText(sf)})` });
      }
    }
    if (ts.isYieldExpression(node)) edits.push({ start: node.getStart(sf), end: node.getStart(sf) + 'yield'.length, text: 'await' });
    ts.forEachChild(node, visit);
  };
  visit(sf);
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of edits) { out += source.slice(at, edit.start) + edit.text; at = edit.end; }
  return out + source.slice(at);
}

describe('native async for botbuilder (issue 19)', () => {
  it('rewrites every installed botbuilder file exactly as a syntax-tree rewrite would', () => {
    let rewritten = 0;
    for (const file of PACKAGES.flatMap(libFiles)) {
      const source = readFileSync(file, 'utf8');
      const out = rewriteAwaiters(source);
      if (out !== source) rewritten += 1;
      // Files with any other kind of generator are left alone; every other file matches the reference.
      if (out === source && /function\*/.test(source)) expect({ file, left: true }).toEqual({ file, left: !source.includes('__awaiter(this, void 0, void 0, function* () {') });
      else expect({ file, out }).toEqual({ file, out: referenceRewrite(source) });
      if (out !== source) expect(rewriteLibrary(source, file)).toBe(out);
    }
    expect(rewritten).toBeGreaterThan(80);
  });

  it('rewrites the files a turn runs through', () => {
    for (const module of ['botbuilder-core/lib/botAdapter.js', 'botbuilder-dialogs/lib/dialogContext.js', 'botbuilder-dialogs/lib/componentDialog.js', 'botbuilder-dialogs/lib/waterfallDialog.js', 'botbuilder-core/lib/turnContext.js']) {
      const file = require.resolve(module);
      const out = rewriteLibrary(readFileSync(file, 'utf8'), file);
      expect(out).not.toContain('function* (');
      expect(out).toContain('(async function () {');
    }
  });

  it('keeps this, the result, and a throw before or after an await as a rejection', async () => {
    const source = [
      '"use strict";',
      'var __awaiter = (this && this.__awaiter) || function () { throw new Error("helper must not run"); };',
      'class C { constructor() { this.n = 2; }',
      '  twice(x) { return __awaiter(this, void 0, void 0, function* () { const a = yield Promise.resolve(x); return a * this.n + (yield x); }); }',
      '  early() { return __awaiter(this, void 0, void 0, function* () { throw new Error("early"); }); }',
      '  late() { return __awaiter(this, void 0, void 0, function* () { yield 1; throw new Error("late"); }); }',
      '  tpl(x) { return __awaiter(this, void 0, void 0, function* () { return `${yield x}/${/}/.source}`; }); }',
      '}',
      'exports.C = C;',
    ].join('\n');
    const out = rewriteAwaiters(source);
    expect(out).not.toContain('yield');
    expect(out.split('\n').length).toBe(source.split('\n').length);
    const exports: { C?: new () => { twice(x: number): Promise<number>; early(): Promise<void>; late(): Promise<void>; tpl(x: string): Promise<string> } } = {};
    new Function('exports', out).call(exports, exports);
    const c = new exports.C!();
    const early = c.early();
    expect(early).toBeInstanceOf(Promise);
    await expect(early).rejects.toThrow('early');
    await expect(c.twice(3)).resolves.toBe(9);
    await expect(c.early()).rejects.toThrow('early');
    await expect(c.late()).rejects.toThrow('late');
    await expect(c.tpl('a')).resolves.toBe('a/}');
  });

  it('rewrites only the listed packages, not their browser bundles nor other packages', () => {
    const source = 'function f() { return __awaiter(this, void 0, void 0, function* () { yield 1; }); }';
    const rewritten = '(async function () { await 1; }).call(this)';
    expect(rewriteLibrary(source, '/app/node_modules/botbuilder-dialogs/lib/prompts/prompt.js')).toContain(rewritten);
    expect(rewriteLibrary(source, 'C:\\app\\node_modules\\botbuilder-core\\lib\\turnContext.js')).toContain(rewritten);
    expect(rewriteLibrary(source, '/app/node_modules/botframework-connector/lib/browser.js')).toBe(source);
    expect(rewriteLibrary(source, '/app/node_modules/other-package/lib/index.js')).toBe(source);
    expect(rewriteLibrary(source, '/app/node_modules/botbuilder-dialogs/node_modules/x/lib/index.js')).toBe(source);
  });

  it('leaves a file with a generator of its own alone', () => {
    const source = 'function* g() { yield 1; }\nfunction f() { return __awaiter(this, void 0, void 0, function* () { yield g(); }); }';
    expect(rewriteAwaiters(source)).toBe(source);
  });

  it("gives ioredis's Pipeline one length getter on its prototype, reading the same queue", () => {
    const file = require.resolve('ioredis/built/Pipeline.js');
    const source = readFileSync(file, 'utf8');
    const out = rewriteLibrary(source, file);
    expect(out).not.toBe(source);
    expect(rewritePipelineLength('something else')).toBe('something else');
    // Loaded for real, in a process of its own with the hook installed.
    const script = [
      "import { installNativeAsyncLibraries } from './src/runtime/native-async-libraries.ts';",
      'installNativeAsyncLibraries();',
      "const { default: Redis } = await import('ioredis');",
      "const { default: { default: Pipeline } } = await import('ioredis/built/Pipeline.js');",
      'const redis = new Redis({ lazyConnect: true, enableOfflineQueue: false });',
      "const p = redis.pipeline().get('a').set('b', '1');",
      "console.log(JSON.stringify({ length: p.length, own: Object.getOwnPropertyNames(p).includes('length'), proto: typeof Object.getOwnPropertyDescriptor(Pipeline.prototype, 'length')?.get }));",
      'redis.disconnect();',
    ].join('\n');
    const printed = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: join(import.meta.dirname, '../../..'), encoding: 'utf8' });
    expect(JSON.parse(printed.trim())).toEqual({ length: 2, own: false, proto: 'function' });
  });

  it('is active in this suite, as in production: botbuilder-core loaded here runs native async methods', async () => {
    const { TurnContext } = await import('botbuilder-core');
    expect(TurnContext.prototype.sendActivities.toString()).toContain('(async function () {');
    expect(TurnContext.prototype.sendActivities.toString()).not.toContain('__awaiter');
  });
});
