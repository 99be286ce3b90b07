/** A file received from a customer, before it is stored. */
export interface IncomingFile {
  name: string;
  contentType: string;
  bytes: Buffer;
}

/**
 * Keeps the bytes of customer files; tickets hold only the reference it returns.
 * Implementation: FsAttachmentStore (DATA_DIR/attachments).
 */
export interface AttachmentStore {
  /** Stores the file and returns its reference, relative to the store's root. */
  put(file: IncomingFile, receivedAt: Date): Promise<string>;
  /** undefined when nothing is stored under `ref`. */
  get(ref: string): Promise<Buffer | undefined>;
  /** Removes the file (a customer's deletion request); false when nothing was stored under `ref`. */
  delete(ref: string): Promise<boolean>;
}
