/// <reference types="vitest/config" />
// Unit tests beside the code (src/**/*.test.ts; the bench's in scripts/**/*.test.ts). getViteConfig
// lets tests import modules that use Astro's virtual modules (astro:content) and import.meta.glob.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
