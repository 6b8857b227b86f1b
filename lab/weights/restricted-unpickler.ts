// A pickle reader that can only rebuild what a PyTorch state dict is made of: dicts, lists, tuples,
// numbers, strings, OrderedDict and tensors over storages. A pickle is a small program that may call
// any Python function (os.system included), so this never runs one: every GLOBAL is checked against
// a short allow-list, and a file that names anything else is refused with that name.
// Opcodes: https://github.com/python/cpython/blob/main/Lib/pickletools.py (protocols 2 to 5).
// Linear time: every opcode consumes at least one byte and no opcode copies more than it reads.

/** An allowed Python callable, as GLOBAL named it. */
export class PickleGlobal {
  constructor(readonly module: string, readonly name: string) {}
  get qualified(): string {
    return `${this.module}.${this.name}`;
  }
}
export class PickleTuple {
  constructor(readonly items: PickleValue[]) {}
}
/** A dict or OrderedDict; string and integer keys only (what state dicts use). */
export class PickleDict {
  readonly entries = new Map<string | number, PickleValue>();
}
/** What BINPERSID names: one storage of the checkpoint, read later from its own bytes. */
export interface StorageRef {
  kind: 'storage';
  /** PyTorch's class name, e.g. "FloatStorage". */
  storageType: string;
  key: string;
  numel: number;
}
/** torch._utils._rebuild_tensor_v2's arguments: a strided view of a storage. */
export interface TensorRef {
  kind: 'tensor';
  storage: StorageRef;
  offset: number;
  shape: number[];
  stride: number[];
}
export type PickleValue =
  | null | boolean | number | bigint | string | Uint8Array
  | PickleValue[] | PickleTuple | PickleDict | PickleGlobal | StorageRef | TensorRef;

export const ALLOWED_GLOBALS: ReadonlySet<string> = new Set([
  'collections.OrderedDict',
  'torch._utils._rebuild_tensor_v2',
  'torch._utils._rebuild_parameter',
  ...['Float', 'Double', 'Half', 'BFloat16', 'Long', 'Int', 'Short', 'Char', 'Byte', 'Bool'].map((t) => `torch.${t}Storage`),
]);

/** Why a pickle was refused; `forbidden` is set when it named a callable outside the allow-list. */
export class UnpickleError extends Error {
  override name = 'UnpickleError';
  constructor(message: string, readonly forbidden: string | null = null) {
    super(message);
  }
}

const MARK = Symbol('mark');
type StackItem = PickleValue | typeof MARK;

function fail(message: string, forbidden: string | null = null): never {
  throw new UnpickleError(message, forbidden);
}

const isStorage = (v: PickleValue): v is StorageRef => typeof v === 'object' && v !== null && 'kind' in v && v.kind === 'storage';
const isTensor = (v: PickleValue): v is TensorRef => typeof v === 'object' && v !== null && 'kind' in v && v.kind === 'tensor';

function integers(value: PickleValue, what: string): number[] {
  if (!(value instanceof PickleTuple)) fail(`${what} is not a tuple`);
  return value.items.map((n) => (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : fail(`${what} holds ${String(n)}`)));
}

/** Calls an allowed callable (REDUCE). Anything else was already refused at GLOBAL. */
function call(callable: PickleValue, args: PickleValue): PickleValue {
  if (!(callable instanceof PickleGlobal) || !(args instanceof PickleTuple)) fail('REDUCE on something that is not a callable');
  const a = args.items;
  switch (callable.qualified) {
    case 'collections.OrderedDict':
      if (a.length !== 0) fail('OrderedDict built from arguments');
      return new PickleDict();
    case 'torch._utils._rebuild_tensor_v2': {
      const [storage, offset] = a;
      if (!isStorage(storage)) fail('a tensor without a storage');
      if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0) fail('a tensor with a bad storage offset');
      const shape = integers(a[2], 'a tensor shape');
      const stride = integers(a[3], 'a tensor stride');
      if (shape.length !== stride.length) fail('a tensor whose shape and stride differ in length');
      return { kind: 'tensor', storage, offset, shape, stride };
    }
    case 'torch._utils._rebuild_parameter':
      return isTensor(a[0]) ? a[0] : fail('a parameter that is not a tensor');
    default:
      return fail(`${callable.qualified} cannot be called`, callable.qualified);
  }
}

