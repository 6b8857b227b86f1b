// airi's WASM SIMD sgemm kernel, in AssemblyScript (compiled by scripts/build-wasm.mjs; the file is
// not named .ts so that airi's own tsc and eslint leave it alone). It serves every lesson that trains
// through backend.gemm: Linear, and Conv2d through im2col.
//
// C = alpha * op(A) * op(B) + beta * C on raw pointers into one linear memory, with op(A)[i, p] at
// a + 4 * (i * rsA + p * csA) and op(B)[p, j] at b + 4 * (p * rsB + j * csB): element strides let one
// entry point serve all four transpose cases and any row or column block of a larger product (the
// threaded backend hands each thread a block). C is row-major with row stride ldc.
//
// The GotoBLAS/BLIS scheme: for each NC-wide column block of B and KC-deep slice of k, pack the slice
// of op(B) into NR-wide panels; for each MC-tall block of A pack it (times alpha) into MR-tall panels;
// then an MR x NR = 4 x 8 micro-kernel keeps the whole C tile in 8 f32x4 registers across the k loop.
// WASM has no FMA in its base SIMD set, so each step is a mul and an add (relaxed SIMD's madd would be
// faster but rounds differently from host to host). Why 4 x 8 and not a 6 x 8 tile: V8 ran 6 x 8 (12
// accumulators plus operands, all 16 SIMD registers, most likely spilling) a third slower than 4 x 8
// on every shape measured; and the lessons' channel counts (16, 32, 64, 128) are multiples of 4. Packing pads
// panels with zeros, so the micro-kernel never branches on edges; partial tiles go through a small
// scratch tile. When all of A fits one MC block (the convolution shapes: few output channels, many
// pixels) each B panel is packed right before its use, while in L1.
//
// Workspace (one per thread, at `work`): packed A [MC * KC], packed B [KC * NC], scratch tile [MR * NR].

const MR: i32 = 4;
const NR: i32 = 8;
const KC: i32 = 256;
const MC: i32 = 72; // a multiple of MR: packed A is MC * KC * 4 = 72 KiB, in L2
const NC: i32 = 1024; // a multiple of NR: packed B is KC * NC * 4 = 1 MiB, the L2 of one Zen 4 core

/** Bytes of workspace one call of gemm needs at `work`. */
export function workspaceBytes(): i32 {
  return (MC * KC + KC * NC + MR * NR) * 4;
}

export function gemm(
  a: usize, rsA: i32, csA: i32,
  b: usize, rsB: i32, csB: i32,
  c: usize, ldc: i32,
  m: i32, n: i32, k: i32,
  alpha: f32, beta: f32,
  work: usize,
): void {
  if (m <= 0 || n <= 0) return;
  // beta other than 0 and 1 scales C once up front; then every k slice adds into C, except that with
  // beta = 0 the first slice stores, so C's old contents (even NaN) never leak into the result.
  if (beta != 0 && beta != 1) scaleC(c, ldc, m, n, beta);
  if (k <= 0 || alpha == 0) {
    if (beta == 0) scaleC(c, ldc, m, n, 0);
    return;
  }
  const packA = work;
  const packB = work + <usize>(MC * KC * 4);
  const tile = packB + <usize>(KC * NC * 4);
  for (let jc = 0; jc < n; jc += NC) {
    const nc = min(NC, n - jc);
    for (let pc = 0; pc < k; pc += KC) {
      const kc = min(KC, k - pc);
      const accumulate = pc > 0 || beta != 0;
      const bBlock = b + <usize>((pc * rsB + jc * csB) * 4);
      if (m <= MC) {
        // One block of A (the convolution shapes: few output channels, many pixels): pack each B
        // panel just before its one use, while it is still in L1, instead of all of them up front.
        packPanelsA(a + <usize>(pc * csA * 4), rsA, csA, m, kc, alpha, packA);
        for (let jr = 0; jr < nc; jr += NR) {
          const nr = min(NR, nc - jr);
          packPanelB(bBlock + <usize>(jr * csB * 4), rsB, csB, kc, nr, packB);
          for (let ir = 0; ir < m; ir += MR) {
            tileKernel(packA + <usize>(ir * kc * 4), packB, kc, c + <usize>((ir * ldc + jc + jr) * 4), ldc, min(MR, m - ir), nr, accumulate, tile);
          }
        }
        continue;
      }
      for (let jr = 0; jr < nc; jr += NR) {
        packPanelB(bBlock + <usize>(jr * csB * 4), rsB, csB, kc, min(NR, nc - jr), packB + <usize>(jr * kc * 4));
      }
      for (let ic = 0; ic < m; ic += MC) {
        const mc = min(MC, m - ic);
        packPanelsA(a + <usize>((ic * rsA + pc * csA) * 4), rsA, csA, mc, kc, alpha, packA);
        for (let jr = 0; jr < nc; jr += NR) {
          const nr = min(NR, nc - jr);
          const pb = packB + <usize>(jr * kc * 4);
          for (let ir = 0; ir < mc; ir += MR) {
            const mr = min(MR, mc - ir);
            const pa = packA + <usize>(ir * kc * 4);
            tileKernel(pa, pb, kc, c + <usize>(((ic + ir) * ldc + jc + jr) * 4), ldc, mr, nr, accumulate, tile);
          }
        }
      }
    }
  }
}

