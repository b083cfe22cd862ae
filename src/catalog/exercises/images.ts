import type { ImageFacts } from './exercise';

/** nginx as its unprivileged image ships it: the welcome page on 8080, no health endpoints. */
export const NGINX_UNPRIVILEGED: ImageFacts = {
  repository: 'nginxinc/nginx-unprivileged',
  summary:
    'nginxinc/nginx-unprivileged runs nginx as user 101 on port 8080 and answers / and /index.html; it has no /ready or /healthz page.',
  listensOn: 8080,
  serves: ['/', '/index.html'],
};

/** The official nginx image: starts as root and listens on port 80. */
export const NGINX_AS_ROOT: ImageFacts = {
  repository: 'nginx',
  summary: 'nginx (the official image) must start as root (UID 0) and listens on port 80, answering / and /index.html.',
  listensOn: 80,
  serves: ['/', '/index.html'],
  needsRoot: true,
};

/** A made-up shop service with separate readiness and liveness endpoints. */
export const SHOP_CATALOG: ImageFacts = {
  repository: 'registry.example.com/shop/catalog',
  summary:
    'registry.example.com/shop/catalog listens on 8080; /healthz/ready answers 200 once its product cache is loaded, /healthz/live while the process is healthy, and the shop pages are under /products.',
  listensOn: 8080,
  serves: ['/healthz/ready', '/healthz/live', '/products'],
};
