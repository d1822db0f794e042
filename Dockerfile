# syntax=docker/dockerfile:1

# Build stage: the Maven wrapper builds the executable jar, and Spring Boot's jar tools split it
# into layers (dependencies, spring-boot-loader, snapshot-dependencies, application).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -ntp package -Dmaven.test.skip=true \
    && cp target/mission-planner-*.jar application.jar \
    && java -Djarmode=tools -jar application.jar extract --layers --destination /extracted

# Run stage: a JRE and the extracted layers, as a non-root user.
FROM eclipse-temurin:17-jre
# DejaVu Sans is embedded in the plan PDFs (app.export.pdf.font-directory); without it they fall back to Helvetica.
# curl serves the HEALTHCHECK.
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-dejavu-core curl \
    && rm -rf /var/lib/apt/lists/*
RUN groupadd --system --gid 10001 missionplanner \
    && useradd --system --uid 10001 --gid 10001 --home /app missionplanner
WORKDIR /app
# One image layer per Spring Boot layer, the least often changed first: a code change rebuilds only the last.
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
# Class data sharing (deploy/run.sh): the training run needs the database, which a build does not
# have, so the first start of a container makes it and writes /app/cds/application.jsa; every later
# start of the container maps its classes from there (mount a volume on /app/cds to keep it across
# containers of the same image). Where /app/cds is not writable, the application starts without it.
COPY --chmod=755 deploy/run.sh /app/run.sh
RUN mkdir /app/cds && chown 10001:10001 /app/cds
ENV APP_CDS_ARCHIVE=/app/cds/application.jsa
USER 10001:10001
EXPOSE 8080
# /actuator/health is public; it answers 200 once the database is reachable and start-up (demo data included) is done
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${PORT:-8080}/actuator/health" > /dev/null || exit 1
# The database comes from SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD (start-up stops with one message without it).
# More JVM options: JAVA_OPTS or JAVA_TOOL_OPTIONS. run.sh starts java -XX:+ExitOnOutOfMemoryError -jar /app/application.jar,
# with -XX:SharedArchiveFile once the archive exists.
ENTRYPOINT ["/app/run.sh", "/app/application.jar"]
