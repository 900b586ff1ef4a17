# The app image used by docker-compose.yml. `npm start` migrates the database,
# seeds demo content when SEED_DEMO=true, and serves the production build.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.mjs scripts/
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
ENV NODE_ENV=production PORT=3000 MALLOC_ARENA_MAX=2
EXPOSE 3000
CMD ["npm", "start"]
