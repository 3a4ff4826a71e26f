/** Messages between the page and the decoder worker (decode-worker.ts). */
export interface DecodeRequest {
  id: number;
  width: number;
  height: number;
  /** RGBA, transferred (not copied) to the worker. */
  pixels: ArrayBuffer;
}

export type DecodeReply = { id: number; texts: string[] } | { id: number; error: true };
