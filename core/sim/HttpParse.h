#pragma once
// The request half of the simulator's HTTP/1.1 server as a pure function over bytes, so that it
// can be fuzzed (tests/fuzz/fuzz_http.cpp) and tested without sockets.

#include "sim/HttpServer.h"

#include <QByteArray>

namespace dbx {
namespace sim {

struct HttpParseResult {
    enum class Status {
        Incomplete,                       // more bytes are needed; the buffer is unchanged
        Complete,                         // one request parsed and removed from the buffer
        Error,                            // answer errorStatus and close; the buffer is unchanged
    };
    Status status = Status::Incomplete;
    int errorStatus = 0;                  // 400, 413, 431 or 501
    const char *why = "";                 // for the log and the reply body
};

// Parses the first request at the front of buffer: request line, headers (names lower-cased),
// a Content-Length body. Chunked bodies are refused (the client always sends a length).
HttpParseResult parseRequest(QByteArray &buffer, HttpRequest *out,
                             qsizetype maxHeaderBytes = HttpServer::kMaxHeaderBytes,
                             qint64 maxBodyBytes = HttpServer::kMaxBodyBytes);

} // namespace sim
} // namespace dbx
