// Errors of the ONNX class activation maps (native-models/cam, lab/models): a layer that is not an
// explainable activation, a class out of range, and a graph whose tail after the layer has an operator
// the gradient cannot go through (Eigen-CAM, which needs no gradient, is offered instead).
export interface ExplainErrorParams {
  'cam-layer-unknown': { layer: string; model: string };
  'cam-class-out-of-range': { classIndex: number; classes: number };
  'cam-gradient-unsupported': { layer: string; op: string; node: string };
}

type Texts<P> = { [C in keyof P]: (params: P[C]) => string };

export const ENGLISH_EXPLAIN_ERRORS: Texts<ExplainErrorParams> = {
  'cam-layer-unknown': (p) => `the model ${p.model} has no activation ${p.layer} shaped [1, C, H, W] to explain`,
  'cam-class-out-of-range': (p) => `class ${p.classIndex} is not one of the model's ${p.classes} classes`,
  'cam-gradient-unsupported': (p) =>
    `Grad-CAM cannot take the gradient at ${p.layer}: the graph after it uses ${p.op} (node ${p.node}), which Airi Lab's backward does not support; use Eigen-CAM, which needs no gradient`,
};
