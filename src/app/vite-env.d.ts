/// <reference types="vite/client" />

/** The fingerprint of the extraction's code this build holds (vite.config.ts). */
declare const __NEWSLINE_EXTRACTION__: string;
