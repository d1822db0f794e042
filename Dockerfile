# Build stage: the Maven wrapper builds the executable jar.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -ntp package -DskipTests

# Run stage: a JRE and the jar, as a non-root user.
FROM eclipse-temurin:17-jre
# DejaVu Sans is embedded in the plan PDFs (app.export.pdf.font-directory); without it they fall back to Helvetica
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 --home /app missionplanner
WORKDIR /app
COPY --from=build /src/target/mission-planner-*.jar /app/mission-planner.jar
USER missionplanner
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/mission-planner.jar"]
