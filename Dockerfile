# The API only: Neo4j comes from its own image (docker-compose.yml) through NEO4J_URI.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json examples.graphql ./
COPY src ./src
COPY scripts ./scripts
# build also bundles GraphiQL and the /explore page with esbuild (dev dependencies), then
# the dev dependencies go: what the server imports must be in "dependencies" (the
# production-install test, test/e2e/production-install.test.ts, starts such an install).
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY cypher ./cypher
COPY seed ./seed
EXPOSE 4000
USER node
CMD ["node", "dist/src/main.js"]
