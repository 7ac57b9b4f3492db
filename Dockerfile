# gouji in an image of nothing but its static binary (docs/scale.md).
#
#   docker build -t gouji .
#   docker run --rm -v "$PWD/reports:/reports:ro" gouji check /reports
#
# The image has no shell: the binary is the entrypoint, and the arguments
# of `docker run` (or a pod's args) are gouji's. Write results to a file
# with --output FILE (-o) where nothing redirects stdout.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o /gouji ./cmd/gouji

FROM scratch
COPY --from=build /gouji /gouji
ENTRYPOINT ["/gouji"]
CMD ["--help"]
