/// <reference lib="webworker" />
import { createSliceAnswerer, type SliceRequest } from './sliceRequests';

// The journal's reader: reads the stored journal a slice at a time for the page (sliceReader.ts).
const answer = createSliceAnswerer();
self.onmessage = async ({ data }: MessageEvent<SliceRequest>) => {
  self.postMessage(await answer(data));
};
