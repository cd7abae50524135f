# syntax=docker/dockerfile:1
# Pytopus in one image (ADR 0019): the web app is built by node, the server by Maven, and the runtime
# is a JRE 25 that runs the Spring Boot jar's layers as a non-root user. One image, two roles:
# PYTOPUS_ROLES=api or worker (compose.yaml, deploy/k8s).
#
#   docker build -t pytopus:local .
#
# Base images are pinned to exact versions (not digests: we could not resolve digests where this
# file was written; pin them with `docker buildx imagetools inspect <tag>` when you publish).
ARG NODE_IMAGE=node:20.20.2-bookworm-slim
ARG JDK_IMAGE=eclipse-temurin:25.0.3_9-jdk-noble
ARG JRE_IMAGE=eclipse-temurin:25.0.3_9-jre-noble

# --- 1. The web app ------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS frontend
WORKDIR /build/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend/ ./
RUN npm run build -- --outDir /build/static --emptyOutDir

# --- 2. The server, with the bundle inside, extracted into layers ---------------------------------
FROM ${JDK_IMAGE} AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY dev-services/ dev-services/
COPY frontend/pom.xml frontend/
COPY server/ server/
COPY benchmarks/pom.xml benchmarks/
COPY deploy/pom.xml deploy/
COPY --from=frontend /build/static/ frontend/target/classes/static/
# Tests run in CI (./pytopus test), not here; npm already ran in stage 1.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -q -pl server -am package -DskipTests -Dspotless.check.skip=true -Dfrontend.npm.skip=true \
 && java -Djarmode=tools -jar server/target/pytopus-server-*-exec.jar extract --layers --launcher \
      --destination /build/extracted

# --- 3. The runtime ------------------------------------------------------------------------------
FROM ${JRE_IMAGE}
RUN groupadd --system --gid 10001 pytopus \
 && useradd --system --uid 10001 --gid pytopus --home-dir /app --no-create-home --shell /usr/sbin/nologin pytopus
WORKDIR /app
# Least to most often changed, so a new build ships only the application layer.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
USER 10001:10001
# JVM flags measured in docs/performance.md ("Memory"; ADR 0031): the heap starts at 19% of the
# 768 MiB limit and stays near the live set (a 48 MiB young generation, an old one kept 20-40% free),
# while up to 50% stays in reserve for an overload of connections; compact object headers; malloc
# arenas trimmed every 5 s, and two of them instead of one per core-and-thread burst.
ENV SPRING_PROFILES_ACTIVE=prod \
    PORT=8080 \
    MANAGEMENT_PORT=8081 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=29.2 -XX:InitialRAMPercentage=29.2 -Xmn48m -XX:+UseSerialGC -XX:+UseCompactObjectHeaders -Xss512k -XX:ReservedCodeCacheSize=128m -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError" \
    MALLOC_ARENA_MAX=2
EXPOSE 8080 8081
# Readiness on the management port, with bash alone (the JRE image has no curl we rely on).
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${MANAGEMENT_PORT} && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
# java is PID 1: it gets SIGTERM and shuts down gracefully (server.shutdown=graceful).
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
