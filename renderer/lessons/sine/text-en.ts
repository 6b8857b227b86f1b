// Lesson 1 in English: a neural network as a function approximator, learning sin x from noisy samples.
import type { LessonText } from '../lesson-text';

export const sineTextEn: LessonText = {
  lead:
    'In this first lesson a small network learns the sine curve from noisy samples. Nothing in the recipe is specific to sines: the same steps fit any curve, and the later lessons reuse them for images.',
  sections: [
    {
      id: 'function',
      heading: 'A network is a function',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Forget neurons and brains for a moment. A neural network is a function f(x; θ) with many adjustable numbers θ, its parameters. Training means choosing θ so that f(x; θ) comes close to the outputs we want for the inputs we have. Here the inputs are numbers x in [−9, 9) and the outputs we want are sin x, but the network never sees the formula of the sine: it only sees examples.',
        },
        {
          kind: 'paragraph',
          text: 'Why should that work? The universal approximation theorem says that a network with one hidden layer and a non-linear activation such as tanh can approximate any continuous function on a bounded interval as closely as we like, provided it has enough neurons. The theorem promises that good parameters exist; it says nothing about how to find them, or how many neurons it takes. Finding them is the job of training.',
        },
      ],
    },
    {
      id: 'network',
      heading: 'The network',
      blocks: [
        {
          kind: 'paragraph',
          text: 'We use a multilayer perceptron (MLP): one input, three hidden layers of 16 neurons each, and one output. Every layer computes an affine map W·h + b followed by tanh, except the last one, which stays linear so the output can take any value.',
        },
        { kind: 'formula', text: 'f(x; θ) = W₄ · tanh(W₃ · tanh(W₂ · tanh(W₁x + b₁) + b₂) + b₃) + b₄' },
        { kind: 'paragraph', text: 'Counting weights and biases layer by layer gives the size of θ:' },
        { kind: 'formula', text: '(1·16 + 16) + (16·16 + 16) + (16·16 + 16) + (16·1 + 1) = 32 + 272 + 272 + 17 = 593' },
        {
          kind: 'paragraph',
          text: '593 numbers are enough to draw almost three periods of a sine. Each tanh neuron contributes a smooth step; the layers bend and add those steps until they follow the curve.',
        },
      ],
    },
    {
      id: 'loss',
      heading: 'Measuring the error',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Training needs one number that says how wrong the network is. We use the mean squared error (MSE) over N examples:',
        },
        { kind: 'formula', text: 'L(θ) = (1/N) · Σᵢ ( f(xᵢ; θ) − yᵢ )²' },
        {
          kind: 'paragraph',
          text: 'Our targets are noisy: yᵢ = sin xᵢ + εᵢ, where εᵢ is Gaussian noise with standard deviation σ = 0.05. No function of x can predict ε, so even the perfect answer f(x) = sin x pays for the noise on every point. On average, its MSE is exactly the variance of the noise:',
        },
        { kind: 'formula', text: 'E[(sin x − y)²] = E[ε²] = σ² = 0.05² = 0.0025' },
        {
          kind: 'paragraph',
          text: 'That is the floor. A test MSE close to 0.0025 means the network has learned the sine and little else. A training loss far below it would mean the network had started to memorise the noise, which would not help it on new points.',
        },
      ],
    },
    {
      id: 'training',
      heading: 'Mini-batches, SGD and Adam',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Backpropagation gives the gradient ∇L: for every parameter, the direction that would increase the loss. We take a small step the other way. Computing the gradient over all 30,000 points for every step would be slow, so we shuffle the data and use mini-batches of 16 points: each step relies on a noisy but cheap estimate of the gradient. One pass over the data is an epoch, 1,875 steps with the default settings.',
        },
        {
          kind: 'paragraph',
          text: 'Plain stochastic gradient descent (SGD) moves every parameter by the same learning rate η times its gradient: θ ← θ − η∇L. Adam keeps running averages of each gradient g and of its square, and divides one by the square root of the other, so every parameter gets a step size suited to it:',
        },
        { kind: 'formula', text: 'm ← β₁m + (1 − β₁)g     v ← β₂v + (1 − β₂)g²     θ ← θ − η · m̂ / (√v̂ + ε)' },
        {
          kind: 'paragraph',
          text: 'The hats mark a correction for the first steps, when m and v still lean towards their starting value of zero. At the same learning rate, Adam usually gets close to the floor within a few epochs while SGD is still crawling; that is why it is the default here.',
        },
        {
          kind: 'paragraph',
          text: 'The learning rate need not stay fixed, either. Early on, large steps cover ground quickly; near the end, they make the parameters jitter around the minimum instead of settling into it. By default this lab starts at η₀ = 3·10⁻³ and lets the rate fall along half a cosine to zero by the last step T:',
        },
        { kind: 'formula', text: 'η(t) = η₀ · ½ · (1 + cos(π t / T))' },
        {
          kind: 'paragraph',
          text: 'With a constant 10⁻³ the network ends ten epochs a little above the floor; with the cosine schedule it reaches it.',
        },
      ],
    },
    {
      id: 'try',
      heading: 'What to try',
      blocks: [
        {
          kind: 'list',
          items: [
            'Swap tanh for ReLU. The fit turns into a chain of straight segments: a ReLU network is piecewise linear.',
            'Try sigmoid. It saturates easily and learns more slowly; compare the loss curves side by side in Runs.',
            'Make the layers narrow (4 neurons) or wide (64). Where does the fit stop getting better?',
            'Raise the learning rate to 1e-2 or 1e-1 and watch the loss turn jumpy, or blow up. Then try SGD with a larger rate.',
            'Switch the schedule to constant with a learning rate of 1e-3, then compare that run with a cosine one in Runs.',
            'Set the noise to 0.1: the floor becomes 0.01. Check that the test MSE follows it.',
          ],
        },
      ],
    },
  ],
};
