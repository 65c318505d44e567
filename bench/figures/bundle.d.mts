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
}
export function measureBundle(extensionDir: string): BundleSizes;
