import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The first chart of a test file waits for its lazy chunk to load and compile: on two cores
// shared with a build that can take longer than the default second of findBy and waitFor.
configure({ asyncUtilTimeout: 10000 });

afterEach(() => cleanup());
