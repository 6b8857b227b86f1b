// Lesson 4's prose in English: the engine's layer contract, the gradient check, the optimizers'
// update rules (with the notebook's sign error explained) and how to read the races.
import type { LessonText } from '../lesson-text';

export const airiTextEn: LessonText = {
  lead: 'airi is the deep-learning engine inside this app. The notebooks built a small NumPy library with the same name (notebook 3.5); ours is written in TypeScript after it, and it trains every network you have met so far. In this lesson you open it up: how a layer computes its output and its gradients, how to check that a backward pass is right, and how the optimizers that move the weights differ.',
  sections: [
    {
      id: 'airi-layers',
      heading: 'Layers like Lego bricks',
      blocks: [
        { kind: 'paragraph', text: 'Every layer offers the same few methods, so layers snap together like bricks. forward(x) computes the output and keeps what backward will need. backward(dout) receives the gradient of the loss with respect to the output, returns the gradient with respect to the input, and adds the gradients of its own weights into their grad buffers. parameters() hands those weights and gradients to the optimizer. There is no autograd: each layer writes its own backward, as in the notebook.' },
        { kind: 'paragraph', text: 'A Linear layer is the clearest example. With inputs x (one row per image), weights W and bias b:' },
        { kind: 'formula', text: 'forward:   y = x·Wᵀ + b\nbackward:  ∂L/∂W = doutᵀ·x     ∂L/∂b = Σₙ dout     ∂L/∂x = dout·W' },
        { kind: 'paragraph', text: 'Below, under “Inside airi”, you can read the real source of forward and backward for several layers and of each optimizer’s step, exactly as the app runs them.' },
      ],
    },
    {
      id: 'airi-gradient-check',
      heading: 'How do we know backward is right?',
      blocks: [
        { kind: 'paragraph', text: 'A gradient is a slope, and a slope can be measured: move one number a little up, a little down, and see how much the loss changes. This numeric gradient is slow (two forward passes per number) but hard to get wrong, so it is the judge of the fast analytic gradient that backward computes.' },
        { kind: 'formula', text: '∂L/∂v ≈ (L(v + h) − L(v − h)) / 2h\nrelative error = |analytic − numeric| / max(|analytic|, |numeric|)' },
        { kind: 'paragraph', text: 'The notebook’s tests.py did exactly this for its Conv2D, in float64 with h = 0.00001, and required a relative error below 0.001. airi computes in float32, which keeps only about 7 digits, so it uses h = 0.01 and accepts errors below 0.01: a correct backward stays below about 0.001, while a wrong index or a missing term gives errors near 1.' },
      ],
    },
    {
      id: 'airi-optimizers',
      heading: 'Optimizers: the update rules',
      blocks: [
        { kind: 'paragraph', text: 'Training repeats one move: compute the gradient dx of the loss with respect to every weight x, then change x a little. The gradient points uphill, towards larger loss, so plain gradient descent subtracts it:' },
        { kind: 'formula', text: 'SGD:  x ← x − lr·dx' },
        { kind: 'paragraph', text: 'The notebook writes this rule as x += lr·dx. That is a sign error: adding the gradient climbs, so the loss grows at every step. It is gradient ascent, which notebook 2 used on purpose to push a class template toward an image, but as a training rule it must subtract. Every optimizer in airi subtracts, and the race below would show an ascending optimizer running away.' },
        { kind: 'formula', text: 'f(x) = x², x = 1, dx = 2, lr = 0.1\nnotebook:  x += lr·dx  →  x = 1.2,  f = 1.44  (uphill)\ncorrect:   x −= lr·dx  →  x = 0.8,  f = 0.64  (downhill)' },
        { kind: 'formula', text: 'Momentum:  v ← μ·v − lr·dx,   x ← x + v' },
        { kind: 'paragraph', text: 'Momentum keeps a velocity v, a running sum of past steps, so steps that agree add up and steps that flip back and forth cancel. μ is usually 0.5 to 0.99 (the race uses 0.9). airi writes it as PyTorch does, b ← μ·b + dx and x ← x − lr·b, which is the same when lr stays fixed. Nesterov’s variant steps along dx + μ·b, looking a little ahead.' },
        { kind: 'formula', text: 'AdaGrad:  s ← s + dx²,   x ← x − lr·dx / (√s + ε)\nRMSProp:  s ← α·s + (1 − α)·dx²,   x ← x − lr·dx / (√s + ε)' },
        { kind: 'paragraph', text: 'AdaGrad and RMSProp give every weight its own step size: divide by the size of that weight’s recent gradients, so steep directions take small steps and flat ones large steps. AdaGrad sums all squared gradients forever, so its steps only shrink; RMSProp forgets old ones with a moving average (α = 0.99 in PyTorch and airi).' },
        { kind: 'formula', text: 'Adam:  m ← β₁·m + (1 − β₁)·dx,   v ← β₂·v + (1 − β₂)·dx²\n       m̂ = m / (1 − β₁ᵗ),   v̂ = v / (1 − β₂ᵗ),   x ← x − lr·m̂ / (√v̂ + ε)' },
        { kind: 'paragraph', text: 'Adam combines momentum (m) with RMSProp’s scaling (v). The notebook’s markdown leaves out the bias correction m̂, v̂; its library’s adam() had it (β₁ = 0.9, β₂ = 0.999, ε = 1e-8, lr = 1e-4). Without it, m and v start at zero and the first step is about 0.1 / √0.001 ≈ 3 times lr instead of lr. AdamW shrinks every weight by a factor (1 − lr·λ) apart from the gradient, which regularizes better than adding λ·x to the gradient.' },
      ],
    },
    {
      id: 'airi-races',
      heading: 'What the races show',
      blocks: [
        { kind: 'paragraph', text: 'Notebook 3.5 showed optimizers with animated pictures from the internet; nothing was computed. Here every path is computed live by airi’s optimizer classes. Things to try:' },
        { kind: 'list', items: [
          'On the saddle, plain SGD and momentum stay near the ridge for a long time, while RMSProp and Adam leave it at once: dividing by a tiny gradient makes a normal-sized step.',
          'On the ill-conditioned bowl, raise SGD’s learning rate past 0.08 (2 divided by the steep curvature 25): it stops zig-zagging toward the minimum and runs away.',
          'Good learning rates differ by a factor of a hundred between SGD and Adam. Comparing optimizers at one shared rate says little about which is better.',
          'On Himmelblau, move the start: different optimizers may fall into different valleys from the same point.',
        ] },
        { kind: 'paragraph', text: 'Surfaces with two numbers are only a picture. A network has millions of weights and a loss that changes with every batch, which is why the race on CIFAR-10 trains the same network from the same starting weights with each optimizer you tick.' },
      ],
    },
    {
      id: 'airi-notebook-bugs',
      heading: 'What this lesson fixes from the notebook',
      blocks: [
        { kind: 'list', items: [
          'The SGD rule x += lr·dx climbs instead of descending; airi subtracts.',
          'The markdown’s Adam has no bias correction; airi’s Adam has it, checked against PyTorch step by step.',
          'The library implemented only Adam; SGD, momentum, AdaGrad and RMSProp were formulas in markdown. airi implements all seven optimizers of the race, each checked against PyTorch.',
          'The library’s Conv2D scaled its random weights by one random number per layer, possibly negative or near zero, calling it Kaiming; airi uses PyTorch’s initialization.',
          'Its Relu.call returned nothing and LinearRelu’s backward forgot the ReLU mask. A gradient check, like the one above, catches the second kind of bug at once.',
        ] },
      ],
    },
  ],
};
