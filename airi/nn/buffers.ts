// Buffers: tensors a module keeps that are state but not trained, such as BatchNorm's running mean
// and variance (lesson 6). Optimizers must not touch them, yet a checkpoint must save them, or the
// reloaded model evaluates with fresh statistics. Names follow PyTorch's state_dict ("1.running_mean").
import type { Tensor } from '../tensor';
import type { Module } from './module';
import { hasChildren } from './children';

export interface ModuleBuffer {
  /** "running_mean", "running_var"; namedBuffers prefixes the layer index: "1.running_mean". */
  name: string;
  value: Tensor;
}

/** A module with buffers (BatchNorm1d, BatchNorm2d), as torch.nn.Module.named_buffers(). */
export interface HasBuffers {
  buffers(): ModuleBuffer[];
}

export function hasBuffers(module: Module): module is Module & HasBuffers {
  return typeof (module as Partial<HasBuffers>).buffers === 'function';
}

/**
 * Every buffer of `module` and, through containers (Sequential and any module with named children,
 * nested too), of its layers, named as their parameters are, so a checkpoint holds both under
 * PyTorch's keys.
 */
export function namedBuffers(module: Module): ModuleBuffer[] {
  const own = hasBuffers(module) ? module.buffers() : [];
  if (!hasChildren(module)) return own;
  const below = module.namedChildren().flatMap(([child, layer]) => namedBuffers(layer).map((b) => ({ name: `${child}.${b.name}`, value: b.value })));
  return [...own, ...below];
}
