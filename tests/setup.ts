import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetAtlasStore } from '../src/store/store';

beforeEach(() => {
  resetAtlasStore();
});

afterEach(() => {
  cleanup();
});
