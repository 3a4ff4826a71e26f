/**
 * Reads a whole table in key order, a batch at a time, with the next batch already asked for
 * while the current one is used (keyset pagination: each batch starts after the last key of the
 * one before, so every batch is an index range scan and the whole read is O(n)). At most two
 * batches are held at once, whatever the table's size.
 */
export class KeysetReader<Row, Key> {
  private batch: Row[] = [];
  private index = 0;
  private ahead: Promise<Row[]> | null;
  private done = false;

  constructor(
    private readonly fetch: (after: Key | null, limit: number) => Promise<Row[]>,
    private readonly keyOf: (row: Row) => Key,
    private readonly limit: number,
  ) {
    this.ahead = this.ask(null);
  }

  private ask(after: Key | null): Promise<Row[]> {
    const batch = this.fetch(after, this.limit);
    // Awaited later by peek(); until then a failure must not count as unhandled.
    batch.catch(() => {});
    return batch;
  }

  /** The next row without taking it; undefined at the end. */
  async peek(): Promise<Row | undefined> {
    if (this.index < this.batch.length) return this.batch[this.index];
    if (this.done || !this.ahead) return undefined;
    this.batch = await this.ahead;
    this.index = 0;
    if (this.batch.length < this.limit) {
      this.done = true;
      this.ahead = null;
    } else {
      // Ask for the next batch now: the database reads it while this one is checked.
      this.ahead = this.ask(this.keyOf(this.batch[this.batch.length - 1]!));
    }
    return this.batch[0];
  }

  /** Takes the next row; undefined at the end. */
  async next(): Promise<Row | undefined> {
    const row = await this.peek();
    if (row !== undefined) this.index++;
    return row;
  }
}
