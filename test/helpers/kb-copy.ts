import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throw-away copy of knowledge-base/, so tests that publish never write into the repository. */
export function copyKnowledgeBase(): { dir: string; remove(): void } {
  const dir = join(mkdtempSync(join(tmpdir(), 'osb-kb-')), 'knowledge-base');
  cpSync('knowledge-base', dir, { recursive: true });
  return { dir, remove: () => rmSync(join(dir, '..'), { recursive: true, force: true }) };
}

export const STAFF = {
  trainer: 'trainer-token-0123456789',
  agent: 'agent-token-0123456789abc',
  supervisor: 'supervisor-token-0123456789',
} as const;

/** STAFF_TOKENS for startTestApp: one staff member per role. */
export const STAFF_TOKENS_ENV = `tina:trainer:${STAFF.trainer},andy:agent:${STAFF.agent},sam:supervisor:${STAFF.supervisor}`;
