import Module from 'node:module';
import vm from 'node:vm';

/**
 * Issue 19: what kept every turn alive through two scavenges, and how the libraries are loaded so that
 * nothing does.
 *
 * botbuilder's packages are compiled for ES2015, so each of their async methods is
 * `return __awaiter(this, void 0, void 0, function* () { … yield x … })`: every call creates a new
 * generator function. V8 gives each generator function it runs an initial Map of its own, and Maps
 * live outside the young generation. The Map points back at the function, the function's context at
 * the method's arguments (the DialogContext, the TurnContext), and from those the whole turn can be
 * reached. A scavenge takes every pointer from the old generation as a root, dead or not, so a turn
 * survives every scavenge until the next mark-compact frees the Map: it is copied once, then promoted
 * (1.1–1.6 MB a scavenge in the turn scenario, ~99 % of what survived the one before). ioredis 5 does
 * the same with one `length` getter of its own per Pipeline (one Pipeline per tick with auto-pipelining).
 *
 * The fix rewrites, as the CommonJS files load, those calls into native async functions, which have
 * no initial map (`(async function () { … await x … }).call(this)`; same body, same `this`, same line
 * numbers), and gives ioredis's Pipeline one `length` getter on its prototype. A file whose text is not
 * exactly what the rewrite expects is loaded as it is. NATIVE_ASYNC_LIBRARIES=off turns it off.
 */

/** The packages whose files are rewritten (the ones a turn runs through); their browser bundles are not. */
const AWAITER_PACKAGES = ['botbuilder', 'botbuilder-core', 'botbuilder-dialogs', 'botbuilder-stdlib', 'botframework-schema', 'botframework-connector'];

/** Plain string checks on the path (a pattern over a whole path would be one more regex to keep linear). */
function isAwaiterFile(filename: string): boolean {
  const path = filename.replaceAll('\\', '/');
  if (!path.endsWith('.js')) return false;
  return AWAITER_PACKAGES.some((pkg) => {
    const lib = `/node_modules/${pkg}/lib/`;
    const at = path.lastIndexOf(lib);
    return at >= 0 && path.slice(at + lib.length) !== 'browser.js';
  });
}

const isPipelineFile = (filename: string) => filename.replaceAll('\\', '/').endsWith('/node_modules/ioredis/built/Pipeline.js');

interface Token {
  kind: 'name' | 'punct' | 'other';
  text: string;
  start: number;
  end: number;
}

/** Keywords after which a `/` starts a regular expression rather than a division. */
const BEFORE_EXPRESSION = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);

const isNameStart = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36 || code > 127;
const isDigit = (code: number) => code >= 48 && code <= 57;
const isNamePart = (code: number) => isNameStart(code) || isDigit(code);

/**
 * Just enough of a JavaScript lexer for compiled TypeScript output: names, punctuation, and strings,
 * template literals (their `${}` parts lexed as code), regular expressions, numbers and comments
 * skipped as single tokens. Undefined when the text is something it does not follow.
 */
