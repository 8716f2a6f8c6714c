/**
 * Per-product lists of small integers (category, tag, price), in one Int32Array: slot `i`'s list is
 * `values[start[i] .. start[i] + length[i])`. A patched product gets a new slot whose list is
 * appended at the end; the old slot's values stay as garbage until the index compacts.
 */
export class SlotLists {
  start: Int32Array;
  length: Int32Array;
  values: Int32Array;
  used = 0;

  constructor(slots: number, values: number) {
    this.start = new Int32Array(Math.max(slots, 16));
    this.length = new Int32Array(Math.max(slots, 16));
    this.values = new Int32Array(Math.max(values, 16));
  }

  /** Sets slot `slot`'s list (a new slot: its list goes at the end). */
  set(slot: number, list: ArrayLike<number>): void {
    if (slot >= this.start.length) {
      const size = Math.max(slot + 1, this.start.length * 2);
      this.start = grow(this.start, size);
      this.length = grow(this.length, size);
    }
    if (this.used + list.length > this.values.length)
      this.values = grow(this.values, Math.max(this.used + list.length, this.values.length * 2));
    this.start[slot] = this.used;
    this.length[slot] = list.length;
    for (let i = 0; i < list.length; i += 1) this.values[this.used + i] = list[i] as number;
    this.used += list.length;
  }

  /** The slot's list, as a view (no copy). */
  get(slot: number): Int32Array {
    const start = this.start[slot] as number;
    return this.values.subarray(start, start + (this.length[slot] as number));
  }

  bytes(): number {
    return this.start.byteLength + this.length.byteLength + this.values.byteLength;
  }
}

export function grow<T extends Int32Array | Uint8Array | Float64Array>(array: T, size: number): T {
  const Ctor = array.constructor as new (n: number) => T;
  const next = new Ctor(size);
  next.set(array);
  return next;
}

/** Strings to dense ids, for categories, tags and brands. */
export class Dictionary {
  readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
}