/** Reads one pickle starting at `start`; returns its value and where its STOP opcode ended. */
export function unpickle(bytes: Uint8Array, start = 0): { value: PickleValue; end: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stack: StackItem[] = [];
  const memo = new Map<number, PickleValue>();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pos = start;

  const need = (n: number) => (n >= 0 && pos + n <= bytes.length ? n : fail('the pickle ends in the middle of an opcode'));
  /** Moves past `n` bytes and returns where they started. */
  const skip = (n: number) => {
    need(n);
    pos += n;
    return pos - n;
  };
  const u8 = () => bytes[skip(1)];
  const take = (n: number) => bytes.subarray(skip(n), pos);
  const u32 = () => view.getUint32(skip(4), true);
  const line = () => {
    const end = bytes.indexOf(0x0a, pos);
    if (end < 0 || end - pos > 256) fail('a GLOBAL name without its end of line');
    const text = decoder.decode(bytes.subarray(pos, end));
    pos = end + 1;
    return text;
  };
  const pop = (): PickleValue => {
    const item = stack.pop();
    return item === undefined || item === MARK ? fail('the pickle pops more than it pushed') : item;
  };
  const popMark = (): PickleValue[] => {
    const at = stack.lastIndexOf(MARK);
    if (at < 0) fail('the pickle closes a MARK it never opened');
    const items = stack.splice(at) as PickleValue[];
    items.shift();
    return items;
  };
  const top = (): PickleValue => {
    const item = stack.at(-1);
    return item === undefined || item === MARK ? fail('the pickle uses an empty stack') : item;
  };
  const text = (n: number) => {
    try {
      return decoder.decode(take(n));
    } catch (error) {
      if (error instanceof UnpickleError) throw error;
      return fail('a string that is not UTF-8');
    }
  };
  const global = (module: string, name: string) => {
    const qualified = `${module}.${name}`;
    return ALLOWED_GLOBALS.has(qualified) ? new PickleGlobal(module, name) : fail(`it asks to call ${qualified}`, qualified);
  };
  const setItems = (target: PickleValue, pairs: PickleValue[]) => {
    if (!(target instanceof PickleDict)) fail('SETITEM on something that is not a dict');
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const key = pairs[i];
      if (typeof key !== 'string' && typeof key !== 'number') fail('a dict key that is not a string or a number');
      target.entries.set(key, pairs[i + 1]);
    }
  };
  const memoGet = (index: number) => (memo.has(index) ? (memo.get(index) as PickleValue) : fail(`memo entry ${index} is read before it is written`));

  for (;;) {
    const op = u8();
    switch (op) {
      case 0x80: u8(); break; // PROTO
      case 0x95: skip(8); break; // FRAME: a hint only
      case 0x2e: return { value: pop(), end: pos }; // STOP
      case 0x28: stack.push(MARK); break; // MARK
      case 0x7d: stack.push(new PickleDict()); break; // EMPTY_DICT
      case 0x5d: stack.push([]); break; // EMPTY_LIST
      case 0x29: stack.push(new PickleTuple([])); break; // EMPTY_TUPLE
      case 0x4e: stack.push(null); break; // NONE
      case 0x88: stack.push(true); break; // NEWTRUE
      case 0x89: stack.push(false); break; // NEWFALSE
      case 0x4b: stack.push(u8()); break; // BININT1
      case 0x4d: stack.push(u8() | (u8() << 8)); break; // BININT2
      case 0x4a: stack.push(view.getInt32(skip(4), true)); break; // BININT
      case 0x8a: { // LONG1: little-endian two's complement
        const raw = take(u8());
        let value = 0n;
        for (let i = raw.length - 1; i >= 0; i--) value = (value << 8n) | BigInt(raw[i]);
        if (raw.length > 0 && raw[raw.length - 1] & 0x80) value -= 1n << BigInt(8 * raw.length);
        stack.push(value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value);
        break;
      }
      case 0x47: stack.push(view.getFloat64(skip(8), false)); break; // BINFLOAT (big-endian)
      case 0x58: stack.push(text(u32())); break; // BINUNICODE
      case 0x8c: stack.push(text(u8())); break; // SHORT_BINUNICODE
      case 0x43: stack.push(take(u8()).slice()); break; // SHORT_BINBYTES
      case 0x42: stack.push(take(u32()).slice()); break; // BINBYTES
      case 0x74: stack.push(new PickleTuple(popMark())); break; // TUPLE
      case 0x85: stack.push(new PickleTuple([pop()])); break; // TUPLE1
      case 0x86: { const b = pop(); const a = pop(); stack.push(new PickleTuple([a, b])); break; } // TUPLE2
      case 0x87: { const c = pop(); const b = pop(); const a = pop(); stack.push(new PickleTuple([a, b, c])); break; } // TUPLE3
      case 0x71: memo.set(u8(), top()); break; // BINPUT
      case 0x72: memo.set(u32(), top()); break; // LONG_BINPUT
      case 0x94: memo.set(memo.size, top()); break; // MEMOIZE
      case 0x68: stack.push(memoGet(u8())); break; // BINGET
      case 0x6a: stack.push(memoGet(u32())); break; // LONG_BINGET
      case 0x63: { const module = line(); stack.push(global(module, line())); break; } // GLOBAL
      case 0x93: { // STACK_GLOBAL
        const name = pop();
        const module = pop();
        if (typeof module !== 'string' || typeof name !== 'string') fail('STACK_GLOBAL without two strings');
        stack.push(global(module, name));
        break;
      }
      case 0x52: { const args = pop(); stack.push(call(pop(), args)); break; } // REDUCE
      case 0x62: { // BUILD: only a state dict's _metadata attribute, which we do not need
        const state = pop();
        if (!(top() instanceof PickleDict) || !(state instanceof PickleDict || state instanceof PickleTuple || state === null)) {
          fail('BUILD on something other than a dict');
        }
        break;
      }
      case 0x73: { const value = pop(); const key = pop(); setItems(top(), [key, value]); break; } // SETITEM
      case 0x75: { const pairs = popMark(); setItems(top(), pairs); break; } // SETITEMS
      case 0x61: { const value = pop(); const list = top(); if (!Array.isArray(list)) fail('APPEND to something that is not a list'); list.push(value); break; }
      case 0x65: { const items = popMark(); const list = top(); if (!Array.isArray(list)) fail('APPENDS to something that is not a list'); list.push(...items); break; }
      case 0x51: stack.push(persistent(pop())); break; // BINPERSID
      default:
        fail(`opcode 0x${op.toString(16).padStart(2, '0')} at byte ${pos - 1} is not one a tensor file uses`);
    }
  }
}

/** ('storage', torch.FloatStorage, key, location, numel[, view metadata]) → a storage reference. */
function persistent(pid: PickleValue): StorageRef {
  if (!(pid instanceof PickleTuple) || pid.items[0] !== 'storage') fail('a persistent id that is not a storage');
  const [, type, key, , numel] = pid.items;
  if (!(type instanceof PickleGlobal) || !type.name.endsWith('Storage')) fail('a storage of an unknown type');
  if (typeof key !== 'string' && typeof key !== 'number') fail('a storage without a key');
  if (typeof numel !== 'number' || !Number.isSafeInteger(numel) || numel < 0) fail('a storage with a bad size');
  return { kind: 'storage', storageType: type.name, key: String(key), numel };
}
