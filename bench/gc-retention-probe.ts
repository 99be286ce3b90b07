import { writeSync } from 'node:fs';

/**
 * Issue 19's retainer, reduced to a loop: `node --trace-gc-nvp --import tsx bench/gc-retention-probe.ts <case>`
 * runs 400,000 iterations of one case, each allocating ~30 small objects that nothing keeps after it,
 * between the lines "bench-turns-window start/end". Compare `new_space_survived` and `promoted` of the
 * scavenges in between (tail -n +1 | grep gc=s). Cases:
 *
 * - `per-call-generator`: TypeScript's ES2015 async helper as botbuilder's packages are compiled,
 *   `__awaiter(this, void 0, void 0, function* () { … })`, a new generator function per call.
 * - `hoisted-generator`: the same helper with one generator function for every call.
 * - `native-async`: the same body as an `async function` made per call.
 * - `closure-new`: a function made per call and run with `new` (an initial map per function).
 * - `closure-call`: the same function only called.
 *
 * On Node 20.20 (V8 11.3), 2 cores: per-call-generator and closure-new keep part of the young
 * generation through every scavenge (9 % and 29 % of what was allocated since the one before; most of it
 * promoted at the next), the three others 0.0–0.1 %.
 */
const __awaiter = function (thisArg: unknown, args: unknown, P: PromiseConstructor | undefined, generator: (...a: unknown[]) => Generator) {
  function adopt(value: unknown) { return value instanceof P! ? value : new P!((resolve) => { resolve(value); }); }
  return new (P || (P = Promise))((resolve, reject) => {
    let it: Generator;
    function fulfilled(value: unknown) { try { step(it.next(value)); } catch (e) { reject(e); } }
    function rejected(value: unknown) { try { step(it.throw(value)); } catch (e) { reject(e); } }
    function step(result: IteratorResult<unknown>) { if (result.done) resolve(result.value); else (adopt(result.value) as Promise<unknown>).then(fulfilled, rejected); }
    step((it = generator.apply(thisArg, (args as unknown[]) || [])).next());
  });
};

interface Turn { id: number; pad: { i: number }[] }
const turnOf = (id: number): Turn => ({ id, pad: Array.from({ length: 24 }, (_, i) => ({ i })) });

function* hoisted(this: unknown, turn: Turn): Generator<unknown, number, number> {
  return (yield Promise.resolve(turn.pad.length)) + turn.id;
}

const cases: Record<string, (turn: Turn) => Promise<unknown>> = {
  'per-call-generator': (turn) => __awaiter(null, undefined, undefined, function* (): Generator<unknown, number, number> {
    return (yield Promise.resolve(turn.pad.length)) + turn.id;
  }),
  'hoisted-generator': (turn) => __awaiter(null, [turn], undefined, hoisted as (...a: unknown[]) => Generator),
  'native-async': (turn) => (async () => (await Promise.resolve(turn.pad.length)) + turn.id)(),
  'closure-new': (turn) => {
    const Made = function (this: { turn?: Turn }) { this.turn = turn; } as unknown as new () => { turn: Turn };
    return Promise.resolve(new Made());
  },
  'closure-call': (turn) => {
    const made = function (this: { turn?: Turn }) { this.turn = turn; };
    const target: { turn?: Turn } = {};
    made.call(target);
    return Promise.resolve(target);
  },
};

const name = process.argv[2] ?? '';
const run = cases[name];
if (!run) throw new Error(`usage: gc-retention-probe.ts <${Object.keys(cases).join('|')}>`);
writeSync(1, 'bench-turns-window start\n');
for (let i = 0; i < 400_000; i += 1) await run(turnOf(i));
writeSync(1, 'bench-turns-window end\n');
