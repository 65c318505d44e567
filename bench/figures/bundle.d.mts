export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}
export interface BundleSizes {
  initial: FileSize[];
  initialGzip: number;
  initialRaw: number;
  lazy: FileSize[];
  css: FileSize[];
  worker: FileSize[];
  /** Dedicated workers the side panel starts, off its own thread. */
  pageWorkers: FileSize[];
}
export function measureBundle(extensionDir: string): BundleSizes;
