// Reads a PyTorch checkpoint (.pth/.pt) holding a state dict, as torchvision's pretrained files do,
// without running Python's pickle: the zip layout torch.save writes since PyTorch 1.6
// (<name>/data.pkl + <name>/data/<key>), and the older single-stream layout of files such as
// vgg16-397923af.pth (magic number, version and system pickles, the object, the storage keys, then each
// storage as an int64 count and its bytes). The pickle goes through the restricted unpickler.
import { unzipSync } from 'fflate';
import { Tensor } from '../../airi';
import { PickleDict, UnpickleError, unpickle, type PickleValue, type StorageRef, type TensorRef } from './restricted-unpickler';
import { dtypeOf, gatherTensor } from './torch-storages';

/** What a checkpoint could not be read for; `forbidden` names a callable the pickle asked for. */
export class CheckpointError extends Error {
  override name = 'CheckpointError';
  constructor(message: string, readonly forbidden: string | null = null) {
    super(message);
  }
}

const LEGACY_MAGIC = 0x1950a86a20f9469cfc6cn;
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function isTensorRef(value: PickleValue): value is TensorRef {
  return typeof value === 'object' && value !== null && 'kind' in value && value.kind === 'tensor';
}

/** The state dict inside: the top-level dict, or the "state_dict"/"model" entry of a training checkpoint. */
function stateDictOf(root: PickleValue): PickleDict {
  if (!(root instanceof PickleDict)) throw new CheckpointError('it does not hold a dictionary of tensors');
  for (const key of ['state_dict', 'model', 'model_state_dict']) {
    const inner = root.entries.get(key);
    if (inner instanceof PickleDict) return inner;
  }
  return root;
}

function tensorsOf(root: PickleValue, storageBytes: (ref: StorageRef) => Uint8Array): Record<string, Tensor> {
  const tensors: Record<string, Tensor> = Object.create(null) as Record<string, Tensor>;
  for (const [name, value] of stateDictOf(root).entries) {
    if (!isTensorRef(value)) continue; // e.g. a saved epoch number next to the weights
    const data = gatherTensor(value, storageBytes(value.storage));
    tensors[String(name)] = new Tensor(data, value.shape.length ? value.shape : [1]);
  }
  if (Object.keys(tensors).length === 0) throw new CheckpointError('it holds no tensors');
  return tensors;
}

function readZip(bytes: Uint8Array): Record<string, Tensor> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (error) {
    throw new CheckpointError(`it is a damaged zip archive (${error instanceof Error ? error.message : String(error)})`);
  }
  const pickleName = Object.keys(files).find((name) => /^[^/]+\/data\.pkl$/.test(name));
  if (!pickleName) throw new CheckpointError('it is a zip archive without the data.pkl a PyTorch checkpoint has');
  const folder = pickleName.slice(0, -'data.pkl'.length);
  const order = files[`${folder}byteorder`];
  if (order && new TextDecoder().decode(order).trim() !== 'little') throw new CheckpointError('it was saved big-endian');
  const { value } = unpickle(files[pickleName]);
  return tensorsOf(value, (ref) => {
    const data = files[`${folder}data/${ref.key}`];
    if (!data) throw new CheckpointError(`its storage ${ref.key} is missing`);
    return data;
  });
}

function readLegacy(bytes: Uint8Array): Record<string, Tensor> {
  const magic = unpickle(bytes, 0);
  if (magic.value !== Number(LEGACY_MAGIC) && magic.value !== LEGACY_MAGIC) throw new CheckpointError('it is not a PyTorch checkpoint');
  const version = unpickle(bytes, magic.end);
  if (version.value !== 1001) throw new CheckpointError(`it uses checkpoint version ${String(version.value)}, not 1001`);
  const system = unpickle(bytes, version.end);
  const root = unpickle(bytes, system.end);
  const keys = unpickle(bytes, root.end);
  if (!Array.isArray(keys.value)) throw new CheckpointError('its list of storages is missing');
  // Storages follow in the order of that list, each as an int64 element count and its bytes.
  const storages = new Map<string, Uint8Array>();
  const refs = new Map<string, StorageRef>();
  collectStorages(root.value, refs);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = keys.end;
  for (const key of keys.value) {
    const ref = refs.get(String(key));
    const dtype = ref ? dtypeOf(ref.storageType) : null;
    if (!ref || !dtype) throw new CheckpointError(`its storage ${String(key)} has no known type`);
    if (at + 8 > bytes.length) throw new CheckpointError('it ends before its last storage (truncated?)');
    const count = Number(view.getBigInt64(at, true));
    const size = count * dtype.bytes;
    if (count < 0 || at + 8 + size > bytes.length) throw new CheckpointError('it ends before its last storage (truncated?)');
    storages.set(String(key), bytes.subarray(at + 8, at + 8 + size));
    at += 8 + size;
  }
  return tensorsOf(root.value, (ref) => {
    const data = storages.get(ref.key);
    if (!data) throw new CheckpointError(`its storage ${ref.key} is missing`);
    return data;
  });
}

function collectStorages(value: PickleValue, into: Map<string, StorageRef>): void {
  if (value instanceof PickleDict) for (const v of value.entries.values()) collectStorages(v, into);
  else if (isTensorRef(value)) into.set(value.storage.key, value.storage);
}

/** The state dict's tensors (float32, whatever their stored type), or a CheckpointError saying why not. */
export function readTorchCheckpoint(bytes: Uint8Array): Record<string, Tensor> {
  try {
    const isZip = ZIP_SIGNATURE.every((b, i) => bytes[i] === b);
    if (!isZip && bytes[0] !== 0x80) throw new CheckpointError('it is neither a zip archive nor a pickle');
    return isZip ? readZip(bytes) : readLegacy(bytes);
  } catch (error) {
    if (error instanceof CheckpointError) throw error;
    if (error instanceof UnpickleError) throw new CheckpointError(error.message, error.forbidden);
    throw new CheckpointError(error instanceof Error ? error.message : String(error));
  }
}
