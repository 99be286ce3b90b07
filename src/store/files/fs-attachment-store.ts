import { randomUUID } from 'node:crypto';
import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { AppError } from '../../errors.js';
import type { AttachmentStore, IncomingFile } from '../../tickets/attachment-store.js';

/**
 * Customer files on local disk under `<root>/<YYYY-MM>/<uuid><ext>`. The name the customer gave is
 * kept on the ticket, never used as a path, so a crafted name cannot escape the root.
 * A deployment with several processes points DATA_DIR at shared storage.
 */
export class FsAttachmentStore implements AttachmentStore {
  constructor(private readonly root: string) {}

  async put(file: IncomingFile, receivedAt: Date): Promise<string> {
    const month = receivedAt.toISOString().slice(0, 7);
    const ext = extname(file.name).toLowerCase().replace(/[^.a-z0-9]/g, '').slice(0, 10);
    const ref = `${month}/${randomUUID()}${ext}`;
    try {
      await mkdir(join(this.root, month), { recursive: true });
      await writeFile(join(this.root, ref), file.bytes, { flag: 'wx' });
    } catch (err) {
      throw new AppError('STORE_UNAVAILABLE', 'Could not write the attachment.', { cause: err, details: { ref } });
    }
    return ref;
  }

  async delete(ref: string): Promise<boolean> {
    const path = this.#inside(ref);
    if (!path) return false;
    try {
      await unlink(path);
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw new AppError('STORE_UNAVAILABLE', 'Could not delete the attachment.', { cause: err, details: { ref } });
    }
  }

  /** The file's path, or undefined when `ref` would leave the root (refs come from stored tickets, but stay careful). */
  #inside(ref: string): string | undefined {
    const path = normalize(join(this.root, ref));
    return path.startsWith(normalize(this.root) + sep) ? path : undefined;
  }

  async get(ref: string): Promise<Buffer | undefined> {
    const path = this.#inside(ref);
    if (!path) return undefined;
    try {
      return await readFile(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new AppError('STORE_UNAVAILABLE', 'Could not read the attachment.', { cause: err, details: { ref } });
    }
  }
}
