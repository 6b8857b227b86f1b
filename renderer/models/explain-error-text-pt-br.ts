// The ONNX class activation maps' errors in Brazilian Portuguese (contract/models/explain-errors.ts has the English).
import type { ExplainErrorParams } from '../../contract/models/explain-errors';

export const EXPLAIN_ERRORS_PT_BR: { [C in keyof ExplainErrorParams]: (params: ExplainErrorParams[C]) => string } = {
  'cam-layer-unknown': (p) => `o modelo ${p.model} não tem uma ativação ${p.layer} de forma [1, C, H, W] para explicar`,
  'cam-class-out-of-range': (p) => `a classe ${p.classIndex} não é uma das ${p.classes} classes do modelo`,
  'cam-gradient-unsupported': (p) =>
    `o Grad-CAM não consegue calcular o gradiente em ${p.layer}: o grafo depois dela usa ${p.op} (nó ${p.node}), que o backward do Airi Lab não suporta; use o Eigen-CAM, que não precisa de gradiente`,
};
