import type { z } from 'zod';
import type { paghiperManifest } from './manifest.ts';

export type PaghiperCredentials = z.output<typeof paghiperManifest.credentials>;
export type PaghiperConfig = z.output<typeof paghiperManifest.config>;
