// The channel weights of the two gradient-based class activation maps, from one image's activations
// A [C, pixels] at a layer and the gradient G = d score / d A of the class score:
// - Grad-CAM (Selvaraju et al. 2017, https://arxiv.org/abs/1610.02391): w_c = mean over pixels of G_c,
//   "how much the class score rises, on average, when channel c fires more";
// - Grad-CAM++ (Chattopadhyay et al. 2018, https://arxiv.org/abs/1710.11063): a weighted sum of the
//   positive gradients, with per-pixel weights alpha = G² / (2 G² + sum(A_c) G³) (the closed form that
//   assumes an exponential score), so several separate objects of a class all count.
// The map is then ReLU(sum_c w_c A_c) for both (heatmap.ts).

/** Grad-CAM's weights: the global average of each channel's gradient. */
export function gradCamWeights(gradients: Float32Array, channels: number, pixels: number): Float32Array {
  const weights = new Float32Array(channels);
  for (let c = 0; c < channels; c++) {
    let sum = 0;
    for (let p = 0; p < pixels; p++) sum += gradients[c * pixels + p];
    weights[c] = sum / pixels;
  }
  return weights;
}

/** Grad-CAM++'s weights, as the reference implementation (pytorch-grad-cam) computes them. */
export function gradCamPlusPlusWeights(activations: Float32Array, gradients: Float32Array, channels: number, pixels: number): Float32Array {
  const weights = new Float32Array(channels);
  for (let c = 0; c < channels; c++) {
    let activationSum = 0;
    for (let p = 0; p < pixels; p++) activationSum += activations[c * pixels + p];
    let weight = 0;
    for (let p = 0; p < pixels; p++) {
      const g = gradients[c * pixels + p];
      if (g <= 0) continue; // alpha is 0 where g is 0, and ReLU(g) drops the negative ones
      const g2 = g * g;
      const alpha = g2 / (2 * g2 + activationSum * g2 * g + 1e-7);
      weight += alpha * g;
    }
    weights[c] = weight;
  }
  return weights;
}
