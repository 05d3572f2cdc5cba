#pragma once
// The request half of the simulator's HTTP/1.1 server as a pure function over bytes, so that it
// can be fuzzed (tests/fuzz/fuzz_http.cpp) and tested without sockets.

#include "base/Expected.h"
#include "sim/HttpServer.h"

#include <QByteArray>

#include <optional>

namespace dbx {
namespace sim {

// Parses the first request at the front of buffer: request line, headers (names lower-cased),
// a Content-Length body. Chunked bodies are refused (the client always sends a length).
// Returns the request, removed from the buffer; nullopt when more bytes are needed (the buffer
// is unchanged); or an error to answer before closing (the buffer is unchanged): its httpStatus
// is 400, 413, 431 or 501 and its detail says why, for the log and the reply body.
Expected<std::optional<HttpRequest>> parseRequest(QByteArray &buffer,
                                                  qsizetype maxHeaderBytes = HttpServer::kMaxHeaderBytes,
                                                  qint64 maxBodyBytes = HttpServer::kMaxBodyBytes);

} // namespace sim
} // namespace dbx
