/** The QR encoder (uqr), loaded on first use: the first page load does not carry it, nor the QR component. */
type Encode = typeof import('uqr').encode;
let encoder: Promise<Encode> | null = null;

/** Starts loading the encoder (once) and resolves when it is ready: call before printing. */
export function loadQrEncoder(): Promise<Encode> {
  encoder ??= import('uqr').then((module) => module.encode);
  return encoder;
}
