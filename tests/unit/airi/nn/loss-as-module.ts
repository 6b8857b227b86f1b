// Test helper: a classification loss seen as a Module from logits to a [1] tensor holding the loss, so
// the numeric gradient check (which needs forward/backward/parameters) can check its backward too.
import { type ClassTargets, type Module, type Parameter, Tensor } from '../../../../airi/index';

interface ClassificationLoss {
  forward(input: Tensor, target: ClassTargets): number;
  backward(): Tensor;
}

export class LossAsModule implements Module {
  constructor(
    private readonly loss: ClassificationLoss,
    private readonly target: ClassTargets,
  ) {}

  forward(x: Tensor): Tensor {
    return Tensor.fromArray([this.loss.forward(x, this.target)], [1]);
  }

  // The loss's backward is d loss / d input; the chain rule scales it by the upstream d L / d loss.
  backward(dout: Tensor): Tensor {
    const grad = this.loss.backward();
    for (let i = 0; i < grad.size; i++) grad.data[i] *= dout.data[0];
    return grad;
  }

  parameters(): Parameter[] {
    return [];
  }
}
