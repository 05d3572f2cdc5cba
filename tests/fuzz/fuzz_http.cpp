// Fuzz target: the simulator's HTTP/1.1 request parser (core/sim/HttpParse.h), fed the input as
// one buffer and again in two halves (as bytes arrive), pipelined requests included.

#include "FuzzCommon.h"
#include "sim/HttpParse.h"

namespace {
// Parses every complete request off buffer, as HttpConnection does; the number of requests.
int drain(QByteArray &buffer)
{
    int n = 0;
    for (;;) {
        const qsizetype before = buffer.size();
        const auto r = dbx::sim::parseRequest(buffer, 4096, 1 << 20);
        if (!r || !*r)
            return n;
        if (buffer.size() >= before)
            __builtin_trap(); // a parsed request always consumes bytes
        (void)(*r)->header("connection");
        ++n;
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray whole = dbx::fuzz::bytes(data, size);
    drain(whole);

    QByteArray split = dbx::fuzz::bytes(data, size / 2);
    drain(split);
    split.append(reinterpret_cast<const char *>(data) + size / 2, qsizetype(size - size / 2));
    drain(split);
    return 0;
}