function lex(source: string): Token[] | undefined {
  const tokens: Token[] = [];
  // For each `{` open: whether it opened a template literal's `${`.
  const braces: boolean[] = [];
  let i = 0;
  const n = source.length;
  const significant = () => tokens[tokens.length - 1];
  const regexAllowed = () => {
    const last = significant();
    if (!last) return true;
    if (last.kind === 'name') return BEFORE_EXPRESSION.has(last.text);
    if (last.kind === 'other') return false;
    return last.text !== ')' && last.text !== ']';
  };
  /** From just after a backtick or a template's closing `}`: to the closing backtick, or into a `${`. */
  const template = (from: number): number | undefined => {
    let j = from;
    while (j < n) {
      const c = source[j];
      if (c === '\\') j += 2;
      else if (c === '`') return j + 1;
      else if (c === '$' && source[j + 1] === '{') {
        braces.push(true);
        return j + 2;
      } else j += 1;
    }
    return undefined;
  };
  while (i < n) {
    const c = source[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\uFEFF' || c === '\u2028' || c === '\u2029') { i += 1; continue; }
    if (c === '/' && source[i + 1] === '/') { const end = source.indexOf('\n', i); i = end < 0 ? n : end; continue; }
    if (c === '/' && source[i + 1] === '*') { const end = source.indexOf('*/', i + 2); if (end < 0) return undefined; i = end + 2; continue; }
    const start = i;
    const code = source.charCodeAt(i);
    if (isNameStart(code)) {
      while (i < n && isNamePart(source.charCodeAt(i))) i += 1;
      tokens.push({ kind: 'name', text: source.slice(start, i), start, end: i });
      continue;
    }
    if (isDigit(code) || (c === '.' && isDigit(source.charCodeAt(i + 1)))) {
      while (i < n && (isNamePart(source.charCodeAt(i)) || source[i] === '.')) i += 1;
      tokens.push({ kind: 'other', text: source.slice(start, i), start, end: i });
      continue;
    }
    if (c === '"' || c === "'") {
      i += 1;
      while (i < n && source[i] !== c) { if (source[i] === '\\') i += 1; else if (source[i] === '\n') return undefined; i += 1; }
      if (i >= n) return undefined;
      i += 1;
      tokens.push({ kind: 'other', text: source.slice(start, i), start, end: i });
      continue;
    }
    if (c === '`') {
      const end = template(i + 1);
      if (end === undefined) return undefined;
      i = end;
      tokens.push({ kind: 'other', text: '`', start, end: i });
      continue;
    }
    if (c === '}' && braces.length && braces[braces.length - 1]) {
      braces.pop();
      const end = template(i + 1);
      if (end === undefined) return undefined;
      i = end;
      tokens.push({ kind: 'other', text: '`', start, end: i });
      continue;
    }
    if (c === '/' && regexAllowed()) {
      i += 1;
      let inClass = false;
      while (i < n) {
        const d = source[i];
        if (d === '\n') return undefined;
        if (d === '\\') i += 1;
        else if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
        i += 1;
      }
      if (i >= n) return undefined;
      i += 1;
      while (i < n && isNamePart(source.charCodeAt(i))) i += 1;
      tokens.push({ kind: 'other', text: source.slice(start, i), start, end: i });
      continue;
    }
    if (c === '{') braces.push(false);
    if (c === '}') { if (!braces.length) return undefined; braces.pop(); }
    i += 1;
    tokens.push({ kind: 'punct', text: c, start, end: i });
  }
  return braces.length ? undefined : tokens;
}

/** `__awaiter(this, void 0, void 0, function* () {` or with `void 0` for `this`: the only forms TypeScript emits here. */
const HEAD = ['__awaiter', '(', '*', ',', 'void', '0', ',', 'void', '0', ',', 'function', '*', '(', ')', '{'];

/** What stands before a generator method's `*` (`{ *name(`, `static *name(`). */
const METHOD_BEFORE = new Set(['{', '}', ',', ';', 'static', 'async']);

function headAt(tokens: Token[], i: number): { self: string; length: number } | undefined {
  let k = i;
  let self: string | undefined;
  for (const expected of HEAD) {
    const token = tokens[k];
    if (!token) return undefined;
    if (expected === '*' && self === undefined && k === i + 2) {
      if (token.text === 'this') { self = 'this'; k += 1; continue; }
      if (token.text === 'void' && tokens[k + 1]?.text === '0') { self = 'void 0'; k += 2; continue; }
      return undefined;
    }
    if (token.text !== expected) return undefined;
    k += 1;
  }
  return self === undefined ? undefined : { self, length: k - i };
}

/**
 * Every `__awaiter(…, function* () { … })` of TypeScript's ES2015 output as
 * `(async function () { … }).call(…)`, each of its `yield`s as `await`. The source unchanged when it
 * holds any generator that is not one of those calls, or anything the lexer does not follow.
 */
export function rewriteAwaiters(source: string): string {
  if (!source.includes('__awaiter(')) return source;
  const tokens = lex(source);
  if (!tokens) return source;
  const edits: { start: number; end: number; text: string }[] = [];
  const inBody: boolean[] = new Array(tokens.length).fill(false);
  let sites = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    if (tokens[i].text !== '__awaiter' || tokens[i - 1]?.text === 'var' || tokens[i - 1]?.text === '.') continue;
    const head = headAt(tokens, i);
    if (!head) continue;
    const open = i + head.length - 1;
    let depth = 0;
    let close = -1;
    for (let k = open; k < tokens.length; k += 1) {
      if (tokens[k].kind !== 'punct') continue;
      if (tokens[k].text === '{') depth += 1;
      else if (tokens[k].text === '}' && (depth -= 1) === 0) { close = k; break; }
    }
    if (close < 0 || tokens[close + 1]?.text !== ')') return source;
    for (let k = open + 1; k < close; k += 1) inBody[k] = true;
    edits.push({ start: tokens[i].start, end: tokens[open].end, text: '(async function () {' });
    edits.push({ start: tokens[close + 1].start, end: tokens[close + 1].end, text: `).call(${head.self})` });
    sites += 1;
  }
  let generators = 0;
  for (let k = 0; k < tokens.length; k += 1) {
    const token = tokens[k];
    if (token.text === '*' && (tokens[k - 1]?.text === 'function' || tokens[k + 1]?.text === '[' || (tokens[k + 2]?.text === '(' && METHOD_BEFORE.has(tokens[k - 1]?.text ?? '')))) generators += 1;
    if (token.kind === 'name' && token.text === 'yield') {
      // A yield outside the bodies, or a `yield*`: a generator of another kind, left alone.
      if (!inBody[k] || tokens[k + 1]?.text === '*') return source;
      edits.push({ start: token.start, end: token.end, text: 'await' });
    }
  }
  if (!sites || generators !== sites) return source;
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + source.slice(at);
}

