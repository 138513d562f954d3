/** A QR code drawn as SVG. The encoder (uqr) is loaded on first use, so the first page load does not carry it. */
import { useEffect, useState } from 'react';
import { loadQrEncoder } from './qr-encoder';

function pathOf(modules: readonly (readonly boolean[])[]): string {
  let path = '';
  modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    });
  });
  return path;
}

export function QrCode({ text, label, size = '24mm' }: { text: string; label: string; size?: string }) {
  const [encoded, setEncoded] = useState<{ text: string; size: number; path: string } | null>(null);
  useEffect(() => {
    let live = true;
    void loadQrEncoder().then((encode) => {
      if (!live) return;
      try {
        const qr = encode(text, { ecc: 'M', border: 1 });
        setEncoded({ text, size: qr.size, path: pathOf(qr.data) });
      } catch {
        // More than a QR code holds (uqr throws "Data too long", from about 2,300 characters at level M).
        setEncoded({ text, size: 0, path: '' });
      }
    });
    return () => {
      live = false;
    };
  }, [text]);
  if (!encoded || encoded.text !== text) return <span className="qr-pending" aria-hidden="true" />;
  if (encoded.size === 0) {
    return (
      <span className="qr-too-long">
        No QR code: this address is too long for one ({text.length.toLocaleString('en-US')} characters). Copy it
        instead.
      </span>
    );
  }
  return (
    <svg
      className="qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${encoded.size} ${encoded.size}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
    >
      <rect width={encoded.size} height={encoded.size} fill="#fff" />
      <path d={encoded.path} fill="#000" />
    </svg>
  );
}
