// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { QrCode } from './qr-code';

test('a QR code of a short link is an image named by its label', async () => {
  // StrictMode comes from tests/setup.ts (reactStrictMode).
  const view = render(<QrCode text="https://example.org/?share=1.abc.00000000" label="QR code of the share link" />);
  expect(await screen.findByRole('img', { name: 'QR code of the share link' })).toBeInTheDocument();
  view.unmount();
});

test('a link too long for a QR code says so instead of throwing', async () => {
  const long = `https://example.org/?share=${'a'.repeat(4000)}`;
  render(<QrCode text={long} label="QR code of the share link" />);
  expect(
    await screen.findByText(/No QR code: this address is too long for one \(4,027 characters\)/),
  ).toBeInTheDocument();
  expect(screen.queryByRole('img')).not.toBeInTheDocument();
});
