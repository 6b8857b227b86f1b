// Modules made of named sub-modules, as torch.nn.Module's named_children(): a container names its
// parts ("features", "block", "fc1"; a Sequential "0", "1", ...), and every parameter and buffer below
// it is named by the path of names down to it ("features.1.0.block.0.1.weight"). That path is how a
// torchvision state dict is matched onto an airi model, and how tools reach one layer inside a model
// (Grad-CAM at "features.8").
import type { Module, Parameter } from './module';

/** A module with named sub-modules, in a stable order (its parameters are theirs, renamed). */
export interface HasChildren {
  namedChildren(): [string, Module][];
}

export function hasChildren(module: Module): module is Module & HasChildren {
  return typeof (module as Partial<HasChildren>).namedChildren === 'function';
}

/** The children's parameters, each named "<child>.<name>": the same value and grad tensors, so optimizers update the layers' own. */
export function childParameters(children: [string, Module][]): Parameter[] {
  return children.flatMap(([child, module]) => module.parameters().map((p) => ({ name: `${child}.${p.name}`, value: p.value, grad: p.grad })));
}

/** Every module below `module` (itself first, as ""), with its path, as torch's named_modules(). */
export function namedModules(module: Module, prefix = ''): [string, Module][] {
  const below = hasChildren(module)
    ? module.namedChildren().flatMap(([child, m]) => namedModules(m, prefix === '' ? child : `${prefix}.${child}`))
    : [];
  return [[prefix, module], ...below];
}

/** The module at `path` ("features.8"), as torch's get_submodule; throws naming the first missing part. */
export function getSubmodule(module: Module, path: string): Module {
  let current = module;
  let walked = '';
  for (const part of path === '' ? [] : path.split('.')) {
    const found = hasChildren(current) ? current.namedChildren().find(([name]) => name === part) : undefined;
    if (!found) throw new Error(`getSubmodule: ${walked === '' ? 'the model' : `"${walked}"`} has no sub-module "${part}"`);
    current = found[1];
    walked = walked === '' ? part : `${walked}.${part}`;
  }
  return current;
}