/** One MR x NR tile of C from packed panels; partial tiles go through the scratch tile. */
// @ts-ignore: decorator
@inline
function tileKernel(pa: usize, pb: usize, kc: i32, cTile: usize, ldc: i32, mr: i32, nr: i32, accumulate: bool, tile: usize): void {
  if (nr == NR && mr == MR) {
    microKernel(pa, pb, kc, cTile, ldc, accumulate);
  } else {
    microKernel(pa, pb, kc, tile, NR, false);
    edgeTile(tile, cTile, ldc, mr, nr, accumulate);
  }
}

/** C[i, j] *= s for the m x n block (s = 0 writes zeros, wiping NaN). */
function scaleC(c: usize, ldc: i32, m: i32, n: i32, s: f32): void {
  const sv = f32x4.splat(s);
  for (let i = 0; i < m; i++) {
    const row = c + <usize>(i * ldc * 4);
    let j = 0;
    if (s == 0) {
      for (; j + 4 <= n; j += 4) v128.store(row + <usize>(j * 4), f32x4.splat(0));
      for (; j < n; j++) store<f32>(row + <usize>(j * 4), 0);
    } else {
      for (; j + 4 <= n; j += 4) {
        const p = row + <usize>(j * 4);
        v128.store(p, f32x4.mul(v128.load(p), sv));
      }
      for (; j < n; j++) {
        const p = row + <usize>(j * 4);
        store<f32>(p, load<f32>(p) * s);
      }
    }
  }
}

/** Adds (or stores) the valid mr x nr corner of the scratch tile into C. */
function edgeTile(tile: usize, c: usize, ldc: i32, mr: i32, nr: i32, accumulate: bool): void {
  for (let i = 0; i < mr; i++) {
    for (let j = 0; j < nr; j++) {
      const src = load<f32>(tile + <usize>((i * NR + j) * 4));
      const dst = c + <usize>((i * ldc + j) * 4);
      store<f32>(dst, accumulate ? load<f32>(dst) + src : src);
    }
  }
}

/**
 * Packs alpha * op(A)[0..mc, 0..kc] into MR-row panels: panel r holds, for each p, the MR values of
 * rows r*MR .. r*MR+MR-1 at column p, contiguous (rows past mc are zero).
 */
function packPanelsA(a: usize, rsA: i32, csA: i32, mc: i32, kc: i32, alpha: f32, dst: usize): void {
  for (let ir = 0; ir < mc; ir += MR) {
    const mr = min(MR, mc - ir);
    const panel = dst + <usize>(ir * kc * 4);
    const src = a + <usize>(ir * rsA * 4);
    if (mr == MR && rsA == 1) {
      // op(A) column-contiguous (A stored transposed): each p reads MR adjacent floats.
      for (let p = 0; p < kc; p++) {
        const s = src + <usize>(p * csA * 4);
        const d = panel + <usize>(p * MR * 4);
        v128.store(d, f32x4.mul(v128.load(s), f32x4.splat(alpha)));
      }
    } else if (mr == MR && csA == 1) {
      // op(A) row-major: MR rows read in step, one float each per p.
      const rowBytes = <usize>(rsA * 4);
      for (let p = 0; p < kc; p++) {
        const s = src + <usize>(p * 4);
        const d = panel + <usize>(p * MR * 4);
        store<f32>(d, load<f32>(s) * alpha);
        store<f32>(d, load<f32>(s + rowBytes) * alpha, 4);
        store<f32>(d, load<f32>(s + 2 * rowBytes) * alpha, 8);
        store<f32>(d, load<f32>(s + 3 * rowBytes) * alpha, 12);
      }
    } else {
      for (let p = 0; p < kc; p++) {
        const d = panel + <usize>(p * MR * 4);
        for (let r = 0; r < MR; r++) {
          const v: f32 = r < mr ? load<f32>(src + <usize>((r * rsA + p * csA) * 4)) * alpha : 0;
          store<f32>(d + <usize>(r * 4), v);
        }
      }
    }
  }
}

/**
 * Packs columns 0..nr (nr <= NR) of op(B)[0..kc, ...] into one NR-wide panel: for each p, the NR
 * values of row p, contiguous (columns past nr are zero).
 */
