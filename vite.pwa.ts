import { type ManifestOptions, VitePWA } from 'vite-plugin-pwa';

/** The Kubernetes blue of the favicon: the installed app's title bar and splash screen. */
export const THEME_COLOR = '#326ce5';

/**
 * The PNG icons browsers want for an installed app: 192 and 512 pixels, and a maskable one for
 * Android's adaptive shapes. Drawn from public/favicon.svg by `npm run icons` and committed.
 * Paths are relative to the web manifest, so any sub-path works.
 */
export const MANIFEST_ICONS = [
  { src: 'icons/pod-designer-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: 'icons/pod-designer-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: 'icons/pod-designer-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;

/** iOS's home-screen icon (index.html links it). iOS draws transparency black, so it is full-bleed like a maskable one. */
export const APPLE_TOUCH_ICON = {
  src: 'icons/apple-touch-icon-180.png',
  sizes: '180x180',
  type: 'image/png',
  purpose: 'maskable',
} as const;

const WEB_APP_MANIFEST: Partial<ManifestOptions> = {
  name: 'Pod Designer',
  short_name: 'Pod Designer',
  description: 'Design Kubernetes Pods visually, with a live validator and a YAML editor that stays in sync.',
  theme_color: THEME_COLOR,
  background_color: '#ffffff',
  display: 'standalone',
  // Relative to the manifest: the app installs and runs from whatever sub-path it is served at.
  start_url: './',
  scope: './',
  icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }, ...MANIFEST_ICONS],
  screenshots: [
    {
      src: 'screenshot.png',
      sizes: '1920x1080',
      type: 'image/png',
      form_factor: 'wide',
      label: 'A pod with an init container and a sidecar, the validator and the YAML editor',
    },
  ],
};

/**
 * The progressive web app: a Workbox service worker that precaches every file of the build
 * (Monaco and its workers, the schema, every lazy chunk, the codicon font, the icons), so after
 * one visit the app loads and works offline. Updates wait for the person: the new worker
 * installs beside the old one and takes over only when they accept "Reload" (or when every tab
 * of the app has closed), so a page never runs half old, half new. Files carry a content hash or
 * a revision in the precache list, so the two versions never mix in the cache either.
 * The dev server stays as it is: no service worker there (the registration is a no-op).
 */
export function progressiveWebApp() {
  return VitePWA({
    registerType: 'prompt',
    // The app registers the worker itself, from a lazy chunk (src/ui/offline/), after the first screen.
    injectRegister: false,
    manifest: WEB_APP_MANIFEST,
    // The globs below already list the icons (and the plugin adds the manifest): no duplicate entries.
    includeManifestIcons: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,ttf,woff2}'],
      // The README's screenshot is only for the install dialog; it need not take 360 KB of every cache.
      globIgnores: ['screenshot.png'],
      // Monaco's chunk is 3.6 MB and the YAML worker 1 MB: above Workbox's 2 MiB default, and both are needed offline.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      // The app has one page: any navigation inside its scope is answered with it, offline too.
      navigateFallback: 'index.html',
      // The first visit's page is claimed at once, so a lazy chunk it has not loaded yet comes from the
      // cache too if the network goes away before the next reload. (An update still waits for "Reload".)
      clientsClaim: true,
      cleanupOutdatedCaches: true,
    },
  });
}
