#pragma once
// The one transport rule for every Dropbox address (API, token endpoint, authorize page): https
// only; plain http only to this computer's loopback (simulators, tests). Decided from the URL's
// text alone, never by resolving the host, so a refusal happens before any connection or lookup.
// Also for Dropbox's own hosts: http://api.dropboxapi.com is refused like any other.

#include "base/Expected.h"

#include <QString>

class QUrl;

namespace dbx {

// Fine when url may be used (an empty url means Dropbox's default https address); else a
// BadRequest error tagged "insecure_transport" whose sentence says why nothing was sent and what
// to use instead. route names the call in the error (empty: none).
Expected<void> checkTransport(const QUrl &url, const QString &route = QString());

// 127.0.0.0/8, ::1 (also IPv4-mapped), "localhost"; brackets around an IPv6 literal allowed.
bool isLoopbackHostName(const QString &host);

} // namespace dbx
