# Pod Designer for a classroom server: the static app built with Node, served by nginx as an
# unprivileged user on port 8080. It runs with a read-only root file system:
#
#   docker build -t pod-designer .
#   docker run --rm --read-only --tmpfs /tmp -p 8080:8080 pod-designer
#
ARG NODE_VERSION=20

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
# Dependencies first, in their own layer: rebuilt only when the lockfile changes.
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
# The install scripts skipped above: the dependencies' own, then ours (it generates the Kubernetes
# schema from the installed packages).
RUN npm rebuild && npm run postinstall && npm run build

FROM nginxinc/nginx-unprivileged:stable-alpine
USER root
# Our nginx.conf is the whole configuration; without default.conf the image's start-up scripts have nothing to rewrite.
RUN rm -f /etc/nginx/conf.d/default.conf
COPY nginx.conf /etc/nginx/nginx.conf
COPY --from=build /app/dist /usr/share/nginx/html
USER 101
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD wget -q -O /dev/null http://127.0.0.1:8080/ || exit 1