function packPanelB(src: usize, rsB: i32, csB: i32, kc: i32, nr: i32, panel: usize): void {
  if (nr == NR && csB == 1) {
    // op(B) row-major: each p copies NR adjacent floats.
    for (let p = 0; p < kc; p++) {
      const s = src + <usize>(p * rsB * 4);
      const d = panel + <usize>(p * NR * 4);
      v128.store(d, v128.load(s));
      v128.store(d, v128.load(s, 16), 16);
    }
  } else if (nr == NR && rsB == 1) {
    // op(B) stored transposed: NR columns, each contiguous over p; a 4x4 transpose per 4 p.
    transposePanelB(src, csB, kc, panel);
  } else {
    for (let p = 0; p < kc; p++) {
      const d = panel + <usize>(p * NR * 4);
      for (let q = 0; q < NR; q++) {
        const v: f32 = q < nr ? load<f32>(src + <usize>((p * rsB + q * csB) * 4)) : 0;
        store<f32>(d + <usize>(q * 4), v);
      }
    }
  }
}

/** Packs NR = 8 columns that are contiguous in memory (stride csB between columns) with 4x4 shuffles. */
function transposePanelB(src: usize, csB: i32, kc: i32, panel: usize): void {
  const col = <usize>(csB * 4);
  let p = 0;
  for (; p + 4 <= kc; p += 4) {
    for (let half = 0; half < 2; half++) {
      const s = src + <usize>(half * 4) * col + <usize>(p * 4);
      const r0 = v128.load(s);
      const r1 = v128.load(s + col);
      const r2 = v128.load(s + 2 * col);
      const r3 = v128.load(s + 3 * col);
      // 4x4 transpose: rows are columns q, lanes are p; we want rows p, lanes q.
      const t0 = v128.shuffle<f32>(r0, r1, 0, 4, 1, 5);
      const t1 = v128.shuffle<f32>(r2, r3, 0, 4, 1, 5);
      const t2 = v128.shuffle<f32>(r0, r1, 2, 6, 3, 7);
      const t3 = v128.shuffle<f32>(r2, r3, 2, 6, 3, 7);
      const d = panel + <usize>(p * NR * 4 + half * 16);
      v128.store(d, v128.shuffle<f32>(t0, t1, 0, 1, 4, 5));
      v128.store(d, v128.shuffle<f32>(t0, t1, 2, 3, 6, 7), NR * 4);
      v128.store(d, v128.shuffle<f32>(t2, t3, 0, 1, 4, 5), NR * 8);
      v128.store(d, v128.shuffle<f32>(t2, t3, 2, 3, 6, 7), NR * 12);
    }
  }
  for (; p < kc; p++) {
    const d = panel + <usize>(p * NR * 4);
    for (let q = 0; q < NR; q++) store<f32>(d + <usize>(q * 4), load<f32>(src + <usize>(q) * col + <usize>(p * 4)));
  }
}

/**
 * C tile [MR, NR] (row stride ldc) = or += packed A panel times packed B panel, over kc: 8 f32x4
 * accumulators, the two B vectors, the A broadcast and a product, 12 of the 16 SIMD registers.
 */
// @ts-ignore: decorator
@inline
function microKernel(pa: usize, pb: usize, kc: i32, c: usize, ldc: i32, accumulate: bool): void {
  let c00 = f32x4.splat(0), c01 = f32x4.splat(0);
  let c10 = f32x4.splat(0), c11 = f32x4.splat(0);
  let c20 = f32x4.splat(0), c21 = f32x4.splat(0);
  let c30 = f32x4.splat(0), c31 = f32x4.splat(0);
  for (let p = 0; p < kc; p++) {
    const b0 = v128.load(pb);
    const b1 = v128.load(pb, 16);
    let av = v128.load32_splat(pa);
    c00 = f32x4.add(c00, f32x4.mul(av, b0));
    c01 = f32x4.add(c01, f32x4.mul(av, b1));
    av = v128.load32_splat(pa, 4);
    c10 = f32x4.add(c10, f32x4.mul(av, b0));
    c11 = f32x4.add(c11, f32x4.mul(av, b1));
    av = v128.load32_splat(pa, 8);
    c20 = f32x4.add(c20, f32x4.mul(av, b0));
    c21 = f32x4.add(c21, f32x4.mul(av, b1));
    av = v128.load32_splat(pa, 12);
    c30 = f32x4.add(c30, f32x4.mul(av, b0));
    c31 = f32x4.add(c31, f32x4.mul(av, b1));
    pa += MR * 4;
    pb += NR * 4;
  }
  const row = <usize>(ldc * 4);
  if (accumulate) {
    c00 = f32x4.add(c00, v128.load(c)); c01 = f32x4.add(c01, v128.load(c, 16));
    c10 = f32x4.add(c10, v128.load(c + row)); c11 = f32x4.add(c11, v128.load(c + row, 16));
    c20 = f32x4.add(c20, v128.load(c + 2 * row)); c21 = f32x4.add(c21, v128.load(c + 2 * row, 16));
    c30 = f32x4.add(c30, v128.load(c + 3 * row)); c31 = f32x4.add(c31, v128.load(c + 3 * row, 16));
  }
  v128.store(c, c00); v128.store(c, c01, 16);
  v128.store(c + row, c10); v128.store(c + row, c11, 16);
  v128.store(c + 2 * row, c20); v128.store(c + 2 * row, c21, 16);
  v128.store(c + 3 * row, c30); v128.store(c + 3 * row, c31, 16);
}
