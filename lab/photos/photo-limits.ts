// How big a photo may be before we refuse it. A 20,000×20,000 image decodes to 1.2 GB of RGB: the
// header is read first and anything over the pixel limit is refused before a byte is decoded.
export interface PhotoLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Largest image accepted, in pixels (width × height). */
  maxPixels: number;
}

export const DEFAULT_PHOTO_LIMITS: PhotoLimits = {
  maxFileBytes: 30 * 1024 * 1024,
  // 50 MP: every phone and most cameras, well under what fits in memory twice over.
  maxPixels: 50_000_000,
};

export const MEGABYTE = 1024 * 1024;
