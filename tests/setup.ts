// Shared by every unit and component test.
// React warnings and our own console.error calls are bugs: a test that prints one fails.
import { afterEach, beforeEach, vi } from 'vitest';
// jest-dom's matchers (toBeInTheDocument, toHaveAccessibleName…) on Vitest's expect.
import '@testing-library/jest-dom/vitest';

// Component tests render under React.StrictMode, as the app does (src/main.tsx): an effect that only works
// once, or a subscription made during render, shows up here rather than in production.
if (typeof window !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ reactStrictMode: true });
}

let errors: unknown[][] = [];

beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});

afterEach(() => {
  if (errors.length > 0) {
    const first = errors[0]?.map(String).join(' ') ?? '';
    throw new Error(`console.error was called ${errors.length} time(s); first: ${first}`);
  }
});
