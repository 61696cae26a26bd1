# The saleslint command in a container, for batch runs on a cluster (deploy/k8s/) or anywhere Docker runs.
#   docker build -t saleslint .
#   docker run --rm -v "$PWD/calls:/calls:ro" saleslint check . --format jsonl
# The build stage runs the same `dotnet publish` as benchmarks/throughput.sh's default (framework-dependent);
# the image runs it as the runtime image's non-root user, from /calls (mount the transcripts there).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/SalesLint.Cli -c Release -o /app -p:UseAppHost=false -nologo

FROM mcr.microsoft.com/dotnet/runtime:10.0
COPY --from=build /app /app
WORKDIR /calls
USER $APP_UID
ENTRYPOINT ["dotnet", "/app/SalesLint.Cli.dll"]
CMD ["--help"]
