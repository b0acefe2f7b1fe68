import { beforeEach } from 'vitest';
import { resetAtlasStore } from '../../src/store/store';

// Unit tests (also the ones Stryker runs in Node) start from a fresh store, without the DOM helpers.
beforeEach(() => {
  resetAtlasStore();
});