const PIPELINE_LENGTH = `        const _this = this;
        Object.defineProperty(this, "length", {
            get: function () {
                return _this._queue.length;
            },
        });
`;

/** ioredis's Pipeline with its `length` getter (the queue's length) on the prototype instead of on each pipeline. */
export function rewritePipelineLength(source: string): string {
  if (!source.includes(PIPELINE_LENGTH) || !source.includes('exports.default = Pipeline;')) return source;
  return source.replace(PIPELINE_LENGTH, '').replace('exports.default = Pipeline;',
    'Object.defineProperty(Pipeline.prototype, "length", { configurable: true, get: function () { return this._queue.length; } }); exports.default = Pipeline;');
}

/** How many library files this process loaded rewritten, and how many it meant to but left as they were. */
const loaded = { rewritten: 0, unchanged: 0 };

/** What the hook did so far: logged at start, so an operator sees a botbuilder upgrade that no longer matches. */
export function nativeAsyncLibraries(): { rewritten: number; unchanged: number } {
  return { ...loaded };
}

/** The rewritten text of one CommonJS file, or the text as it was (another file, or a rewrite that does not compile). */
export function rewriteLibrary(source: string, filename: string): string {
  const target = isAwaiterFile(filename) ? 'awaiter' : isPipelineFile(filename) ? 'pipeline' : undefined;
  if (!target) return source;
  const rewritten = target === 'awaiter' ? rewriteAwaiters(source) : rewritePipelineLength(source);
  const compiles = rewritten !== source && (() => {
    try {
      new vm.Script(`(function (exports, require, module, __filename, __dirname) {${rewritten}\n})`, { filename });
      return true;
    } catch {
      return false;
    }
  })();
  // A file of a listed package with no async method in it is neither.
  if (compiles) loaded.rewritten += 1;
  else if (source.includes('__awaiter(') || target === 'pipeline') loaded.unchanged += 1;
  return compiles ? rewritten : source;
}

/** Marks the hook on Module.prototype itself: a test runner may evaluate this module again in the same process. */
const INSTALLED = Symbol.for('omni-support-bot.native-async-libraries');

/** Rewrites the libraries' files as they load (CommonJS `Module.prototype._compile`); before the first of them loads. */
export function installNativeAsyncLibraries(env: NodeJS.ProcessEnv = process.env): boolean {
  const proto = Module.prototype as unknown as { _compile(content: string, filename: string): unknown; [INSTALLED]?: true };
  if (proto[INSTALLED]) return true;
  if (env.NATIVE_ASYNC_LIBRARIES === 'off') return false;
  const compile = proto._compile;
  proto._compile = function (content: string, filename: string) {
    return compile.call(this, rewriteLibrary(content, filename), filename);
  };
  proto[INSTALLED] = true;
  return true;
}
