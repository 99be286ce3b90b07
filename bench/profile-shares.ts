import { readFileSync } from 'node:fs';

/**
 * `npx tsx bench/profile-shares.ts <file.cpuprofile|file.heapprofile> [rows]`: where the samples
 * (CPU time, or sampled allocation bytes) go, each given to the innermost frame of a group above it —
 * our code by file, third-party code by package, Node and V8 by name — then the top self frames.
 * "idle" and "(program)" are left out of the shares.
 */
interface CallFrame { functionName: string; url: string; lineNumber: number }
interface CpuNode { id: number; callFrame: CallFrame; children?: number[]; hitCount?: number }
interface HeapNode { callFrame: CallFrame; selfSize: number; children: HeapNode[] }

const [file, rowsText] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-shares.ts <profile> [rows]');
const rows = Number(rowsText ?? 25);
const raw = JSON.parse(readFileSync(file, 'utf8'));

/** The group a frame belongs to: a package, one of our files, or a runtime bucket. */
function groupOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : `(native) ${functionName}`;
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const ours = url.match(/\/(src|dialogs|bench)\/(.*)$/);
  return ours ? `${ours[1]}/${ours[2]}` : url;
}
const label = (f: CallFrame) => `${f.functionName || '(anonymous)'} ${groupOf(f)}:${f.lineNumber + 1}`;

const self = new Map<string, number>();
const byGroup = new Map<string, number>();
/** Inclusive: the samples under any frame of a group (counted once per sample). */
const inclusive = new Map<string, number>();
let total = 0;
const add = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);

function visit(frame: CallFrame, n: number, stack: CallFrame[]): void {
  if (n === 0) return;
  const name = frame.functionName;
  if (name === '(idle)' || name === '(program)' || name === '(root)') return;
  total += n;
  add(self, label(frame), n);
  add(byGroup, groupOf(frame), n);
  for (const group of new Set([...stack, frame].map(groupOf))) add(inclusive, group, n);
}

if (Array.isArray(raw.nodes)) {
  const nodes = new Map<number, CpuNode>(raw.nodes.map((n: CpuNode) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of nodes.values()) for (const c of n.children ?? []) parent.set(c, n.id);
  const counts = new Map<number, number>();
  for (const id of raw.samples as number[]) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const [id, n] of counts) {
    const stack: CallFrame[] = [];
    for (let p = parent.get(id); p !== undefined; p = parent.get(p)) stack.push(nodes.get(p)!.callFrame);
    visit(nodes.get(id)!.callFrame, n, stack);
  }
} else {
  const walk = (node: HeapNode, stack: CallFrame[]) => {
    visit(node.callFrame, node.selfSize, stack);
    for (const c of node.children) walk(c, [...stack, node.callFrame]);
  };
  walk(raw.head, []);
}

const pct = (n: number) => `${((100 * n) / total).toFixed(1).padStart(5)} %`;
const top = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, rows);
console.log(`total ${total} ${Array.isArray(raw.nodes) ? 'samples' : 'bytes'}`);
console.log('\n-- self, by group --');
for (const [k, n] of top(byGroup)) console.log(pct(n), k);
console.log('\n-- inclusive, by group (any frame of it on the stack) --');
for (const [k, n] of top(inclusive)) console.log(pct(n), k);
console.log('\n-- self, by frame --');
for (const [k, n] of top(self)) console.log(pct(n), k);
