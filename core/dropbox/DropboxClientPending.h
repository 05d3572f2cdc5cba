#pragma once
// Shared by the files of DropboxClient (calls and their lifecycle, replies and retries, typed
// reads): one pending call and the client's log category. Not part of the public API.

#include "dropbox/DropboxClient.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>

namespace dbx {

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

struct DropboxClient::Pending {
    QString route;
    QByteArray body;
    Callback<QJsonValue> cb;
    BodyReader fastRead;            // see DropboxClient::rpc
    bool write = false;             // a write: see the class comment for its rules
    qint64 deadlineMs = 0;          // overall deadline of the call, from `since`
    QElapsedTimer since;            // since the call was made
    bool tooLarge = false;          // the current reply passed maxReplyBytes and was aborted
    QString token;                  // the token the current attempt was sent with
    QNetworkReply *reply = nullptr; // the attempt in flight, if any
    QTimer timeout;
    QTimer retry;
    QElapsedTimer clock;         // since the current attempt was sent
    int failures = 0;            // transient failures so far (429, 5xx, network, timeout)
    bool refreshedToken = false; // the one expired_access_token retry was spent
    bool done = false;           // answered (or abandoned); nothing more may happen
};

} // namespace dbx
