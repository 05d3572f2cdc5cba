#pragma once
// Asks ConductorOne to start a sync of one connector now, through its public REST API:
//   POST https://<host>/api/v1/apps/{app_id}/connectors/{connector_id}/force_sync   body {}
// with the same bearer token the service uses. ConductorOne answers by queueing a full sync
// task, which the running service then receives from GetTask.
//
// Blocking: runs its own QNetworkAccessManager and a local event loop in the calling thread
// (call it from a worker thread, never the GUI thread).

#include "base/Expected.h"

#include <QString>
#include <QUrl>

namespace dbx {
namespace c1 {

class AccessTokenSource;

// baseUrl: "https://<host>" (empty: https://<the client id's host>); http only to loopback.
// A failure carries a sentence for the admin, and the HTTP status (error().httpStatus) when
// ConductorOne answered: NotFound for 404, Refused for 401/403, Server for the others.
Expected<void> requestForceSync(AccessTokenSource &tokens, const QUrl &baseUrl, const QString &appId,
                                const QString &connectorId, int timeoutMs = 30000);

// The endpoint for these ids (for messages and tests).
QUrl forceSyncUrl(const QUrl &baseUrl, const QString &appId, const QString &connectorId);

} // namespace c1
} // namespace dbx
