#include "sim/HttpParse.h"

#include <QList>

namespace dbx {
namespace sim {

namespace {
Unexpected<Error> error(int status, const char *why)
{
    Error e = Error::make(Error::Kind::Invalid, QString::fromLatin1(why), QString::fromLatin1(why));
    e.httpStatus = status;
    return unexpected(e);
}
} // namespace

Expected<std::optional<HttpRequest>> parseRequest(QByteArray &buffer, qsizetype maxHeaderBytes, qint64 maxBodyBytes)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > maxHeaderBytes)
            return error(431, "request header too large");
        return std::optional<HttpRequest>();
    }
    const QByteArray head = buffer.left(headerEnd);
    const QList<QByteArray> lines = head.split('\n');
    HttpRequest req;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return error(400, "malformed request line");
    req.method = requestLine.at(0);
    req.target = requestLine.at(1);
    req.version = requestLine.at(2);
    const qsizetype q = req.target.indexOf('?');
    req.path = q < 0 ? req.target : req.target.left(q);
    req.query = q < 0 ? QByteArray() : req.target.mid(q + 1);
    qint64 contentLength = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return error(400, "malformed header line");
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            contentLength = value.toLongLong(&ok);
            if (!ok || contentLength < 0)
                return error(400, "bad Content-Length");
        } else if (name == "transfer-encoding" && value.toLower() != "identity") {
            // The client sends bodies it holds in memory, always with a length.
            return error(501, "chunked request bodies are not supported");
        }
        req.headers.append(qMakePair(name, value));
    }
    if (contentLength > maxBodyBytes)
        return error(413, "request body too large");
    const qsizetype total = headerEnd + 4 + contentLength;
    if (buffer.size() < total)
        return std::optional<HttpRequest>();
    req.body = buffer.mid(headerEnd + 4, contentLength);
    buffer.remove(0, total);
    return std::optional<HttpRequest>(std::move(req));
}

} // namespace sim
} // namespace dbx
