import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetAtlasStore } from '../src/store/store';

beforeEach(() => {
  resetAtlasStore();
  // A link without `lang` follows the browser's languages: the tests read as a Chinese browser.
  if (typeof window !== 'undefined') {
    Object.defineProperty(window.navigator, 'languages', { value: ['zh-CN', 'zh'], configurable: true });
    window.localStorage.clear();
  }
});

afterEach(() => {
  cleanup();
});
